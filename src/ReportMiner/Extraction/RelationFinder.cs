using ReportMiner.Documents;

namespace ReportMiner.Extraction;

/// <summary>
/// Finds the relations between a document's figures that the reconciliation rules check: totals and their parts
/// (explicit, parenthesised, implicit and known budget structure), changes against an earlier period, shares,
/// rates and worded comparisons. Every search is bounded to a few neighbouring sentences or indexed by label, so
/// the work is linear in the number of figures.
/// </summary>
internal static class RelationFinder
{
    /// <summary>Words that open a list of parts after a total.</summary>
    private static readonly string[] BreakdownMarkers = ["其中", "包括", "分别为", "分别是", "主要用于", "主要包括", "具体为", "具体包括", "具体是", "构成为"];

    /// <summary>Markers after which a list is usually a selection, not every part.</summary>
    private static readonly string[] SelectiveMarkers = ["主要用于", "主要包括"];

    /// <summary>A continued breakdown must land this close to its total (share of the total) to be taken as one.</summary>
    private const decimal ContinuationReach = 0.05m;

    /// <summary>An implicit breakdown (a sentence of parts after a total sentence) must land this close to be taken as one.</summary>
    private const decimal ImplicitReach = 0.10m;

    public static IReadOnlyList<FigureRelation> Find(SourceDocument document, IReadOnlyList<FigureContext> figures)
    {
        var relations = new List<FigureRelation>();
        var sentences = SentenceIndex.Build(figures);
        var breakdowns = new List<BreakdownRelation>();
        var inBreakdown = new HashSet<Figure>(ReferenceEqualityComparer.Instance);
        var totals = new HashSet<Figure>(ReferenceEqualityComparer.Instance);

        void AddBreakdown(BreakdownRelation b)
        {
            if (b.Parts.Count == 0 || totals.Contains(b.Total) && b.Source != BreakdownSource.Parenthesised)
            {
                return;
            }

            breakdowns.Add(b);
            totals.Add(b.Total);
            foreach (var p in b.Parts)
            {
                inBreakdown.Add(p);
            }
        }

        foreach (var b in ExplicitBreakdowns(figures, sentences))
        {
            AddBreakdown(b);
        }

        foreach (var b in ImplicitBreakdowns(figures, sentences, inBreakdown, totals))
        {
            AddBreakdown(b);
        }

        foreach (var b in StructureBreakdowns(figures, sentences, totals))
        {
            AddBreakdown(b);
        }

        relations.AddRange(breakdowns);
        relations.AddRange(Changes(figures, sentences));
        relations.AddRange(Shares(figures, sentences, breakdowns));
        relations.AddRange(Rates(figures, sentences));
        relations.AddRange(Comparisons(figures, sentences));
        _ = document;
        return relations;
    }

    // ---------------------------------------------------------------- breakdowns

    private static IEnumerable<BreakdownRelation> ExplicitBreakdowns(IReadOnlyList<FigureContext> figures, SentenceIndex sentences)
    {
        var seen = new HashSet<(int Block, int Offset)>();
        foreach (var ctx in figures)
        {
            var text = ctx.BlockText;
            var key = (ctx.Figure.BlockIndex, ctx.SentenceStart);
            if (!seen.Add(key))
            {
                continue;
            }

            // Every marker in this sentence.
            for (var m = ctx.SentenceStart; m < ctx.SentenceEnd; m++)
            {
                var marker = MarkerAt(text, m);
                if (marker is null)
                {
                    continue;
                }

                var relation = ExplicitAt(figures, sentences, ctx, m, marker);
                if (relation is not null)
                {
                    yield return relation;
                }

                m += marker.Length - 1;
            }
        }
    }

    private static string? MarkerAt(string text, int at)
    {
        foreach (var marker in BreakdownMarkers)
        {
            if (TextSpans.StartsWith(text, at, marker))
            {
                return marker;
            }
        }

        // 含 only as （含…）.
        return at > 0 && text[at] == '含' && text[at - 1] is '（' or '(' ? "含" : null;
    }

    private static BreakdownRelation? ExplicitAt(IReadOnlyList<FigureContext> figures, SentenceIndex sentences, FigureContext anchor, int marker, string word)
    {
        var text = anchor.BlockText;
        var block = anchor.Figure.BlockIndex;
        var sentence = sentences.InSentence(anchor.Figure.Sentence);
        var parenthesised = marker > 0 && text[marker - 1] is '（' or '(';
        FigureContext? total = null;
        List<FigureContext> parts;
        if (parenthesised)
        {
            var open = marker - 1;
            total = sentence.LastOrDefault(f => f.BlockOffsetEnd() <= open && IsLevel(f) && IsSummable(f) && !IsInsideParenBefore(f, open));
            parts = sentence.Where(f => f.ParenStart == open && IsLevel(f)).ToList();
        }
        else
        {
            total = sentence.LastOrDefault(f => f.BlockOffsetEnd() <= marker && IsLevel(f) && IsSummable(f) && !IsInsideParenBefore(f, marker));
            if (total is null && OnlyMarkersBefore(text, anchor.SentenceStart, marker))
            {
                // 其中 opening a sentence refers to the last amount of the sentence before.
                total = sentences.InSentence(anchor.Figure.Sentence - 1).LastOrDefault(f => IsLevel(f) && IsSummable(f) && f.ParenStart < 0);
            }

            parts = sentence.Where(f => f.Figure.BlockOffset > marker && IsLevel(f) && (f.ParenStart < 0 || f.ParenStart < marker)).ToList();
            // A second marker in the sentence starts another list.
            var next = NextMarker(text, marker + word.Length, anchor.SentenceEnd);
            if (next > 0)
            {
                parts = parts.Where(f => f.Figure.BlockOffset < next || f.ParenStart >= 0 && f.ParenStart < next).ToList();
            }

            parts = parts.Where(f => f.ParenStart < 0 || f.ParenStart < marker).ToList();
        }

        if (total is null || total.Figure.BlockIndex != block && !parenthesised && total.Figure.Sentence != anchor.Figure.Sentence - 1)
        {
            return null;
        }

        var family = parts.Where(p => SameFamily(total.Figure, p.Figure)).ToList();
        if (family.Count == 0)
        {
            return null;
        }

        var partial = IsOpenList(text, family[^1], anchor.SentenceEnd);
        var exhaustive = word is "分别为" or "分别是" || family.Any(p => p.Figure.Label.StartsWith("其他", StringComparison.Ordinal));
        family = Continue(figures, sentences, total, family, text, anchor.SentenceEnd);
        var source = parenthesised ? BreakdownSource.Parenthesised : BreakdownSource.Explicit;
        return new BreakdownRelation(total.Figure, family.Select(f => f.Figure).ToList(), source, partial && !exhaustive)
        {
            Selective = !exhaustive && !parenthesised,
            Mainly = SelectiveMarkers.Contains(word),
        };
    }

    /// <summary>
    /// A list that goes on in the next sentence (覆盖职工25337人。其中…1553人…11938人。…6866人…5213人): the next
    /// sentences' parts are taken while they bring the sum closer to the total and land within reach of it.
    /// </summary>
    private static List<FigureContext> Continue(IReadOnlyList<FigureContext> figures, SentenceIndex sentences, FigureContext total,
        List<FigureContext> parts, string text, int sentenceEnd)
    {
        _ = figures;
        _ = text;
        _ = sentenceEnd;
        var sum = parts.Sum(p => p.Figure.BaseValue);
        var target = total.Figure.BaseValue;
        if (target <= 0 || Close(sum, target, total.Figure))
        {
            return parts;
        }

        var result = parts;
        var s = parts[^1].Figure.Sentence;
        for (var step = 1; step <= 2; step++)
        {
            var next = sentences.InSentence(s + step);
            if (next.Count == 0 || next[0].Figure.BlockIndex - parts[^1].Figure.BlockIndex > 1)
            {
                break;
            }

            var more = next.Where(f => IsLevel(f) && SameFamily(total.Figure, f.Figure)).ToList();
            if (more.Count == 0 || HasMarkerBefore(next[0].BlockText, next[0].SentenceStart, more[^1].Figure.BlockOffset))
            {
                break;
            }

            var extended = sum + more.Sum(f => f.Figure.BaseValue);
            if (Math.Abs(extended - target) >= Math.Abs(sum - target) || Math.Abs(extended - target) > target * ContinuationReach)
            {
                break;
            }

            result = [.. result, .. more];
            sum = extended;
            if (Close(sum, target, total.Figure))
            {
                break;
            }
        }

        return result;
    }

    private static bool Close(decimal sum, decimal target, Figure total) =>
        Math.Abs(sum - target) <= total.Scale * 0.01m + HalfUnitBase(total);

    private static decimal HalfUnitBase(Figure f)
    {
        var unit = 1m;
        for (var i = 0; i < f.Value.Scale; i++)
        {
            unit /= 10m;
        }

        return unit / 2m * f.Scale;
    }

    private static bool HasMarkerBefore(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (MarkerAt(text, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static int NextMarker(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (MarkerAt(text, i) is not null && !(i > 0 && text[i - 1] is '（' or '('))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>等 after the last part, or an item named without an amount, leaves the list open.</summary>
    private static bool IsOpenList(string text, FigureContext last, int sentenceEnd)
    {
        var after = last.Figure.BlockOffset + last.Figure.Text.Length;
        var end = Math.Min(sentenceEnd, after + 6);
        for (var i = after; i < end; i++)
        {
            if (text[i] == '等')
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyMarkersBefore(string text, int from, int marker)
    {
        var i = TextSpans.SkipListMarker(text, from, marker);
        i = TextSpans.SkipSpaces(text, i, marker);
        return i >= marker;
    }

    private static bool IsInsideParenBefore(FigureContext f, int at) => f.ParenStart >= 0 && f.ParenStart < at && f.ParenEnd < at;

    /// <summary>
    /// A sentence with one amount followed by a sentence of amounts only (项目支出1118.00千元。行政事业单位工会经费
    /// 1080.00千元，帮扶基金68.00千元。): the second sentence breaks the first down, when its sum is near the total.
    /// </summary>
    private static IEnumerable<BreakdownRelation> ImplicitBreakdowns(IReadOnlyList<FigureContext> figures, SentenceIndex sentences,
        HashSet<Figure> inBreakdown, HashSet<Figure> totals)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            var levels = here.Where(f => IsLevel(f) && f.Figure.Kind == FigureKind.Money).ToList();
            if (levels.Count != 1 || here.Any(f => f.Figure.InTable) || inBreakdown.Contains(levels[0].Figure) || totals.Contains(levels[0].Figure))
            {
                continue;
            }

            var total = levels[0];
            var next = sentences.InSentence(s + 1);
            if (next.Count < 2 || next[0].Figure.BlockIndex != total.Figure.BlockIndex || next.Any(f => f.Figure.IsChange || f.Figure.Kind != FigureKind.Money))
            {
                continue;
            }

            if (HasMarkerBefore(next[0].BlockText, next[0].SentenceStart, next[0].SentenceEnd) || next.Any(f => inBreakdown.Contains(f.Figure) || totals.Contains(f.Figure)))
            {
                continue;
            }

            if (next.Any(f => f.Figure.BaseValue > total.Figure.BaseValue || f.Figure.Approx))
            {
                continue;
            }

            var sum = next.Sum(f => f.Figure.BaseValue);
            var target = total.Figure.BaseValue;
            if (target <= 0 || Math.Abs(sum - target) > target * ImplicitReach && !UnitSlipExplains(total.Figure, next))
            {
                continue;
            }

            yield return new BreakdownRelation(total.Figure, next.Select(f => f.Figure).ToList(), BreakdownSource.Implicit, false);
        }

        _ = figures;
    }

    private static bool UnitSlipExplains(Figure total, IReadOnlyList<FigureContext> parts)
    {
        foreach (var p in parts)
        {
            if (p.Figure.Scale == total.Scale)
            {
                continue;
            }

            var sum = parts.Sum(f => ReferenceEquals(f, p) ? f.Figure.Value * total.Scale : f.Figure.BaseValue);
            if (Math.Abs(sum - total.BaseValue) <= total.BaseValue * 0.001m)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Known budget structure: a total and the parts every budget divides it into.</summary>
    private sealed record Structure(string Name, Func<string, bool> IsTotal, Func<string, bool>[] Parts);

    private static readonly Structure[] Structures =
    [
        new("支出=基本支出+项目支出",
            l => l.Contains("支出", StringComparison.Ordinal) && !l.Contains("基本", StringComparison.Ordinal) && !l.Contains("项目", StringComparison.Ordinal) && !l.Contains("工资", StringComparison.Ordinal) && !l.Contains("商品", StringComparison.Ordinal),
            [l => l == "基本支出" || l.EndsWith("基本支出", StringComparison.Ordinal), l => l == "项目支出" || l.EndsWith("项目支出", StringComparison.Ordinal)]),
        new("基本支出=人员经费+公用经费",
            l => l.EndsWith("基本支出", StringComparison.Ordinal),
            [l => l.EndsWith("人员经费", StringComparison.Ordinal), l => l.EndsWith("公用经费", StringComparison.Ordinal)]),
        new("三公经费=因公出国（境）费+公务用车购置及运行费+公务接待费",
            l => l.Contains("三公", StringComparison.Ordinal) && !l.Contains("上年", StringComparison.Ordinal),
            [l => l.Contains("出国", StringComparison.Ordinal), l => l.Contains("公务用车", StringComparison.Ordinal) && (l.Contains("购置及运行", StringComparison.Ordinal) || l.Contains("购置和运行", StringComparison.Ordinal) || l.Contains("购置及运行维护", StringComparison.Ordinal)), l => l.Contains("公务接待", StringComparison.Ordinal)]),
        new("公务用车购置及运行费=购置费+运行费",
            l => l.Contains("公务用车购置及运行", StringComparison.Ordinal) || l.Contains("公务用车购置和运行", StringComparison.Ordinal),
            [l => l.Contains("购置费", StringComparison.Ordinal) && !l.Contains("运行", StringComparison.Ordinal), l => l.Contains("运行", StringComparison.Ordinal) && !l.Contains("购置", StringComparison.Ordinal)]),
    ];

    /// <summary>Known structure within a few sentences: the first part's sentence and the next three.</summary>
    private static IEnumerable<BreakdownRelation> StructureBreakdowns(IReadOnlyList<FigureContext> figures, SentenceIndex sentences, HashSet<Figure> totals)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            var first = figures[i];
            if (!IsLevel(first) || first.Figure.Kind != FigureKind.Money)
            {
                continue;
            }

            foreach (var structure in Structures)
            {
                if (!structure.Parts[0](first.Figure.Label))
                {
                    continue;
                }

                var parts = new List<Figure> { first.Figure };
                for (var p = 1; p < structure.Parts.Length; p++)
                {
                    var match = figures.Skip(i + 1).TakeWhile(f => f.Figure.Sentence <= first.Figure.Sentence + 3)
                        .FirstOrDefault(f => IsLevel(f) && f.Figure.Kind == FigureKind.Money && structure.Parts[p](f.Figure.Label));
                    if (match is null)
                    {
                        break;
                    }

                    parts.Add(match.Figure);
                }

                if (parts.Count != structure.Parts.Length)
                {
                    continue;
                }

                var total = figures.Take(i).Reverse().TakeWhile(f => f.Figure.Sentence >= first.Figure.Sentence - 3)
                    .FirstOrDefault(f => IsLevel(f) && f.Figure.Kind == FigureKind.Money && structure.IsTotal(f.Figure.Label)
                                         && !structure.Parts.Any(isPart => isPart(f.Figure.Label)));
                if (total is null || totals.Contains(total.Figure) || parts.Any(p => p.BaseValue > total.Figure.BaseValue))
                {
                    continue;
                }

                if (Labels.Period(total.Figure.Label) != Labels.Period(first.Figure.Label))
                {
                    continue;
                }

                yield return new BreakdownRelation(total.Figure, parts, BreakdownSource.Structure, false);
            }
        }
    }

    // ---------------------------------------------------------------- changes, shares, rates, comparisons

    /// <summary>A level followed in its sentence by a change amount and/or rate: 2882.84千元，比2018年减少26.42千元，下降9.9%.</summary>
    private static IEnumerable<ChangeRelation> Changes(IReadOnlyList<FigureContext> figures, SentenceIndex sentences)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            FigureContext? current = null;
            FigureContext? prior = null;
            Figure? amount = null;
            Figure? rate = null;
            var direction = ChangeDirection.None;
            foreach (var f in here)
            {
                if (IsLevel(f) && f.Figure.Kind is FigureKind.Money or FigureKind.Count)
                {
                    if (current is not null && (amount is not null || rate is not null))
                    {
                        yield return new ChangeRelation(current.Figure, prior?.Figure, amount, rate, direction);
                        current = null;
                        prior = null;
                        amount = null;
                        rate = null;
                        direction = ChangeDirection.None;
                    }

                    if (current is not null && SameFamily(current.Figure, f.Figure) && IsPrior(f))
                    {
                        prior = f;
                    }
                    else if (current is null || !SameFamily(current.Figure, f.Figure) || !IsPrior(current))
                    {
                        current = f;
                        prior = null;
                    }

                    continue;
                }

                if (current is null || !f.Figure.IsChange)
                {
                    continue;
                }

                if (f.Figure.Kind == FigureKind.Percent && rate is null)
                {
                    rate = f.Figure;
                    direction = direction == ChangeDirection.None ? f.Figure.Direction : direction;
                }
                else if (SameFamily(current.Figure, f.Figure) && amount is null)
                {
                    amount = f.Figure;
                    direction = f.Figure.Direction;
                }
            }

            if (current is not null && (amount is not null || rate is not null))
            {
                yield return new ChangeRelation(current.Figure, prior?.Figure, amount, rate, direction);
            }
        }

        _ = figures;
    }

    /// <summary>A figure stated for the earlier period: 上年, 去年, or its clause says so.</summary>
    private static bool IsPrior(FigureContext f)
    {
        var clause = f.BlockText.AsSpan(f.ClauseStart, Math.Max(0, f.Figure.BlockOffset - f.ClauseStart));
        return clause.IndexOf("上年", StringComparison.Ordinal) >= 0 || clause.IndexOf("去年", StringComparison.Ordinal) >= 0
               || clause.IndexOf("上一年", StringComparison.Ordinal) >= 0 || clause.IndexOf("同期", StringComparison.Ordinal) >= 0;
    }

    /// <summary>占X%: the share of the amount before it in the whole named after 占 (or its breakdown's total).</summary>
    private static IEnumerable<ShareRelation> Shares(IReadOnlyList<FigureContext> figures, SentenceIndex sentences, List<BreakdownRelation> breakdowns)
    {
        var totalOf = new Dictionary<Figure, Figure>(ReferenceEqualityComparer.Instance);
        foreach (var b in breakdowns)
        {
            foreach (var p in b.Parts)
            {
                totalOf.TryAdd(p, b.Total);
            }
        }

        var byLabel = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var ctx in figures)
        {
            var f = ctx.Figure;
            if (f.Kind == FigureKind.Percent && !f.IsChange)
            {
                var text = ctx.BlockText;
                var from = Math.Max(ctx.SentenceStart, ctx.ClauseStart - 1);
                var zhan = text.LastIndexOf('占', Math.Max(f.BlockOffset - 1, 0), Math.Max(0, f.BlockOffset - ctx.SentenceStart));
                if (zhan >= ctx.SentenceStart && zhan >= from - 8 && f.BlockOffset - zhan <= 20)
                {
                    var sentence = sentences.InSentence(f.Sentence);
                    var part = sentence.LastOrDefault(p => p.Figure.BlockOffset < zhan && IsLevel(p) && p.Figure.Kind is FigureKind.Money or FigureKind.Count);
                    if (part is not null)
                    {
                        var wholeName = WholeName(text, zhan + 1, f.BlockOffset);
                        Figure? whole = null;
                        if (wholeName.Length >= 2)
                        {
                            byLabel.TryGetValue(wholeName, out whole);
                            whole ??= byLabel.Where(kv => kv.Key.EndsWith(wholeName, StringComparison.Ordinal) || wholeName.EndsWith(kv.Key, StringComparison.Ordinal) && kv.Key.Length >= 2)
                                .Select(kv => kv.Value).OrderByDescending(v => v.Sentence).FirstOrDefault();
                        }
                        else if (totalOf.TryGetValue(part.Figure, out var t))
                        {
                            whole = t;
                        }

                        if (whole is not null && !ReferenceEquals(whole, part.Figure) && SameFamily(whole, part.Figure))
                        {
                            yield return new ShareRelation(part.Figure, whole, f);
                        }
                    }
                }
            }

            if (IsLevel(ctx) && f.Kind is FigureKind.Money or FigureKind.Count && f.Label.Length >= 2)
            {
                byLabel[f.Label] = f;
            }
        }
    }

    /// <summary>The whole named between 占 and the share: 占总支出的 → 总支出; 占比 / 占 → "".</summary>
    private static string WholeName(string text, int from, int to)
    {
        var end = to;
        while (end > from && text[end - 1] is '的' or '为' or ' ' or '达' or '约' or '了')
        {
            end--;
        }

        var start = from;
        if (start < end && text[start] == '比')
        {
            start++;
        }

        foreach (var w in new[] { "全年", "本年", "当年", "全部", "年度" })
        {
            if (TextSpans.StartsWith(text, start, w) && end - start > w.Length)
            {
                start += w.Length;
            }
        }

        return start < end ? Labels.Normalise(text.AsSpan(start, end - start)) : "";
    }

    private static readonly string[] RateWords = ["执行率", "完成率", "到位率", "支出率", "使用率", "支付率"];

    /// <summary>执行率 = 执行数 / 预算数, from the amounts of the rate's sentence and the one before.</summary>
    private static IEnumerable<RateRelation> Rates(IReadOnlyList<FigureContext> figures, SentenceIndex sentences)
    {
        foreach (var ctx in figures)
        {
            var f = ctx.Figure;
            if (f.Kind != FigureKind.Percent || f.IsChange || !RateWords.Any(w => f.Label.Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }

            var nearby = sentences.InSentence(f.Sentence - 1).Concat(sentences.InSentence(f.Sentence))
                .Where(c => IsLevel(c) && c.Figure.Kind == FigureKind.Money && c.Figure.BlockOffset < f.BlockOffset || c.Figure.Sentence < f.Sentence && IsLevel(c) && c.Figure.Kind == FigureKind.Money)
                .ToList();
            var denominators = nearby.Where(c => c.Figure.Label.Contains("预算", StringComparison.Ordinal) && !IsActual(c.Figure.Label)).ToList();
            var numerator = nearby.LastOrDefault(c => IsActual(c.Figure.Label));
            if (numerator is null || denominators.Count == 0)
            {
                continue;
            }

            // The adjusted budget is the base when both are stated.
            var denominator = denominators.LastOrDefault(c => c.Figure.Label.Contains("调整", StringComparison.Ordinal) || c.Figure.Label.Contains("全年", StringComparison.Ordinal))
                              ?? denominators[^1];
            yield return new RateRelation(f, numerator.Figure, denominator.Figure);
        }

        _ = figures;
    }

    private static bool IsActual(string label) =>
        label.Contains("执行", StringComparison.Ordinal) || label.Contains("决算", StringComparison.Ordinal) || label.Contains("实际", StringComparison.Ordinal)
        || label.Contains("完成", StringComparison.Ordinal) || label.Contains("到位", StringComparison.Ordinal) || label.Contains("使用", StringComparison.Ordinal)
        || label.Contains("拨付", StringComparison.Ordinal) || label.EndsWith("支出", StringComparison.Ordinal) || label.Contains("支付", StringComparison.Ordinal);

    private static readonly (string Word, ChangeDirection Claim)[] ComparisonWords =
    [
        ("大于", ChangeDirection.Increase), ("高于", ChangeDirection.Increase), ("多于", ChangeDirection.Increase), ("超过", ChangeDirection.Increase),
        ("小于", ChangeDirection.Decrease), ("低于", ChangeDirection.Decrease), ("少于", ChangeDirection.Decrease),
        ("等于", ChangeDirection.Flat), ("持平", ChangeDirection.Flat), ("相等", ChangeDirection.Flat), ("一致", ChangeDirection.Flat), ("无变化", ChangeDirection.Flat),
        ("增加", ChangeDirection.Increase), ("增长", ChangeDirection.Increase), ("减少", ChangeDirection.Decrease), ("下降", ChangeDirection.Decrease),
    ];

    /// <summary>
    /// Wording that compares two amounts: 决算数大于预算数, 与上年持平, 比上年增加 (with no amount after it). The two
    /// amounts are the actual/current one and the budget/prior one of the sentence (or the sentence before).
    /// </summary>
    private static IEnumerable<ComparisonRelation> Comparisons(IReadOnlyList<FigureContext> figures, SentenceIndex sentences)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            var text = here[0].BlockText;
            var (start, end) = (here[0].SentenceStart, here[0].SentenceEnd);
            foreach (var (word, claim) in ComparisonWords)
            {
                var at = text.IndexOf(word, start, end - start, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                // A direction word followed by an amount is a change, handled by the change rule.
                var after = at + word.Length;
                while (after < end && text[after] is '了' or '为' or ' ')
                {
                    after++;
                }

                if (after < end && (NumberText.IsArabicDigit(text[after]) || text[after] is '近' or '约'))
                {
                    continue;
                }

                var before = text.AsSpan(Math.Max(start, at - 12), at - Math.Max(start, at - 12));
                var budgetSubject = before.IndexOf("预算", StringComparison.Ordinal) >= 0 && before.IndexOf("决算", StringComparison.Ordinal) < 0 && word is not ("增加" or "增长" or "减少" or "下降" or "持平");
                var priorContext = before.IndexOf("上年", StringComparison.Ordinal) >= 0 || before.IndexOf("去年", StringComparison.Ordinal) >= 0
                                   || before.IndexOf("同期", StringComparison.Ordinal) >= 0 || before.IndexOf("上一年", StringComparison.Ordinal) >= 0;
                var pool = here.Where(f => IsLevel(f) && f.Figure.Kind == FigureKind.Money && f.Figure.BlockOffset < at).ToList();
                Figure? left;
                Figure? right;
                if (priorContext)
                {
                    right = pool.LastOrDefault(IsPrior)?.Figure;
                    left = pool.LastOrDefault(f => !IsPrior(f))?.Figure;
                }
                else
                {
                    right = pool.LastOrDefault(f => f.Figure.Label.Contains("预算", StringComparison.Ordinal) && !IsActual(f.Figure.Label))?.Figure;
                    left = pool.LastOrDefault(f => IsActual(f.Figure.Label) || f.Figure.Label.Contains("决算", StringComparison.Ordinal))?.Figure;
                    if (word is "增加" or "增长" or "减少" or "下降")
                    {
                        continue;
                    }
                }

                if (left is null || right is null || ReferenceEquals(left, right) || !SameFamily(left, right))
                {
                    continue;
                }

                yield return budgetSubject
                    ? new ComparisonRelation(right, left, claim, word)
                    : new ComparisonRelation(left, right, claim, word);
                break;
            }
        }

        _ = figures;
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>A level (not a change, not a share) that can be a total or a part.</summary>
    private static bool IsLevel(FigureContext f) => !f.Figure.IsChange && f.Figure.Kind is FigureKind.Money or FigureKind.Count;

    private static bool IsSummable(FigureContext f) => f.Figure.Kind is FigureKind.Money or FigureKind.Count;

    /// <summary>Same kind, and for counts the same classifier (人 with 人, 万人 with 人; not 人 with 家).</summary>
    internal static bool SameFamily(Figure a, Figure b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        return a.Kind switch
        {
            FigureKind.Money => BaseUnit(a.Unit) == BaseUnit(b.Unit),
            FigureKind.Count => BaseUnit(a.Unit) == BaseUnit(b.Unit),
            _ => true,
        };
    }

    /// <summary>The unit without its magnitude: 万元 → 元, 万人 → 人, 亿美元 → 美元.</summary>
    internal static string BaseUnit(string unit)
    {
        foreach (var (word, _) in Units.Magnitudes)
        {
            if (unit.Length > word.Length && unit.StartsWith(word, StringComparison.Ordinal))
            {
                return unit[word.Length..];
            }
        }

        return unit;
    }

    private static int BlockOffsetEnd(this FigureContext f) => f.Figure.BlockOffset + f.Figure.Text.Length;

    /// <summary>Figures grouped by sentence, in document order.</summary>
    private sealed class SentenceIndex
    {
        private readonly Dictionary<int, List<FigureContext>> _bySentence = [];

        public List<int> All { get; } = [];

        public static SentenceIndex Build(IReadOnlyList<FigureContext> figures)
        {
            var index = new SentenceIndex();
            foreach (var f in figures)
            {
                if (!index._bySentence.TryGetValue(f.Figure.Sentence, out var list))
                {
                    index._bySentence[f.Figure.Sentence] = list = [];
                    index.All.Add(f.Figure.Sentence);
                }

                list.Add(f);
            }

            return index;
        }

        public IReadOnlyList<FigureContext> InSentence(int sentence) =>
            _bySentence.TryGetValue(sentence, out var list) ? list : [];
    }
}
