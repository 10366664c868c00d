using System.Text.RegularExpressions;
using ReportMiner.Documents;

namespace ReportMiner.Extraction;

/// <summary>
/// Finds the relations between a document's figures that the reconciliation rules check: totals and their parts
/// (explicit, parenthesised, implicit and known budget structure), changes against an earlier period, shares,
/// rates and worded comparisons. Every search is bounded to a few neighbouring sentences or indexed by label, so
/// the work is linear in the number of figures.
/// </summary>
internal static partial class RelationFinder
{
    /// <summary>Words that open a list of parts after a total.</summary>
    private static readonly string[] BreakdownMarkers = ["其中", "包括", "分别", "主要用于", "主要包括", "具体为", "具体包括", "具体是", "构成为", "如下：", "如下:", "全部为", "均为"];

    /// <summary>A continued breakdown must land this close to its total (share of the total) to be taken as one.</summary>
    private const decimal ContinuationReach = 0.05m;

    /// <summary>An implicit breakdown (a sentence of parts after a total sentence) must land this close to be taken as one.</summary>
    private const decimal ImplicitReach = 0.10m;

    public static IReadOnlyList<FigureRelation> Find(IReadOnlyList<FigureContext> figures, IReadOnlyList<StructureRatio> ratios)
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

            b = Refined(b);
            if (Retargeted(b, sentences) is not { } retargeted)
            {
                return;
            }

            b = retargeted;
            if (totals.Contains(b.Total))
            {
                return;
            }

            if (!b.Complete && !b.Partial && IsDichotomy(b.Parts))
            {
                b = b with { Complete = true };
            }

            breakdowns.Add(b);
            totals.Add(b.Total);
            foreach (var p in b.Parts)
            {
                inBreakdown.Add(p);
            }
        }

        foreach (var b in BalanceSentences(sentences))
        {
            AddBreakdown(b);
        }


        foreach (var b in TrailingTotals(figures))
        {
            AddBreakdown(b);
        }

        foreach (var b in ExplicitBreakdowns(figures, sentences))
        {
            AddBreakdown(b);
        }

        foreach (var b in ParenthesisedLists(figures, sentences))
        {
            AddBreakdown(b);
        }

        foreach (var b in ImplicitBreakdowns(sentences, inBreakdown, totals))
        {
            AddBreakdown(b);
        }

        foreach (var b in OpeningBreakdowns(figures, sentences))
        {
            AddBreakdown(b);
        }

        foreach (var b in ListedParagraphs(figures, inBreakdown, totals))
        {
            AddBreakdown(b);
        }

        foreach (var b in StructureBreakdowns(figures, sentences, totals))
        {
            AddBreakdown(b);
        }

        relations.AddRange(breakdowns);
        // Identities (资产 = 负债 + 净资产) leave their amounts the items they are for the other finders: 支出 has its own
        // change beside 收入's.
        relations.AddRange(IdentitySentences(sentences).Where(b => !breakdowns.Any(o => ReferenceEquals(o.Total, b.Total) && o.Parts.SequenceEqual(b.Parts))));
        relations.AddRange(Remainders(sentences).Where(b => !breakdowns.Any(o => ReferenceEquals(o.Total, b.Total) || o.Parts.Any(p => b.Parts.Contains(p)))));
        var adjustments = Adjustments(sentences).Concat(Savings(sentences)).Concat(Overruns(sentences)).ToList();
        relations.AddRange(adjustments);
        var adjusted = new HashSet<Figure>(adjustments.SelectMany(a => new[] { a.Amount, a.Rate }).OfType<Figure>(), ReferenceEqualityComparer.Instance);
        relations.AddRange(Changes(sentences, inBreakdown, adjusted));
        relations.AddRange(PointChanges(figures, sentences));
        var partsOf = new Dictionary<Figure, Figure>(ReferenceEqualityComparer.Instance);
        var shares = Shares(figures, sentences, breakdowns, partsOf).ToList();
        relations.AddRange(shares);
        MarkPartialByShares(relations, shares);
        relations.AddRange(Rates(figures, sentences, inBreakdown));
        relations.AddRange(ShareSets(sentences, breakdowns, partsOf));
        relations.AddRange(RatioShares(figures, ratios));
        relations.AddRange(Comparisons(sentences, inBreakdown));
        relations.AddRange(RateGaps(sentences));
        relations.AddRange(Conversions(figures));
        relations.AddRange(NextSentenceComparisons(sentences, inBreakdown));
        relations.AddRange(TargetComparisons(figures, sentences));
        relations.AddRange(ExcessComparisons(sentences, inBreakdown));
        relations.AddRange(ThresholdTargets(sentences));
        return relations;
    }

    // ---------------------------------------------------------------- breakdowns

    /// <summary>Pairs of names that split any whole in two, nothing left over: 一般债务 and 专项债务 make all of 政府债务.</summary>
    private static readonly (string A, string B)[] Dichotomies =
    [
        ("一般债务", "专项债务"), ("一般债券", "专项债券"), ("城镇", "乡村"), ("城镇", "农村"), ("男性", "女性"), ("出口", "进口"),
    ];

    /// <summary>
    /// Two parts named as the two halves of one split (其中一般债务限额55.30亿元、专项债务限额93.30亿元): a complete
    /// list, so parts far short of the total are a mistake, not a selection of the main items.
    /// </summary>
    private static bool IsDichotomy(IReadOnlyList<Figure> parts) =>
        parts.Count == 2 && Dichotomies.Any(d => Names(parts[0], d.A) && Names(parts[1], d.B) || Names(parts[0], d.B) && Names(parts[1], d.A));

    private static bool Names(Figure part, string half) =>
        part.Label.StartsWith(half, StringComparison.Ordinal) || part.Label.Contains(half, StringComparison.Ordinal) && !part.Label.Contains("其中", StringComparison.Ordinal);

    /// <summary>
    /// 收入合计286.54亿元…。其中，保险费收入188.32亿元，占基金收入的65.7%；财政补贴收入71.45亿元，占24.9%: parts whose
    /// own shares of the total add up to clearly less than 100% are a selection, as the text says; their sum short of
    /// the total is no mistake.
    /// </summary>
    private static void MarkPartialByShares(List<FigureRelation> relations, List<ShareRelation> shares)
    {
        var shareOf = new Dictionary<Figure, ShareRelation>(ReferenceEqualityComparer.Instance);
        foreach (var s in shares)
        {
            shareOf.TryAdd(s.Part, s);
        }

        for (var i = 0; i < relations.Count; i++)
        {
            if (relations[i] is not BreakdownRelation { Partial: false, Complete: false } b || b.Source is BreakdownSource.Structure or BreakdownSource.Table
                || b.Parts.Count == 0)
            {
                continue;
            }

            var total = 0m;
            var all = true;
            foreach (var p in b.Parts)
            {
                if (shareOf.TryGetValue(p, out var s) && ReferenceEquals(s.Whole, b.Total) && !s.Share.Approx)
                {
                    total += s.Share.Value;
                }
                else
                {
                    all = false;
                    break;
                }
            }

            if (all && total <= 99m && RelationFits(b, shareOf))
            {
                relations[i] = b with { Partial = true };
            }
        }
    }

    /// <summary>Every part's share fits part ÷ total: the shares confirm the total the parts are of.</summary>
    private static bool RelationFits(BreakdownRelation b, Dictionary<Figure, ShareRelation> shareOf) =>
        b.Parts.All(p => Fits(p, b.Total, shareOf[p].Share));

    /// <summary>
    /// A list read from text whose parts do not add up to its total while a reading of it without some parts does
    /// exactly: parts that add up to the part before them are that part's own breakdown (学生资助1836250.00元，…助学金
    /// 136.6万元，…免学费补助470250.00元；教学设备更新…), and a list that adds up before its end ends there (衔接资金2.35亿元，
    /// 其中中央…、省级…、市级…、县级…，发现问题金额…: 已整改问题189个，其中…152个、…37个，尚未完成整改47个).
    /// </summary>
    private static BreakdownRelation Refined(BreakdownRelation b)
    {
        if (b.Source is BreakdownSource.Structure or BreakdownSource.Table || b.Parts.Count < 3 || AddsUp(b.Total, b.Parts))
        {
            return b;
        }

        for (var i = 0; i < b.Parts.Count - 2; i++)
        {
            for (var end = i + 3; end <= b.Parts.Count; end++)
            {
                var run = b.Parts.Skip(i + 1).Take(end - i - 1).ToList();
                if (!AddsUp(b.Parts[i], run))
                {
                    continue;
                }

                var rest = b.Parts.Take(i + 1).Concat(b.Parts.Skip(end)).ToList();
                if (AddsUp(b.Total, rest))
                {
                    return b with { Parts = rest };
                }
            }
        }

        for (var count = b.Parts.Count - 1; count >= 2; count--)
        {
            var prefix = b.Parts.Take(count).ToList();
            if (AddsUp(b.Total, prefix))
            {
                return b with { Parts = prefix };
            }
        }

        return b;
    }

    /// <summary>
    /// A 其中 opening a sentence names parts of an amount of the sentence before, not always its last one
    /// (基本支出预算811.20万元。按经济分类：…对个人和家庭的补助12.50万元。其中人员经费714.90万元，公用经费96.30万元): parts
    /// far beyond that amount are of the amount of the two sentences before that they add up to, and of none when none
    /// fits (结余73.67万元。其中…县级配套资金实际支出264.73万元 is no part of the 结余).
    /// </summary>
    private static BreakdownRelation? Retargeted(BreakdownRelation b, SentenceIndex sentences)
    {
        if (b.Source != BreakdownSource.Explicit || b.Parts.Any(p => p.Sentence <= b.Total.Sentence) || b.Parts.Any(p => p.Kind != b.Total.Kind))
        {
            return b;
        }

        var sum = Reconciliation.Interval.Sum(b.Parts);
        if (sum.Low <= Reconciliation.Interval.Of(b.Total).High * 1.5m)
        {
            return b;
        }

        var fitting = Enumerable.Range(0, 3).SelectMany(k => sentences.InSentence(b.Total.Sentence - k))
            .Where(c => IsLevel(c) && !ReferenceEquals(c.Figure, b.Total) && c.Figure.Kind == b.Total.Kind && !c.Figure.Approx
                        && sum.Overlaps(Reconciliation.Interval.Of(c.Figure)))
            .Select(c => c.Figure).LastOrDefault();
        return fitting is null ? null : b with { Total = fitting };
    }

    /// <summary>Whether the parts' stated intervals add up to one overlapping the total's (same kind of figure).</summary>
    private static bool AddsUp(Figure total, IReadOnlyList<Figure> parts)
    {
        if (parts.Any(p => p.Kind != total.Kind || p.Kind == FigureKind.Count && p.Unit != total.Unit))
        {
            return false;
        }

        return Reconciliation.Interval.Sum(parts).Overlaps(Reconciliation.Interval.Of(total));
    }

    /// <summary>
    /// An amount followed by a bracket of amounts of its own kind and no marker (住房消费提取29.86亿元（购买12.36亿元、
    /// 偿还贷款本息14.62亿元、租赁2.38亿元、其他0.50亿元）): the bracket lists its parts.
    /// </summary>
    private static IEnumerable<BreakdownRelation> ParenthesisedLists(IReadOnlyList<FigureContext> figures, SentenceIndex sentences)
    {
        foreach (var total in figures)
        {
            var text = total.BlockText;
            var open = total.BlockOffsetEnd();
            if (open >= text.Length || text[open] is not ('（' or '(') || !IsLevel(total) || total.Figure.Approx || IsPrior(total))
            {
                continue;
            }

            var inside = sentences.InSentence(total.Figure.Sentence).Where(p => p.ParenStart == open).ToList();
            var content = text.AsSpan(open, Math.Max(0, (inside.Count > 0 ? inside[0].ParenEnd : open) - open));
            if (content.IndexOf("其中", StringComparison.Ordinal) >= 0 || content.IndexOf("包括", StringComparison.Ordinal) >= 0 || content.IndexOf("含", StringComparison.Ordinal) >= 0)
            {
                // Marked lists are the explicit finder's.
                continue;
            }

            var parts = inside.Where(p => IsLevel(p) && SameFamily(p.Figure, total.Figure) && IsAdditive(p.Figure) && !IsPrior(p) && !p.Figure.Approx).ToList();
            if (parts.Count >= 2 && parts.Count == inside.Count(p => p.Figure.Kind == total.Figure.Kind) && parts.All(p => p.Figure.BaseValue < total.Figure.BaseValue))
            {
                var partial = content.IndexOf('等') >= 0;
                yield return new BreakdownRelation(total.Figure, parts.Select(p => p.Figure).ToList(), BreakdownSource.Parenthesised, partial);
            }
        }
    }

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

                foreach (var relation in ExplicitAt(sentences, ctx, m, marker))
                {
                    yield return relation;
                }

                m += marker.Length - 1;
            }
        }
    }

    private static string? MarkerAt(string text, int at)
    {
        if (text[at] is not ('其' or '包' or '分' or '主' or '具' or '构' or '如' or '含' or '由' or '全' or '均' or '中' or '按'))
        {
            return null;
        }

        // 按资金来源分：… / 按来源分为… / 按经营地分，…: a split by some criterion.
        if (text[at] == '按')
        {
            for (var k = at + 2; k < Math.Min(text.Length - 1, at + 10) && !TextSpans.IsClauseEnd(text[k]); k++)
            {
                if (text[k] == '分' && text[k + 1] is '为' or '：' or ':' or '，' or ',')
                {
                    return text[at..(text[k + 1] == '为' ? k + 2 : k + 1)];
                }
            }

            return null;
        }

        // 分产业看，… / 分地区看：… is the same split as 按产业分: given as that word (same length, so offsets hold).
        if (text[at] == '分')
        {
            for (var k = at + 2; k < Math.Min(text.Length - 1, at + 8) && !TextSpans.IsClauseEnd(text[k]); k++)
            {
                if (text[k] == '看' && text[k + 1] is '：' or ':' or '，' or ',')
                {
                    return "按" + text[(at + 1)..k] + "分";
                }
            }
        }

        // 资产总额268.46亿元中，流动资产…: 中 right after an amount opens its list.
        if (text[at] == '中')
        {
            return at > 0 && at + 1 < text.Length && text[at + 1] is '，' or '：' or ',' or ':'
                   && (text[at - 1] is '元' or '人' or '户' or '家' or '个' or '项' || NumberText.IsArabicDigit(text[at - 1]))
                ? "中"
                : null;
        }

        // 由A 9.42万元和B 3.24万元两部分构成: a list closed by 构成 or 组成 later in the sentence.
        if (text[at] == '由')
        {
            return ListCloser(text, at) > 0 ? "由" : null;
        }

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

    /// <summary>The end of the clause at <paramref name="at"/> (a comma, semicolon or the sentence end; 、 and 和 do not end it).</summary>
    private static int ClauseEnd(string text, int at, int sentenceEnd)
    {
        var end = text.IndexOfAny(['，', ',', '；', ';'], at, sentenceEnd - at);
        return end < 0 ? sentenceEnd : end;
    }

    /// <summary>医疗收入由门急诊收入A和住院收入B组成: A and B are parts named inside 由…组成, not the item's level.</summary>
    private static bool InsideComposition(FigureContext f)
    {
        var text = f.BlockText;
        var at = f.Figure.BlockOffset;
        var open = text.LastIndexOf('由', Math.Max(at - 1, 0), Math.Max(0, at - f.SentenceStart));
        return open >= f.SentenceStart && ListCloser(text, open) > at;
    }

    /// <summary>Where 构成 / 组成 closes a 由… list that opens at <paramref name="at"/>, or -1.</summary>
    private static int ListCloser(string text, int at)
    {
        var end = text.IndexOfAny(['。', '；', ';'], at);
        end = end < 0 ? text.Length : end;
        var close = text.IndexOf("构成", at, end - at, StringComparison.Ordinal);
        if (close < 0)
        {
            close = text.IndexOf("组成", at, end - at, StringComparison.Ordinal);
        }

        return close > at + 1 && text.AsSpan(at, close - at).IndexOfAny("0123456789０１２３４５６７８９") >= 0 ? close : -1;
    }

    /// <summary>
    /// The lists a marker opens: its parts, grouped by family (人次 with 人次, 期 with 期), each with the total of its family
    /// stated before the marker in the sentence, or in the sentence before when the marker opens its sentence
    /// (培训班42期，培训学员3,865人次。其中，…18期、1,620人次；…15期、1,310人次。 gives two lists).
    /// </summary>
    private static IEnumerable<BreakdownRelation> ExplicitAt(SentenceIndex sentences, FigureContext anchor, int marker, string word)
    {
        var text = anchor.BlockText;
        var sentence = sentences.InSentence(anchor.Figure.Sentence);
        var parenthesised = marker > 0 && text[marker - 1] is '（' or '(';
        List<FigureContext> parts;
        Func<FigureContext, FigureContext?> totalFor;
        if (parenthesised)
        {
            var open = marker - 1;
            var total = sentence.LastOrDefault(f => f.BlockOffsetEnd() <= open && IsLevel(f) && IsSummable(f) && !IsInsideParenBefore(f, open));
            parts = sentence.Where(f => f.ParenStart == open && IsLevel(f)).ToList();
            totalFor = _ => total;
        }
        else
        {
            parts = sentence.Where(f => f.Figure.BlockOffset > marker && IsLevel(f) && (f.ParenStart < 0 || f.ParenStart < marker)).ToList();
            var opensSentence = OnlyMarkersBefore(text, anchor.SentenceStart, marker);
            var before = sentence.Where(f => f.BlockOffsetEnd() <= marker && IsLevel(f) && IsSummable(f) && !IsInsideParenBefore(f, marker) && !IsRatioBase(f)).ToList();
            if (word is "主要用于" or "用于" or "包括" or "包含" or "主要包括")
            {
                // …收入总计包括…412.36万元；支出总计包括本年支出…: 包括 after a semicolon lists the parts of the item its own
                // clause names, not of the last amount of the item before.
                // What an amount was used for belongs to the amount of its own item (公务用车运行费227,211.05元，主要用于14辆
                // 公务用车…), not to one across a semicolon (…更新购置公务用车1辆；).
                var item = ItemStart(text, marker);
                before = before.Where(f => f.Figure.BlockOffset >= item).ToList();
            }
            // 本年度支出分别用于：… opens with only the name of what it splits, stated in the sentence before.
            var namesSubject = !opensSentence && before.Count == 0 && marker - anchor.SentenceStart <= 12
                               && text.AsSpan(anchor.SentenceStart, marker - anchor.SentenceStart).IndexOfAny('，', ',') < 0;
            var previous = (opensSentence || namesSubject) && before.Count == 0 ? sentences.InSentence(anchor.Figure.Sentence - 1) : [];
            // Not an amount the sentence compares with (比2023年预算42.80万元) or the change (减少4.20万元): the list after
            // 其中 / 主要用于 breaks down the sentence's own amount, unless its parts are changes too.
            var changeParts = parts.Count > 0 && parts.All(p => p.Figure.IsChange);
            var last = before.LastOrDefault(f => changeParts ? f.Figure.IsChange : !IsPrior(f) && !f.Figure.IsChange);
            totalFor = part =>
            {
                // In the sentence: the amount right before the marker, or the last one of the part's family.
                if (last is not null)
                {
                    return SameFamily(last.Figure, part.Figure) ? last : before.LastOrDefault(f => SameFamily(f.Figure, part.Figure) && !IsPrior(f) && !IsRatioBase(f));
                }

                // 按经营地分，… opening a sentence splits an amount stated up to three sentences before (one total is often
                // split several ways, sentence after sentence): the one the parts add up to, or come within 5% of.
                if (word[0] == '按')
                {
                    // …，总计128.00万元: the split names its own total, which the trailing-total rule checks.
                    if (sentence.Any(IsSumWord))
                    {
                        return null;
                    }

                    var pool = Enumerable.Range(1, 3).SelectMany(k => sentences.InSentence(anchor.Figure.Sentence - k))
                        .Where(f => IsLevel(f) && IsSummable(f) && f.ParenStart < 0 && SameFamily(f.Figure, part.Figure) && !IsPrior(f) && !IsRatioBase(f)).ToList();
                    var split = parts.Where(p => SameFamily(p.Figure, part.Figure)).Sum(p => p.Figure.BaseValue);
                    // Else the one amount of the sentence right before, when it states just one (全年社会消费品零售总额218.46亿元，
                    // 比上年增长3.6%。按经营地分，…).
                    var single = pool.Where(c => c.Figure.Sentence == anchor.Figure.Sentence - 1).ToList();
                    return pool.LastOrDefault(c => Close(split, c.Figure.BaseValue, c.Figure))
                           ?? pool.Where(c => c.Figure.BaseValue > 0 && Math.Abs(split - c.Figure.BaseValue) <= c.Figure.BaseValue * ContinuationReach)
                               .OrderBy(c => Math.Abs(split - c.Figure.BaseValue)).FirstOrDefault()
                           ?? (single.Count == 1 ? single[0] : null);
                }

                // 其中 opening a sentence refers to the last amount of the sentence before that can be a total: of the
                // part's family, not an earlier period's, not the base of a ratio (完成年初预算15.00万元的82.4%); of
                // several, the one whose name the parts repeat (在校学生9.86万人 for …在校学生1.52万人…).
                var candidates = previous.Where(f => IsLevel(f) && IsSummable(f) && f.ParenStart < 0 && SameFamily(f.Figure, part.Figure) && !IsPrior(f) && !IsRatioBase(f)).ToList();
                var named = candidates.LastOrDefault(c => c.Figure.Label.Length >= 2 && parts.Any(p => SameFamily(p.Figure, c.Figure)
                    && (p.Figure.Label.Contains(c.Figure.Label, StringComparison.Ordinal) || c.Figure.Label.Contains(p.Figure.Label, StringComparison.Ordinal) && p.Figure.Label.Length >= 2)));
                // Of several amounts the list could break down, the one it adds up to is the one meant; else an
                // actual amount rather than a budget (三公经费支出5.86万元，年初预算5.20万元。其中…).
                var sum = parts.Where(p => SameFamily(p.Figure, part.Figure)).Sum(p => p.Figure.BaseValue);
                var matching = candidates.LastOrDefault(c => Close(sum, c.Figure.BaseValue, c.Figure));
                // 本年度支出分别用于：… names what it splits (实际支出13426.5万元, not 未支出的573.5万元).
                var subject = Labels.Before(text, anchor.SentenceStart, marker);
                var subjectNamed = subject.Length >= 2
                    ? candidates.LastOrDefault(c => c.Figure.Label.EndsWith(subject, StringComparison.Ordinal) && c.Figure.Label[0] is not ('未' or '尚' or '不'))
                    : null;
                return namesSubject
                    ? matching ?? subjectNamed
                    : matching ?? named ?? subjectNamed ?? candidates.LastOrDefault(c => !IsBase(c.Figure.Label)) ?? candidates.LastOrDefault();
            };

            // A second marker in the sentence starts another list.
            var next = word switch
            {
                "由" => ListCloser(text, marker),
                // 全部为 / 均为 name their parts in their own clause: 1.20万元，全部为公务接待费，低于年初预算数2.00万元 has none.
                // 分别用于：A…；B…；C… lists its parts past the clause, up to the next marker.
                "分别" when text.AsSpan(marker, Math.Min(6, anchor.SentenceEnd - marker)).IndexOfAny('：', ':') >= 0
                    => NextListMarker(text, marker + word.Length, anchor.SentenceEnd, sentence),
                "全部为" or "均为" or "分别" => ClauseEnd(text, marker, anchor.SentenceEnd),
                // 主要用于13辆公务用车的燃料费…；公务接待费…: what the amount was used for ends at the item's semicolon,
                // unless a colon opens a list of uses (主要用于以下方面：A…；B…；C…).
                "主要用于" or "用于" when text.AsSpan(marker, Math.Min(10, anchor.SentenceEnd - marker)).IndexOfAny('：', ':') < 0
                    => SemicolonEnd(text, marker, anchor.SentenceEnd),
                _ => NextListMarker(text, marker + word.Length, anchor.SentenceEnd, sentence),
            };
            // “三公”经费…，其中：…；公务用车购置及运行费16.85万元，其中购置费…，运行费…；公务接待费…: a 其中 inside an item
            // of the list (after a semicolon, its amount no sibling of the total) lists that item's parts, up to the item's
            // semicolon; the list goes on after it.
            var innerEnds = new List<(int From, int To)>();
            // The total of a list opening its sentence is in the sentence before: the last amount there that is no budget.
            var outerTotal = last ?? (opensSentence ? previous.LastOrDefault(f => IsLevel(f) && IsSummable(f) && !IsPrior(f) && !IsBase(f.Figure.Label)) : null);
            while (next > 0 && word is "其中" && outerTotal is not null && NestedIn(text, marker, next, outerTotal, sentence) is { } inner)
            {
                innerEnds.Add((next, inner));
                next = inner < anchor.SentenceEnd ? NextListMarker(text, inner, anchor.SentenceEnd, sentence) : -1;
            }

            if (innerEnds.Count > 0)
            {
                parts = parts.Where(f => !innerEnds.Any(x => f.Figure.BlockOffset > x.From && f.Figure.BlockOffset < x.To)).ToList();
            }

            if (next > 0)
            {
                parts = parts.Where(f => f.Figure.BlockOffset < next || f.ParenStart >= 0 && f.ParenStart < next).ToList();
            }

            parts = parts.Where(f => f.ParenStart < 0 || f.ParenStart < marker).ToList();

            // A clause comparing the total with something (低于省核定的债务限额1,352.60亿元) ends the list.
            var comparing = ComparisonClause(text, marker + word.Length, anchor.SentenceEnd);
            if (comparing > 0)
            {
                parts = parts.Where(f => f.Figure.BlockOffset < comparing).ToList();
            }

            // A list starts in the marker's own clause: 9,862.48万元，主要用于国家和省级科研项目…；社会保障和就业支出…
            // names its uses in words, and what follows the semicolon is the next item.
            var firstStop = text.IndexOfAny(['；', ';'], marker, anchor.SentenceEnd - marker);
            if (firstStop >= 0 && parts.Count > 0 && parts[0].Figure.BlockOffset > firstStop)
            {
                parts = [];
            }

            // A part followed by its own 其中 starts the next list (收入总计…其中…；支出总计…其中…), unless it is an item
            // whose parts were set aside above.
            for (var i = 0; i < parts.Count; i++)
            {
                var end = parts[i].BlockOffsetEnd();
                var nextStart = i + 1 < parts.Count ? parts[i + 1].Figure.BlockOffset : anchor.SentenceEnd;
                if (nextStart > end && NextListMarker(text, end, nextStart, sentence) is var own and > 0 && !innerEnds.Any(x => x.From == own))
                {
                    parts = parts.Take(i).ToList();
                    break;
                }
            }
        }

        parts = parts.Where(p => !IsSumWord(p)).ToList();
        var done = new HashSet<FigureContext>(ReferenceEqualityComparer.Instance);
        foreach (var first in parts)
        {
            var total = totalFor(first);
            if (total is null || done.Contains(total) || !IsAdditive(total.Figure))
            {
                continue;
            }

            done.Add(total);
            var relation = ListOf(sentences, anchor, word, parenthesised, total, parts);
            if (relation is not null)
            {
                yield return relation;
            }
        }
    }

    /// <summary>The parts of one total among a marker's parts: same family, same side, not earlier, not plans.</summary>
    private static BreakdownRelation? ListOf(SentenceIndex sentences, FigureContext anchor, string word,
        bool parenthesised, FigureContext total, List<FigureContext> parts)
    {
        var text = anchor.BlockText;
        var totalIsPrior = IsPrior(total);
        var totalIsPlan = IsPlan(total.Figure.Label);
        var stage = BudgetStage(total.Figure.Label);
        var totalIsBudget = IsBudgetAmount(total.Figure.Label);
        var family = parts.Where(p => SameFamily(total.Figure, p.Figure) && IsAdditive(p.Figure) && (totalIsPrior || !IsPrior(p))
                                      && (totalIsBudget || !IsBudgetAmount(p.Figure.Label))
                                      && (totalIsPlan || !IsPlan(p.Figure.Label)) && !IsRatioBase(p) && SameSide(total.Figure.Label, p.Figure.Label)
                                      && (stage.Length == 0 || BudgetStage(p.Figure.Label) is var ps && (ps.Length == 0 || ps == stage))).ToList();
        if (family.Count == 0)
        {
            return null;
        }

        // A part named after an earlier part with a qualifier (专任教师 / 具有高级职称的专任教师) is a part of that part;
        // 非流动资产 after 流动资产 is not.
        family = family.Where((p, i) => !family.Take(i).Any(q => q.Figure.Label.Length >= 2 && p.Figure.Label.Length > q.Figure.Label.Length
                                                                 && p.Figure.Label.EndsWith(q.Figure.Label, StringComparison.Ordinal)
                                                                 && p.Figure.Label[..^q.Figure.Label.Length].Contains('的'))).ToList();

        // Items after a semicolon belong to the list only while it is still short of its total
        // (收入合计100万元，其中财政拨款80万元，其他收入20万元；支出合计95万元。 ends the list at the semicolon).
        // And never an item named like the total rather than like the parts (制造业税收21.46亿元，其中装备制造业…、电子信息
        // 产业…；批发和零售业税收8.92亿元: the next industry's tax, a sibling of the total).
        // A list inside an item of another (“三公”经费…，其中：…；公务用车购置及运行费16.85万元，其中购置费…，运行费…；公务接待费…)
        // ends with its item, at the semicolon.
        var nested = total.Figure.Sentence == anchor.Figure.Sentence
                     && total.BlockText.AsSpan(total.SentenceStart, total.Figure.BlockOffset - total.SentenceStart).IndexOf("其中", StringComparison.Ordinal) >= 0;
        var running = 0m;
        for (var i = 0; i < family.Count; i++)
        {
            if (i > 0 && text.AsSpan(family[i - 1].BlockOffsetEnd(), family[i].Figure.BlockOffset - family[i - 1].BlockOffsetEnd()).IndexOfAny('；', ';') >= 0
                && (nested || Close(running, total.Figure.BaseValue, total.Figure) || IsSiblingOfTotal(total.Figure.Label, family[i].Figure.Label, family.Take(i))))
            {
                family = family.Take(i).ToList();
                break;
            }

            running += family[i].Figure.BaseValue;
        }

        // A "part" equal to the whole beside other parts is another view of the total (授予中小企业合同金额), not a part.
        var equal = family.Where(p => Close(p.Figure.BaseValue, total.Figure.BaseValue, total.Figure)).ToList();
        if (equal.Count > 0 && family.Except(equal).Sum(p => p.Figure.BaseValue) > 0)
        {
            family = family.Except(equal).ToList();
        }

        // Parts adding up to half as much again as their total are not its parts: items stated with several amounts
        // each (涉及金额2,836.00万元，已整改2,697.60万元，剩余138.40万元) were read as one list.
        if (family.Count > 2 && family.Sum(p => p.Figure.BaseValue) > total.Figure.BaseValue * 1.5m
            && family.Any(p => p.Figure.Label.StartsWith('已') || p.Figure.Label.StartsWith("剩余", StringComparison.Ordinal)
                               || p.Figure.Label.StartsWith("尚未", StringComparison.Ordinal) || p.Figure.Label.StartsWith('未')))
        {
            return null;
        }

        // A split (按…分, 分…看) into one amount is no split: 分行业看,全市五大主导产业实现产值856.8亿元 names a group.
        if (word[0] == '按' && family.Count < 2)
        {
            return null;
        }

        var partial = IsOpenList(text, family[^1], anchor.SentenceEnd);
        var exhaustive = word is "分别" || word[0] == '按' || family.Any(p => p.Figure.Label.StartsWith("其他", StringComparison.Ordinal));
        family = Continue(sentences, total, family);

        var source = parenthesised ? BreakdownSource.Parenthesised : word.StartsWith("如下", StringComparison.Ordinal) ? BreakdownSource.Colon : BreakdownSource.Explicit;
        exhaustive |= CoversStructure(total.Figure, family);
        return new BreakdownRelation(total.Figure, family.Select(f => f.Figure).ToList(), source, partial && !exhaustive) { Complete = exhaustive };
    }

    /// <summary>
    /// A label ending like the total's (its head noun: 税收, 支出) while none of the parts before it does: the next item
    /// of the total's own kind, not one more part.
    /// </summary>
    private static bool IsSiblingOfTotal(string total, string label, IEnumerable<FigureContext> before)
    {
        var common = 0;
        while (common < total.Length && common < label.Length && total[^(common + 1)] == label[^(common + 1)])
        {
            common++;
        }

        if (common < 2 || common == total.Length || common == label.Length)
        {
            return false;
        }

        var head = total[^common..];
        if (!before.Any(p => p.Figure.Label.EndsWith(head, StringComparison.Ordinal)))
        {
            return true;
        }

        // 各项存款余额…，其中住户存款余额…；各项贷款余额…: the parts share more of the total's name (存款余额) than the
        // next item does (款余额): it is another item beside the total.
        return before.All(p => p.Figure.Label.Length > common && p.Figure.Label.EndsWith(total[^(common + 1)..], StringComparison.Ordinal));
    }

    /// <summary>Words that open a clause stating the sum of the amounts before it.</summary>
    private static readonly string[] SumWords = ["合计", "共计", "总计", "小计", "累计", "以上共计", "以上合计", "以上各项", "上述", "以上", "两项合计", "三项合计", "四项合计"];

    /// <summary>
    /// The number of items a sum clause counts: 上述三项支出合计70.45亿元 → 3, 以上四项共计… → 4; 0 when it counts none.
    /// </summary>
    private static int CountedSum(FigureContext f)
    {
        var text = f.BlockText;
        var i = TextSpans.SkipListMarker(text, f.ClauseStart, f.Figure.BlockOffset);
        var end = f.Figure.BlockOffset;
        foreach (var w in (ReadOnlySpan<string>)["上述", "以上", "前述", "这", "此"])
        {
            if (TextSpans.StartsWith(text, i, w))
            {
                i += w.Length;
                break;
            }
        }

        if (i >= end)
        {
            return 0;
        }

        var n = text[i] switch
        {
            '两' or '二' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9,
            >= '2' and <= '9' => text[i] - '0',
            _ => 0,
        };
        if (n == 0 || i + 1 >= end || text[i + 1] is not ('项' or '类' or '笔'))
        {
            return 0;
        }

        var rest = text.AsSpan(i + 2, end - i - 2).TrimEnd("为达 ");
        return rest.Length is >= 2 and <= 8 && (rest.EndsWith("合计") || rest.EndsWith("共计") || rest.EndsWith("总计")) && rest.IndexOfAny('，', '。', '；') < 0 ? n : 0;
    }

    /// <summary>The count of a counted sum (the 三项 of 上述三项支出合计70.45亿元): no total itself.</summary>
    private static bool CountsSummedItems(FigureContext f)
    {
        if (f.Figure.Kind != FigureKind.Count || f.Figure.Text[^1] is not ('项' or '类' or '笔'))
        {
            return false;
        }

        var end = f.BlockOffsetEnd();
        var after = f.BlockText.AsSpan(end, Math.Min(10, f.BlockText.Length - end));
        var stop = after.IndexOfAny("，。；0123456789");
        after = stop >= 0 ? after[..stop] : after;
        return after.IndexOf("合计") >= 0 || after.IndexOf("共计") >= 0 || after.IndexOf("总计") >= 0;
    }

    /// <summary>A figure whose clause opens with a sum word: 合计460.00万元, 以上共计528.00万元.</summary>
    private static bool IsSumWord(FigureContext f)
    {
        if (CountedSum(f) > 0)
        {
            return true;
        }

        var start = TextSpans.SkipListMarker(f.BlockText, f.ClauseStart, f.Figure.BlockOffset);
        foreach (var word in SumWords)
        {
            // The word must come before the figure: in 两项合计2000万元 the count 两项 is itself a figure.
            if (start + word.Length <= f.Figure.BlockOffset && TextSpans.StartsWith(f.BlockText, start, word))
            {
                var rest = f.BlockText.AsSpan(start + word.Length, f.Figure.BlockOffset - start - word.Length).Trim();
                return rest.Length <= 2 || rest.EndsWith("为") || rest.StartsWith("金额") || rest.StartsWith("资金") || rest.StartsWith("支出");
            }
        }

        return false;
    }

    /// <summary>
    /// A total stated after its parts: 货物类68.40万元、服务类112.60万元，共计181.00万元 (parts in the same sentence), or
    /// 以上共计528.00万元 / 上述… after a list (parts from the start of the paragraph).
    /// </summary>
    private static IEnumerable<BreakdownRelation> TrailingTotals(IReadOnlyList<FigureContext> figures)
    {
        var lastTotalInBlock = new Dictionary<int, int>();
        for (var i = 0; i < figures.Count; i++)
        {
            var total = figures[i];
            if (!IsLevel(total) || !IsSumWord(total) || CountsSummedItems(total))
            {
                continue;
            }

            // 上述三项支出合计: exactly the last three amounts, wherever in the paragraph they are.
            var counted = CountedSum(total);
            var wholeBlock = counted > 0
                             || TextSpans.StartsWith(total.BlockText, TextSpans.SkipListMarker(total.BlockText, total.ClauseStart, total.Figure.BlockOffset), "以上")
                             || TextSpans.StartsWith(total.BlockText, TextSpans.SkipListMarker(total.BlockText, total.ClauseStart, total.Figure.BlockOffset), "上述");
            var floor = lastTotalInBlock.GetValueOrDefault(total.Figure.BlockIndex, -1);
            var parts = new List<FigureContext>();
            for (var j = i - 1; j > floor && j >= 0 && (counted == 0 || parts.Count < counted); j--)
            {
                var p = figures[j];
                if (p.Figure.BlockIndex != total.Figure.BlockIndex || !wholeBlock && p.Figure.Sentence != total.Figure.Sentence)
                {
                    break;
                }

                if (IsLevel(p) && SameFamily(total.Figure, p.Figure) && IsAdditive(p.Figure) && !IsPrior(p) && !IsSumWord(p))
                {
                    parts.Insert(0, p);
                }
            }

            lastTotalInBlock[total.Figure.BlockIndex] = i;
            if (parts.Count >= 2 && (counted == 0 || parts.Count == counted))
            {
                yield return new BreakdownRelation(total.Figure, parts.Select(p => p.Figure).ToList(), BreakdownSource.Explicit, false);
            }
        }

    }

    /// <summary>
    /// A list that goes on in the next sentence (覆盖职工25337人。其中…1553人…11938人。…6866人…5213人): the next
    /// sentences' parts are taken while they bring the sum closer to the total and land within reach of it.
    /// </summary>
    private static List<FigureContext> Continue(SentenceIndex sentences, FigureContext total, List<FigureContext> parts)
    {
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

    /// <summary>Half a unit of the figure's last written digit, in base units.</summary>
    private static decimal HalfUnitBase(Figure f) => Reconciliation.Interval.HalfUnit(f.Value) * f.Scale;

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

    /// <summary>Where a clause opening with a comparison (低于, 高于, 控制在, 不超过…) starts, or -1.</summary>
    private static int ComparisonClause(string text, int from, int to)
    {
        for (var i = from; i < to - 1; i++)
        {
            if (text[i] is '，' or ',' or '；' or ';')
            {
                var clause = text.AsSpan(i + 1, to - i - 1);
                foreach (var w in (ReadOnlySpan<string>)["低于", "高于", "控制在", "不超过", "未超过", "少于", "多于", "超过", "在省", "在市"])
                {
                    if (clause.StartsWith(w, StringComparison.Ordinal))
                    {
                        return i + 1;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the list opened by the 其中 at <paramref name="inner"/> ends (the next semicolon, or the sentence's end) when
    /// it lists the parts of an item of the outer list opened at <paramref name="outer"/>: a semicolon separates the outer
    /// list's items before it, and the item's amount (the last one before <paramref name="inner"/>) is no sibling of the
    /// outer total, nor do the amounts before that semicolon already make the total. Else null: a list of its own.
    /// </summary>
    private static int? NestedIn(string text, int outer, int inner, FigureContext total, IReadOnlyList<FigureContext> sentence)
    {
        var semicolon = text.AsSpan(outer, inner - outer).LastIndexOfAny('；', ';');
        if (semicolon < 0)
        {
            return null;
        }

        var item = sentence.LastOrDefault(f => f.Figure.BlockOffset > outer + semicolon && f.Figure.BlockOffset < inner && IsLevel(f));
        var before = sentence.Where(f => f.Figure.BlockOffset > outer && f.Figure.BlockOffset < outer + semicolon && IsLevel(f) && SameFamily(f.Figure, total.Figure)).ToList();
        if (item is null || !SameFamily(item.Figure, total.Figure) || item.Figure.BaseValue >= total.Figure.BaseValue
            || IsSiblingOfTotal(total.Figure.Label, item.Figure.Label, before)
            || before.Count > 0 && Close(before.Sum(f => f.Figure.BaseValue), total.Figure.BaseValue, total.Figure))
        {
            return null;
        }

        var sentenceEnd = sentence[^1].SentenceEnd;
        var end = text.IndexOfAny(['；', ';'], inner, sentenceEnd - inner);
        return end < 0 ? sentenceEnd : end;
    }

    /// <summary>
    /// The next marker that opens a list of amounts: one whose clause names its items in words only (人员经费1,184.72万元，
    /// 主要包括基本工资、津贴补贴…；公用经费177.73万元) describes the part before it, and the list goes on past it.
    /// </summary>
    private static int NextListMarker(string text, int from, int to, IReadOnlyList<FigureContext> sentence)
    {
        for (var next = NextMarker(text, from, to); next > 0; next = NextMarker(text, next + 1, to))
        {
            var clauseEnd = ClauseEnd(text, next, to);
            if (sentence.Any(f => f.Figure.BlockOffset >= next && f.Figure.BlockOffset < clauseEnd))
            {
                return next;
            }
        }

        return -1;
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
    private static IEnumerable<BreakdownRelation> ImplicitBreakdowns(SentenceIndex sentences,
        HashSet<Figure> inBreakdown, HashSet<Figure> totals)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            // Last year's amount the total is compared with (比上年171.30万元) is no second total; a sentence stating only
            // the earlier amount (较年初的445.36亿元增加…) may still be broken down next (年初余额中，…).
            var levels = here.Where(f => IsLevel(f) && f.Figure.Kind == FigureKind.Money && !IsRatioBase(f)).ToList();
            if (levels.Count > 1 && levels.Count(f => !IsPrior(f)) == 1)
            {
                levels = levels.Where(f => !IsPrior(f)).ToList();
            }

            if (levels.Count != 1 || here.Any(f => f.Figure.InTable) || inBreakdown.Contains(levels[0].Figure) || totals.Contains(levels[0].Figure))
            {
                continue;
            }

            var total = levels[0];
            var following = sentences.InSentence(s + 1);
            // …增长8.8%。具体为：<line break> 会费收入12.36万元，…: a sentence that only announces the list.
            var announced = following.Count == 0 && sentences.InSentence(s + 2) is { Count: > 0 } && AnnouncesList(total.BlockText, total.SentenceEnd);
            if (announced)
            {
                following = sentences.InSentence(s + 2);
            }
            // The parts' sentence may state their growth rates (第一产业增加值96.48亿元，增长4.3%；…); it may open the next
            // paragraph when the total's sentence ends its own.
            var next = following.Where(f => !(f.Figure.Kind == FigureKind.Percent && f.Figure.IsChange)).ToList();
            var sameBlock = next.Count > 0 && next[0].Figure.BlockIndex == total.Figure.BlockIndex;
            var nextBlock = next.Count > 0 && next[0].Figure.BlockIndex == total.Figure.BlockIndex + 1 && (total.SentenceEnd >= total.BlockText.Length - 1 || announced)
                            && next[0].SentenceStart == 0 && TextSpans.SkipListMarker(next[0].BlockText, 0, next[0].BlockText.Length) == 0;
            if (next.Count < 2 || !sameBlock && !nextBlock || next.Any(f => f.Figure.IsChange || f.Figure.Kind != FigureKind.Money))
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

    }

    /// <summary>The sentence after <paramref name="sentenceEnd"/> is only 具体为：/ 具体如下：/ 明细如下：.</summary>
    private static bool AnnouncesList(string text, int sentenceEnd)
    {
        var rest = text.AsSpan(Math.Min(text.Length, sentenceEnd + 1)).Trim();
        return rest is "具体为：" or "具体如下：" or "明细如下：" or "具体是：" or "分别为：" or "主要包括：" or "具体为:" or "具体如下:";
    }

    /// <summary>
    /// The balance sentences of budget execution reports, read as breakdowns: 一般公共预算收入66.98亿元，加上上级补助收入
    /// 86.42亿元、…、上年结转3.24亿元，收入总计174.00亿元 (the total is the first amount plus the added ones); 收入总计
    /// 13,920万元，减去支出8,726万元、调出资金3,994万元，结转下年支出1,220万元 (the first amount is the total of the
    /// subtracted ones and what remains). Only where 加上/加 or 减去/减 follows an amount and a 总计/合计 (for 加) or a
    /// 结转/结余/余额 (for 减) amount closes the sentence.
    /// </summary>
    private static IEnumerable<BreakdownRelation> BalanceSentences(SentenceIndex sentences)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s).Where(f => IsLevel(f) && !IsPrior(f) && !f.Figure.Approx).ToList();
            if (here.Count < 3)
            {
                continue;
            }

            var text = here[0].BlockText;
            for (var i = 0; i < here.Count - 2; i++)
            {
                var head = here[i];
                var after = head.BlockOffsetEnd();
                var next = here[i + 1].Figure.BlockOffset;
                var between = text.AsSpan(after, next - after);
                var plus = between.IndexOf("加上", StringComparison.Ordinal) >= 0 || between.StartsWith("，加") && !IsVerbAfterJia(between);
                var minus = between.IndexOf("减去", StringComparison.Ordinal) >= 0 || between.IndexOf("减支出", StringComparison.Ordinal) >= 0
                            || between.StartsWith("，减") && !between.StartsWith("，减少");
                if (!plus && !minus)
                {
                    continue;
                }

                var rest = here.Skip(i + 1).Where(f => SameFamily(f.Figure, head.Figure)).ToList();
                var closing = rest.FindIndex(f => plus ? IsSumWord(f) || f.Figure.Label.Contains("总计", StringComparison.Ordinal)
                                                       : f.Figure.Label.Contains("结转", StringComparison.Ordinal) || f.Figure.Label.Contains("结余", StringComparison.Ordinal) || f.Figure.Label.Contains("余额", StringComparison.Ordinal));
                if (closing < 1)
                {
                    break;
                }

                var terms = rest.Take(closing).Select(f => f.Figure).ToList();
                var result = rest[closing].Figure;
                yield return plus
                    ? new BreakdownRelation(result, [head.Figure, .. terms], BreakdownSource.Explicit, false) { Complete = true }
                    : new BreakdownRelation(head.Figure, [.. terms, result], BreakdownSource.Explicit, false) { Complete = true };
                break;
            }

            if (ClosingTotal(here) is { } closed)
            {
                yield return closed;
            }
        }
    }

    /// <summary>
    /// A sentence of items that closes with their 总计: 国有资本经营预算支出480万元，调出资金1,400万元，结转下年100万元，
    /// 支出总计1,980万元. The parts are the amounts since the sentence's previous 总计 (收入总计…，支出总计… are two
    /// sides), of the total's side; not where a 其中 list or 加上/减去 says how the amounts combine.
    /// </summary>
    private static BreakdownRelation? ClosingTotal(List<FigureContext> here)
    {
        var last = here[^1];
        var text = last.BlockText;
        if (!last.Figure.Label.EndsWith("总计", StringComparison.Ordinal) || IsSumWord(last))
        {
            return null;
        }

        var sentence = text.AsSpan(last.SentenceStart, last.SentenceEnd - last.SentenceStart);
        if (sentence.IndexOf("其中", StringComparison.Ordinal) >= 0 || sentence.IndexOf("加上", StringComparison.Ordinal) >= 0
            || sentence.IndexOf("减去", StringComparison.Ordinal) >= 0 || sentence.IndexOf("包括", StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        var parts = new List<Figure>();
        for (var i = here.Count - 2; i >= 0 && !here[i].Figure.Label.EndsWith("总计", StringComparison.Ordinal); i--)
        {
            var p = here[i];
            if (SameFamily(p.Figure, last.Figure) && IsAdditive(p.Figure) && !IsRatioBase(p) && SameSide(last.Figure.Label, p.Figure.Label))
            {
                parts.Insert(0, p.Figure);
            }
        }

        return parts.Count >= 2 ? new BreakdownRelation(last.Figure, parts, BreakdownSource.Explicit, false) { Complete = true } : null;
    }

    /// <summary>An accounting identity stated as three amounts of one sentence: whole = first part + second part.</summary>
    private sealed record Identity(Func<string, bool> Whole, Func<string, bool> First, Func<string, bool> Second);

    private static readonly Identity[] Identities =
    [
        // 资产总额326.84亿元，负债总额296.42亿元，形成国有资产30.42亿元 / 净资产.
        new(l => l.EndsWith("资产总额", StringComparison.Ordinal) || l.EndsWith("资产总计", StringComparison.Ordinal),
            l => l.EndsWith("负债总额", StringComparison.Ordinal) || l.EndsWith("负债总计", StringComparison.Ordinal) || l.EndsWith("负债", StringComparison.Ordinal),
            l => l.EndsWith("净资产", StringComparison.Ordinal) || l.EndsWith("所有者权益", StringComparison.Ordinal) || l.EndsWith("形成国有资产", StringComparison.Ordinal)),
        // 收入42.36亿元，支出41.86亿元，结余0.50亿元 (the year's balance, not 滚存结余).
        new(l => l.EndsWith("收入", StringComparison.Ordinal) || l.EndsWith("收入合计", StringComparison.Ordinal),
            l => l.EndsWith("支出", StringComparison.Ordinal) || l.EndsWith("支出合计", StringComparison.Ordinal),
            l => (l.EndsWith("结余", StringComparison.Ordinal) || l.EndsWith("收支结余", StringComparison.Ordinal)) && !l.Contains("滚存", StringComparison.Ordinal)
                 && !l.Contains("累计", StringComparison.Ordinal) && !l.Contains("年末", StringComparison.Ordinal) && !l.Contains("结转", StringComparison.Ordinal)),
        // 固定资产原值286,482.36万元，累计折旧98,624.18万元，固定资产净值187,858.18万元.
        new(l => l.EndsWith("原值", StringComparison.Ordinal), l => l.EndsWith("折旧", StringComparison.Ordinal), l => l.EndsWith("净值", StringComparison.Ordinal)),
        // 全年预算数1586.40万元，执行1512.73万元，结余73.67万元: what was budgeted is what was spent and what is left.
        // 项目年度资金总额401.73万元，实际支出386.57万元，结余15.16万元: the funds are what was spent and what is left.
        new(l => IsBudgetAmount(l) && !l.Contains("年初", StringComparison.Ordinal) || l.EndsWith("调整后预算", StringComparison.Ordinal)
                 || l.EndsWith("资金总额", StringComparison.Ordinal) || l.EndsWith("到位资金", StringComparison.Ordinal) || l.EndsWith("可用资金", StringComparison.Ordinal),
            l => l.EndsWith("执行", StringComparison.Ordinal) || l.EndsWith("执行数", StringComparison.Ordinal) || l.EndsWith("实际支出", StringComparison.Ordinal),
            l => (l.EndsWith("结余", StringComparison.Ordinal) || l.EndsWith("结余资金", StringComparison.Ordinal) || l.EndsWith("结转下年", StringComparison.Ordinal))
                 && !l.Contains("年初", StringComparison.Ordinal) && !l.Contains("累计", StringComparison.Ordinal) && !l.Contains("滚存", StringComparison.Ordinal)),
    ];

    /// <summary>
    /// 未及时收回到期借款1.74亿元的问题。已收回1.18亿元…，剩余5600万元已签订还款协议: what is left is the amount less what
    /// was done. The amount is the last one before the 已 amount, in its sentence or the one before in its paragraph; the
    /// relation is inferred (a warning at most).
    /// </summary>
    private static IEnumerable<BreakdownRelation> Remainders(SentenceIndex sentences)
    {
        // 已追回1102.30万元 (labelled 追回): the clause says it was done.
        static bool SaysDone(FigureContext c) =>
            c.Figure.Label.StartsWith('已') || c.BlockText.AsSpan(c.ClauseStart, c.Figure.BlockOffset - c.ClauseStart).TrimStart().StartsWith("已");

        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            for (var i = 1; i < here.Count; i++)
            {
                var rest = here[i];
                if (!IsLevel(rest) || rest.Figure.Approx || !(rest.Figure.Label.StartsWith("剩余", StringComparison.Ordinal) || rest.Figure.Label.StartsWith("尚未", StringComparison.Ordinal)))
                {
                    continue;
                }

                var done = here.Take(i).LastOrDefault(c => IsLevel(c) && SaysDone(c) && SameFamily(c.Figure, rest.Figure));
                if (done is null || done.Figure.Approx)
                {
                    continue;
                }

                var pool = sentences.InSentence(s - 1).Where(c => c.Figure.BlockIndex == rest.Figure.BlockIndex).Concat(here)
                    .Where(c => c.Figure.Sentence < s || c.Figure.BlockOffset < done.Figure.BlockOffset);
                var total = pool.LastOrDefault(c => IsLevel(c) && !IsPrior(c) && !c.Figure.Approx && SameFamily(c.Figure, rest.Figure)
                                                    && !SaysDone(c) && c.Figure.BaseValue > done.Figure.BaseValue);
                if (total is not null)
                {
                    yield return new BreakdownRelation(total.Figure, [done.Figure, rest.Figure], BreakdownSource.Structure, false);
                }
            }
        }
    }

    /// <summary>
    /// Accounting identities a sentence states in full, in this order: 资产 = 负债 + 净资产, 收入 = 支出 + 结余 (of the
    /// year), 原值 = 累计折旧 + 净值. Checked as known structure (a warning when they disagree).
    /// </summary>
    private static IEnumerable<BreakdownRelation> IdentitySentences(SentenceIndex sentences)
    {
        foreach (var s in sentences.All)
        {
            // The whole is the sentence's first amount of its kind (基金收入12.36亿元，其中…利息收入0.38亿元；支出9.42亿元，
            // 当年结余2.94亿元: 12.36, not 利息收入); each part the first of its kind after the one before.
            var here = sentences.InSentence(s).Where(f => IsLevel(f) && !IsPrior(f) && !f.Figure.Approx && f.Figure.Kind == FigureKind.Money).ToList();
            foreach (var identity in Identities)
            {
                var whole = here.FindIndex(f => identity.Whole(f.Figure.Label));
                var first = whole < 0 ? -1 : here.FindIndex(whole + 1, f => identity.First(f.Figure.Label));
                var second = first < 0 ? -1 : here.FindIndex(first + 1, f => identity.Second(f.Figure.Label));
                if (second > 0 && SameFamily(here[whole].Figure, here[first].Figure) && SameFamily(here[whole].Figure, here[second].Figure))
                {
                    yield return new BreakdownRelation(here[whole].Figure, [here[first].Figure, here[second].Figure], BreakdownSource.Structure, false) { Complete = true };
                }
            }
        }
    }

    /// <summary>，加大 / 加强 / 加快 / 加紧: verbs, not "plus".</summary>
    private static bool IsVerbAfterJia(ReadOnlySpan<char> between) =>
        between.Length > 2 && between[2] is '大' or '强' or '快' or '紧' or '速' or '工' or '以' or '之';

    /// <summary>
    /// A paragraph stating a total, followed by paragraphs numbered （一）（二）（三） that each open with one of its
    /// parts: 收入预算合计1,286.40万元… / （一）一般公共预算拨款收入1,162.50万元… / （二）事业收入86.40万元… The list is taken
    /// only when it ends near its total (as an implicit list) and is reported as spread over paragraphs.
    /// </summary>
    private static IEnumerable<BreakdownRelation> ListedParagraphs(IReadOnlyList<FigureContext> figures, HashSet<Figure> inBreakdown, HashSet<Figure> totals)
    {
        var firstByBlock = new SortedDictionary<int, FigureContext>();
        var levelsByBlock = new Dictionary<int, List<FigureContext>>();
        foreach (var f in figures)
        {
            if (!f.Figure.InTable && IsLevel(f) && !IsPrior(f) && !IsRatioBase(f))
            {
                firstByBlock.TryAdd(f.Figure.BlockIndex, f);
                if (!levelsByBlock.TryGetValue(f.Figure.BlockIndex, out var levels))
                {
                    levelsByBlock[f.Figure.BlockIndex] = levels = [];
                }

                levels.Add(f);
            }
        }

        // （一）…项目。年度预算1,300.00万元，实际支出1,250.00万元: an item of a list of spending is its actual amount, not
        // its budget, unless the total is a budget too.
        FigureContext Matching(FigureContext first, FigureContext total) =>
            IsBase(first.Figure.Label) && !IsBase(total.Figure.Label)
                ? levelsByBlock[first.Figure.BlockIndex].FirstOrDefault(c => c.Figure.Sentence == first.Figure.Sentence && !IsBase(c.Figure.Label)
                                                                             && IsActual(c.Figure.Label) && SameFamily(c.Figure, first.Figure)) ?? first
                : first;

        foreach (var (block, total) in firstByBlock)
        {
            if (totals.Contains(total.Figure) || inBreakdown.Contains(total.Figure) || IsNumbered(total.BlockText))
            {
                continue;
            }

            var parts = new List<FigureContext>();
            for (var next = block + 1; firstByBlock.TryGetValue(next, out var part) && IsNumbered(part.BlockText) && part.Figure.BlockOffset < 40
                                       && SameFamily(part.Figure, total.Figure) && SameNoun(part, total) && !totals.Contains(part.Figure); next++)
            {
                parts.Add(Matching(part, total));
            }

            var sum = parts.Sum(p => p.Figure.BaseValue);
            if (parts.Count >= 2 && total.Figure.BaseValue > 0 && Math.Abs(sum - total.Figure.BaseValue) <= total.Figure.BaseValue * ImplicitReach
                && parts.All(p => p.Figure.BaseValue <= total.Figure.BaseValue))
            {
                yield return new BreakdownRelation(total.Figure, parts.Select(p => p.Figure).ToList(), BreakdownSource.Implicit, false);
            }
        }
    }

    /// <summary>
    /// For counts, whether the two count the same thing where the text names it right after the classifier: 15个部门
    /// and 2个单位 count different things (an audit's 一是…2个单位 / 二是…3个单位 are findings, not a split of its
    /// departments). Where either names nothing, they may.
    /// </summary>
    private static bool SameNoun(FigureContext a, FigureContext b)
    {
        var x = CountedNoun(a);
        var y = CountedNoun(b);
        return x.Length == 0 || y.Length == 0 || x == y;
    }

    private static string CountedNoun(FigureContext f)
    {
        if (f.Figure.Kind != FigureKind.Count)
        {
            return "";
        }

        var text = f.BlockText;
        var start = f.BlockOffsetEnd();
        var end = start;
        while (end < text.Length && end - start < 2 && text[end] is >= '\u4e00' and <= '\u9fff')
        {
            end++;
        }

        return end - start == 2 ? text[start..end] : "";
    }

    /// <summary>A paragraph opening with a list number: （一）, (1), 1., 1、, ①, 一是.</summary>
    private static bool IsNumbered(string text)
    {
        var start = TextSpans.SkipSpaces(text, 0, text.Length);
        return TextSpans.SkipListMarker(text, start, text.Length) > start;
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
            [l => l.Contains("基本支出", StringComparison.Ordinal), l => l.Contains("项目支出", StringComparison.Ordinal)]),
        new("基本支出=人员经费+公用经费",
            l => l.Contains("基本支出", StringComparison.Ordinal),
            [l => l.Contains("人员经费", StringComparison.Ordinal), l => l.Contains("公用经费", StringComparison.Ordinal)]),
        new("基本支出=工资福利支出+商品和服务支出+对个人和家庭的补助",
            l => l.Contains("基本支出", StringComparison.Ordinal),
            [l => l.Contains("工资福利", StringComparison.Ordinal), l => l.Contains("商品和服务", StringComparison.Ordinal), l => l.Contains("个人和家庭", StringComparison.Ordinal)]),
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
                    FigureContext? match = null;
                    for (var j = i + 1; j < figures.Count && figures[j].Figure.Sentence <= first.Figure.Sentence + 3; j++)
                    {
                        if (IsLevel(figures[j]) && figures[j].Figure.Kind == FigureKind.Money && structure.Parts[p](figures[j].Figure.Label))
                        {
                            match = figures[j];
                            break;
                        }
                    }

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

                // Of the candidate totals in the sentences before, one whose value the parts make up wins; else the nearest.
                var candidates = new List<FigureContext>();
                for (var j = i - 1; j >= 0 && figures[j].Figure.Sentence >= first.Figure.Sentence - 6; j--)
                {
                    var f = figures[j];
                    if (IsLevel(f) && f.Figure.Kind == FigureKind.Money && structure.IsTotal(f.Figure.Label)
                        && !structure.Parts.Any(isPart => isPart(f.Figure.Label)) && !IsPrior(f))
                    {
                        candidates.Add(f);
                    }
                }
                var sum = parts.Sum(p => p.BaseValue);
                var total = candidates.FirstOrDefault(c => Math.Abs(c.Figure.BaseValue - sum) <= HalfUnitBase(c.Figure) + parts.Sum(HalfUnitBase))
                            ?? candidates.FirstOrDefault(c => c.Figure.Sentence >= first.Figure.Sentence - 3);
                if (total is null || totals.Contains(total.Figure) || parts.Any(p => p.BaseValue > total.Figure.BaseValue)
                    || !QualifiersAgree(total.Figure.Label, parts))
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

    /// <summary>
    /// The parts' qualifiers must fit the total: 一般公共预算财政拨款基本支出 is a part of 一般公共预算财政拨款支出, not of
    /// 政府性基金支出. A part without a qualifier (基本支出) fits any total.
    /// </summary>
    private static bool QualifiersAgree(string totalLabel, List<Figure> parts)
    {
        foreach (var part in parts)
        {
            foreach (var key in StructureKeys)
            {
                var at = part.Label.IndexOf(key, StringComparison.Ordinal);
                if (at > 0 && !totalLabel.Contains(part.Label[..at], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The names of structure parts, whose prefix in a label is a qualifier (一般公共预算财政拨款基本支出).</summary>
    private static readonly string[] StructureKeys = ["基本支出", "项目支出", "人员经费", "公用经费"];

    // ---------------------------------------------------------------- changes, shares, rates, comparisons

    /// <summary>
    /// A level followed by a change amount and/or rate: 2882.84千元，比2018年减少26.42千元，下降9.9%. The prior level
    /// is a figure of the same sentence said to be earlier (上年, 比2018年…, 上年同期为…, or an earlier year). A change
    /// stated in the sentence after its level (“三公”经费支出决算比上年减少1.38万元) refers to the latest level of
    /// the same label within the two sentences before.
    /// </summary>
    /// <summary>
    /// Budget adjustments: 年初预算186000万元，调减4800万元，调整后为181200万元(，下降2.6%) and 由452600万元调整为469150万元，
    /// 调增16550万元. The amount after 调增/调减 is the change from the budget before (the level before it in its
    /// item, up to a semicolon) to the adjusted one (the level after it named 调整…, or, after 由…调整为, the level
    /// before it).
    /// </summary>
    private static IEnumerable<ChangeRelation> Adjustments(SentenceIndex sentences)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            foreach (var f in here)
            {
                if (!f.Figure.IsChange || f.Figure.Kind == FigureKind.Percent || f.Figure.Approx || !AfterAdjustWord(f))
                {
                    continue;
                }

                var text = f.BlockText;
                var segmentStart = Math.Max(f.SentenceStart, ItemStart(text, f.Figure.BlockOffset));
                var segmentEnd = text.IndexOfAny(['；', ';'], f.Figure.BlockOffset);
                segmentEnd = segmentEnd < 0 || segmentEnd > f.SentenceEnd ? f.SentenceEnd : segmentEnd;
                var inSegment = here.Where(c => c.Figure.BlockOffset >= segmentStart && c.Figure.BlockOffset < segmentEnd).ToList();
                var before = inSegment.Where(c => c.Figure.BlockOffset < f.Figure.BlockOffset && IsLevel(c) && !IsRatioBase(c) && SameFamily(c.Figure, f.Figure)).ToList();
                var after = inSegment.Where(c => c.Figure.BlockOffset > f.Figure.BlockOffset).ToList();
                FigureContext? current = after.FirstOrDefault(c => IsLevel(c) && SameFamily(c.Figure, f.Figure) && c.Figure.Label.Contains("调整", StringComparison.Ordinal));
                FigureContext? prior;
                if (current is not null)
                {
                    prior = before.LastOrDefault();
                }
                else if (before.Count >= 2 && before[^1].Figure.Label.Contains("调整", StringComparison.Ordinal) && before[^2].Figure.Period == FigureExtractor.SpanStartPeriod)
                {
                    (prior, current) = (before[^2], before[^1]);
                }
                else
                {
                    continue;
                }

                if (prior is null || current is null || f.Figure.Approx || prior.Figure.Approx || current.Figure.Approx)
                {
                    continue;
                }

                var rate = after.FirstOrDefault(c => c.Figure.Kind == FigureKind.Percent && c.Figure.IsChange && !c.Figure.Approx
                                                     && c.Figure.BlockOffset > current.Figure.BlockOffset);
                yield return new ChangeRelation(current.Figure, prior.Figure, f.Figure, rate?.Figure, f.Figure.Direction) { Basis = ChangeBasis.Adjustment };
            }
        }
    }

    /// <summary>
    /// Money saved against a budget: 采购预算32,480万元，实际采购金额29,840万元，…节约资金2,640万元 is the budget less
    /// the actual amount, both stated before it in the sentence.
    /// </summary>
    private static IEnumerable<ChangeRelation> Savings(SentenceIndex sentences)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            foreach (var f in here)
            {
                if (!IsLevel(f) || f.Figure.Approx || !(f.Figure.Label.StartsWith("节约", StringComparison.Ordinal) || f.Figure.Label.StartsWith("节省", StringComparison.Ordinal)))
                {
                    continue;
                }

                var before = here.Where(c => c.Figure.BlockOffset < f.Figure.BlockOffset && IsLevel(c) && !c.Figure.Approx && SameFamily(c.Figure, f.Figure)).ToList();
                var budget = before.LastOrDefault(c => IsBase(c.Figure.Label));
                var actual = before.LastOrDefault(c => c.Figure.Label.Contains("实际", StringComparison.Ordinal) && !IsBase(c.Figure.Label));
                if (budget is not null && actual is not null && budget.Figure.BaseValue > actual.Figure.BaseValue)
                {
                    yield return new ChangeRelation(actual.Figure, budget.Figure, f.Figure, null, ChangeDirection.Decrease) { Basis = ChangeBasis.Saving };
                }
            }
        }
    }

    /// <summary>
    /// 收入完成186,245万元，为调整预算182,000万元的102.33%，超收4,245万元: 超收 (and 超支) is the actual amount less the
    /// budget, 短收 the budget less the actual; the actual is the sentence's amount before the budget.
    /// </summary>
    private static IEnumerable<ChangeRelation> Overruns(SentenceIndex sentences)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            foreach (var f in here)
            {
                var direction = f.Figure.Label switch
                {
                    "超收" or "超支" => ChangeDirection.Increase,
                    "短收" => ChangeDirection.Decrease,
                    _ => ChangeDirection.None,
                };
                if (direction == ChangeDirection.None || !IsLevel(f) || f.Figure.Approx)
                {
                    continue;
                }

                var before = here.Where(c => c.Figure.BlockOffset < f.Figure.BlockOffset && IsLevel(c) && !c.Figure.Approx && !IsPrior(c) && SameFamily(c.Figure, f.Figure)).ToList();
                var budget = before.LastOrDefault(c => IsBase(c.Figure.Label) || IsRatioBase(c));
                var actual = budget is null ? null : before.LastOrDefault(c => c.Figure.BlockOffset < budget.Figure.BlockOffset && !IsBase(c.Figure.Label));
                if (budget is not null && actual is not null)
                {
                    yield return new ChangeRelation(actual.Figure, budget.Figure, f.Figure, null, direction) { Basis = ChangeBasis.Saving };
                }
            }
        }
    }

    private static bool AfterAdjustWord(FigureContext f)
    {
        var end = f.Figure.BlockOffset;
        while (end > f.ClauseStart && f.BlockText[end - 1] is '了' or ' ')
        {
            end--;
        }

        return end - f.ClauseStart >= 2 && (TextSpans.EndsWith(f.BlockText, end, "调增") || TextSpans.EndsWith(f.BlockText, end, "调减"));
    }

    /// <summary>
    /// The amount of the item a change names, stated as a level in its sentence or the two before: by the same label,
    /// by the label and 支出 (三公经费 → 三公经费支出), or by a longer label ending with it (资产总额 → 行政事业单位资产总额).
    /// </summary>
    private static FigureContext? StatedBefore(Dictionary<string, FigureContext> byLabel, Dictionary<string, FigureContext> byTail, Figure change)
    {
        var label = change.Label;
        var found = byLabel.GetValueOrDefault(label) ?? byLabel.GetValueOrDefault(label + "支出");
        if (found is null && label.Length >= 4 && byTail.TryGetValue(Tail(label), out var longer) && longer.Figure.Label.EndsWith(label, StringComparison.Ordinal))
        {
            found = longer;
        }

        return found is not null && change.Sentence - found.Figure.Sentence is >= 0 and <= 2 && found.Figure.BlockIndex == change.BlockIndex && SameFamily(found.Figure, change)
            ? found
            : null;
    }

    private static string Tail(string label) => label.Length <= 4 ? label : label[^4..];

    private static IEnumerable<ChangeRelation> Changes(SentenceIndex sentences, HashSet<Figure> inBreakdown, HashSet<Figure> adjusted)
    {
        var latestByLabel = new Dictionary<string, FigureContext>(StringComparer.Ordinal);
        var latestByTail = new Dictionary<string, FigureContext>(StringComparer.Ordinal);
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            FigureContext? current = null;
            FigureContext? prior = null;
            FigureContext? budget = null;
            Figure? amount = null;
            Figure? rate = null;
            var direction = ChangeDirection.None;
            var levels = new List<FigureContext>();
            foreach (var f in here)
            {
                // The base of a ratio (为调整预算65.80亿元的101.79%) is neither level of a change, and the parts of a list
                // do not displace their total (8.64万元，全部为…6.84万元和…1.80万元；与2021年度的9.12万元相比下降5.3%).
                if (IsLevel(f) && (IsRatioBase(f) || InsideComposition(f)))
                {
                    continue;
                }

                if (IsLevel(f) && inBreakdown.Contains(f.Figure) && current is not null && !inBreakdown.Contains(current.Figure) && !IsPrior(f))
                {
                    levels.Add(f);
                    continue;
                }

                if (IsLevel(f))
                {
                    var earlier = current is not null ? IsEarlier(f, current) : IsPrior(f);
                    if (!earlier && current is not null && prior is null && amount is null && rate is null && IsBudgetAmount(f.Figure.Label)
                        && !IsBudgetAmount(current.Figure.Label) && SameFamily(current.Figure, f.Figure))
                    {
                        // 支出286,540.00元，年初预算320,000.00元，完成预算的89.54%；较2021年决算数减少34,215.60元: the
                        // budget beside the actual amount is no new level; it is the prior only of a change 比预算.
                        budget = f;
                        levels.Add(f);
                        continue;
                    }

                    if (earlier && (current is null || SameFamily(current.Figure, f.Figure)))
                    {
                        // A second comparison of the same level (比年初预算32.00万元减少3.54万元…；比上年决算数30.15万元减少
                        // 1.69万元，下降5.6%) is a change of its own.
                        if (prior is not null && (amount is not null || rate is not null))
                        {
                            yield return new ChangeRelation(current?.Figure, prior.Figure, amount, rate, direction);
                            (prior, amount, rate, direction) = (null, null, null, ChangeDirection.None);
                            // One that names an item of its own (国有资本权益比上年末的338.52亿元…) is not the same level's.
                            if (f.Figure.Label.Length > 0)
                            {
                                current = null;
                            }
                        }

                        prior ??= f;

                        // 公用经费上年为39.71万元: the level the prior names is the current one, even if others came between.
                        var named = levels.LastOrDefault(l => SameFamily(l.Figure, f.Figure) && l.Figure.Label.Length >= 2
                            && f.Figure.Label.Length > l.Figure.Label.Length && f.Figure.Label.StartsWith(l.Figure.Label, StringComparison.Ordinal));
                        current = named ?? current;
                        continue;
                    }

                    if ((current is not null || prior is not null) && (amount is not null || rate is not null))
                    {
                        yield return new ChangeRelation(current?.Figure, prior?.Figure, amount, rate, direction);
                        amount = null;
                        rate = null;
                        direction = ChangeDirection.None;
                    }

                    current = f;
                    prior = null;
                    levels.Add(f);
                    if (f.Figure.Label.Length >= 2)
                    {
                        latestByLabel[f.Figure.Label] = f;
                        latestByTail[Tail(f.Figure.Label)] = f;
                    }

                    continue;
                }

                if (!f.Figure.IsChange || adjusted.Contains(f.Figure))
                {
                    continue;
                }

                // 资产总额比上年增加16.64亿元 / 政府债务限额比上年的453.70亿元增加51.60亿元 after the sentence that states the
                // item (行政事业单位资产总额286.42亿元 / 2023年全市政府债务限额505.00亿元): that amount is the current level.
                if (current is null && f.Figure.Label.Length >= 2 && StatedBefore(latestByLabel, latestByTail, f.Figure) is { } stated
                    && (prior is null || !ReferenceEquals(stated, prior) && stated.Figure.Sentence < f.Figure.Sentence && SameFamily(stated.Figure, prior.Figure)))
                {
                    current = stated;
                }

                // 收、支总计各增加374.68万元 after 收入总计…，支出总计…: the change is of those totals, not of the last amount.
                if (current is null && prior is null && TotalsPrefix(f.Figure.Label) is { } fund
                    && (latestByLabel.TryGetValue(fund + "收入总计", out var totals) || latestByLabel.TryGetValue(fund + "支出总计", out totals))
                    && f.Figure.Sentence - totals.Figure.Sentence <= 3 && SameFamily(totals.Figure, f.Figure))
                {
                    current = totals;
                }

                if (current is null && prior is null && SubjectlessChange(f) && f.Figure.Kind != FigureKind.Percent)
                {
                    // 与上年相比，增加85.24万元，增长3.68% / 收入、支出总计各增加281.56万元: the item is the one the sentence
                    // before stated (…支出2,398.61万元，占…。 / …总计均为4,807.19万元。).
                    current = sentences.InSentence(s - 1).LastOrDefault(c => IsLevel(c) && !IsPrior(c) && !IsRatioBase(c) && !c.Figure.Approx
                                                                              && c.Figure.BlockIndex == f.Figure.BlockIndex && SameFamily(c.Figure, f.Figure));
                }

                if (current is null && prior is null)
                {
                    continue;
                }

                // 比预算减少…, 较年初预算增加…: a change against the budget beside the amount.
                if (budget is not null && prior is null && ComparedName(f).Contains("预算", StringComparison.Ordinal))
                {
                    prior = budget;
                }

                // 年初预算1980.00万元，…调整后全年预算数2412.60万元，较年初预算增加412.60万元: the amount compared with is
                // the one of the sentence its name names.
                if (prior is null && current is not null && f.Figure.Kind != FigureKind.Percent && ComparedName(f) is { Length: >= 2 } compared
                    && levels.LastOrDefault(l => !ReferenceEquals(l, current) && l.Figure.Label.EndsWith(compared, StringComparison.Ordinal)
                                                 && SameFamily(l.Figure, current.Figure)) is { } comparedLevel)
                {
                    prior = comparedLevel;
                }

                var family = (current ?? prior)!.Figure;
                if (f.Figure.Kind == FigureKind.Percent && rate is null)
                {
                    rate = f.Figure;
                    direction = direction == ChangeDirection.None ? f.Figure.Direction : direction;
                }
                else if (SameFamily(family, f.Figure) && amount is null)
                {
                    amount = f.Figure;
                    direction = f.Figure.Direction;
                }
            }

            if ((current is not null || prior is not null) && (amount is not null || rate is not null))
            {
                yield return new ChangeRelation(current?.Figure, prior?.Figure, amount, rate, direction);
            }
        }

    }

    /// <summary>What comes before 收、支总计 in a change's label (财政拨款收、支总计各 → 财政拨款), or null for another label.</summary>
    private static string? TotalsPrefix(string label)
    {
        var name = label.TrimEnd('各', '均');
        foreach (var w in (ReadOnlySpan<string>)["收、支总计", "收支总计", "收入支出总计"])
        {
            if (name.EndsWith(w, StringComparison.Ordinal))
            {
                return name[..^w.Length];
            }
        }

        return null;
    }

    /// <summary>The name after 比/较 in the change's clause (较年初预算增加 → 年初预算), or "".</summary>
    private static string ComparedName(FigureContext f)
    {
        var clause = f.BlockText.AsSpan(f.ClauseStart, Math.Max(0, f.Figure.BlockOffset - f.ClauseStart));
        var compare = clause.LastIndexOfAny('比', '较');
        if (compare < 0)
        {
            return "";
        }

        var name = clause[(compare + 1)..];
        foreach (var verb in (ReadOnlySpan<string>)["增加", "减少", "增长", "下降", "增", "减", "多", "少"])
        {
            var at = name.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0)
            {
                name = name[..at];
            }
        }

        return name.Trim().ToString();
    }


    /// <summary>
    /// A change amount that names no item: its clause is only a comparison (与2021年度相比，增加…; 比上年增加…) or says
    /// the stated items all changed alike (收、支总计各增加…).
    /// </summary>
    private static bool SubjectlessChange(FigureContext f)
    {
        var clause = f.BlockText.AsSpan(f.SentenceStart, f.Figure.BlockOffset - f.SentenceStart);
        return clause.IndexOf("各增加", StringComparison.Ordinal) >= 0 || clause.IndexOf("各减少", StringComparison.Ordinal) >= 0
            || (clause.StartsWith("与") && clause.IndexOf("相比", StringComparison.Ordinal) >= 0 && f.Figure.Label.Length == 0);
    }

    /// <summary>
    /// A change in percentage points between two stated percentages: 比重为70.7%，比上年同期的69.35%提高1.53个百分点.
    /// </summary>
    private static IEnumerable<ChangeRelation> PointChanges(IReadOnlyList<FigureContext> figures, SentenceIndex sentences)
    {
        foreach (var ctx in figures)
        {
            var f = ctx.Figure;
            if (f.Kind != FigureKind.Points || !f.IsChange || f.Approx)
            {
                continue;
            }

            // Within the item's part of the sentence: after a semicolon another item's shares are compared (…比上年的33.97%
            // 提高1.57个百分点；药品收入…28.88%，比上年下降1.57个百分点).
            var segment = ItemStart(ctx.BlockText, f.BlockOffset);
            var before = sentences.InSentence(f.Sentence).Where(p => p.Figure.BlockOffset < f.BlockOffset && p.Figure.BlockOffset >= segment
                                                                     && p.Figure.Kind == FigureKind.Percent && !p.Figure.IsChange).ToList();
            // 由上年的14.6%下降至11.8%，下降2.8个百分点: the current share is the one reached after the prior, if any.
            var prior = before.LastOrDefault(IsPrior);
            var current = prior is null ? null
                : before.FirstOrDefault(p => p.Figure.BlockOffset > prior.Figure.BlockOffset && !IsPrior(p))
                  ?? before.LastOrDefault(p => p.Figure.BlockOffset < prior.Figure.BlockOffset && !IsPrior(p));
            if (prior is not null && current is not null)
            {
                yield return new ChangeRelation(current.Figure, prior.Figure, f, null, f.Direction);
            }
        }
    }

    /// <summary>True when <paramref name="f"/> is stated for an earlier period than <paramref name="current"/>.</summary>
    private static bool IsEarlier(FigureContext f, FigureContext current)
    {
        if (IsPrior(f))
        {
            return !IsPrior(current);
        }

        return f.Figure.Period.Length == 5 && current.Figure.Period.Length == 5
               && string.CompareOrdinal(f.Figure.Period, current.Figure.Period) < 0;
    }

    /// <summary>A figure stated for the earlier period: 上年, 去年, 同期, or 比2018年… before it in its clause.</summary>
    private static bool IsPrior(FigureContext f)
    {
        var clause = f.BlockText.AsSpan(f.ClauseStart, Math.Max(0, f.Figure.BlockOffset - f.ClauseStart));

        // 由上年的14.6%下降至11.8%: the 上年 before an earlier amount of the clause dates that amount, not this one.
        var earlier = clause.LastIndexOfAny("%％元");
        if (earlier >= 0)
        {
            clause = clause[(earlier + 1)..];
        }

        if (f.Figure.Period == FigureExtractor.SpanStartPeriod || SaysLastYear(clause) || clause.IndexOf("去年", StringComparison.Ordinal) >= 0
            || clause.IndexOf("上一年", StringComparison.Ordinal) >= 0 || clause.IndexOf("同期", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        // …增长7.81%（2023年度为4263.92万元）: a year's amount set in brackets beside this year's is the earlier one.
        if (f.ParenStart >= 0 && f.ParenStart < f.Figure.BlockOffset && YearIs().IsMatch(f.BlockText.AsSpan(f.ParenStart + 1, f.Figure.BlockOffset - f.ParenStart - 1)))
        {
            return true;
        }

        var compare = clause.IndexOfAny('比', '较');
        if (compare >= 0 && (compare + 1 >= clause.Length || clause[compare + 1] is not ('例' or '重' or '率' or '好' or '大' or '为')))
        {
            return true;
        }

        // 与2022年度的3529.06万元相比: the amount compared with.
        var after = f.BlockOffsetEnd();
        return (clause.StartsWith("与") || clause.StartsWith("同")) && TextSpans.StartsWith(f.BlockText, after, "相比");
    }

    [GeneratedRegex(@"^\s*(?:上年|\d{4}年度?)(?:决算数?|决算)?(?:为|是)\s*$")]
    private static partial Regex YearIs();

    /// <summary>120家的105.0%: an amount followed by 的 and a percentage is the base of a ratio, not a part.</summary>
    private static bool IsRatioBase(FigureContext f)
    {
        var text = f.BlockText;
        var after = f.BlockOffsetEnd();
        if (after + 1 >= text.Length || text[after] != '的')
        {
            return false;
        }

        // 32.00亿元的101.8% / 380.72亿元的比重为80.5%: a percentage in the rest of the clause.
        for (var i = after + 1; i < text.Length && i - after <= 12 && !TextSpans.IsClauseEnd(text[i]); i++)
        {
            if (text[i] is '%' or '％')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An expenditure is never part of a revenue total, nor a revenue of an expenditure total; retired staff are not
    /// part of serving staff (在职教职工156人，其中专任教师142人，退休人员64人).
    /// </summary>
    /// <summary>
    /// A budgeted amount (一般公共预算项目预算8000万元, …预算数): not a part of an actual total stated beside it. The name
    /// of one of the four budgets (一般公共预算80万元 in a list of income by budget) is no budgeted amount.
    /// </summary>
    private static bool IsBudgetAmount(string label)
    {
        if (!(label.EndsWith("预算", StringComparison.Ordinal) || label.EndsWith("预算数", StringComparison.Ordinal)))
        {
            return false;
        }

        var name = label.EndsWith("数", StringComparison.Ordinal) ? label[..^1] : label;
        return !(name.EndsWith("一般公共预算", StringComparison.Ordinal) && name.Length <= 8 || name.EndsWith("政府性基金预算", StringComparison.Ordinal)
                 || name.EndsWith("国有资本经营预算", StringComparison.Ordinal) || name.EndsWith("社会保险基金预算", StringComparison.Ordinal));
    }

    /// <summary>
    /// Which budget an amount is of, when a sentence states several of one item: 年初 (年初预算) or 调整 (调整后,
    /// 调整预算, 调整为). An adjusted total's parts are the adjusted amounts, not the items' budgets before.
    /// </summary>
    private static string BudgetStage(string label) =>
        label.Contains("年初", StringComparison.Ordinal) ? "年初" : label.Contains("调整", StringComparison.Ordinal) ? "调整" : "";

    private static bool SameSide(string totalLabel, string partLabel)
    {
        if (totalLabel.Contains("在职", StringComparison.Ordinal) && partLabel.Contains("退休", StringComparison.Ordinal)
            || totalLabel.Contains("退休", StringComparison.Ordinal) && partLabel.Contains("在职", StringComparison.Ordinal))
        {
            return false;
        }

        var totalIncome = totalLabel.Contains("收入", StringComparison.Ordinal);
        var totalSpend = totalLabel.Contains("支出", StringComparison.Ordinal);
        var partIncome = partLabel.Contains("收入", StringComparison.Ordinal);
        var partSpend = partLabel.Contains("支出", StringComparison.Ordinal);
        return !(totalIncome && !totalSpend && partSpend && !partIncome || totalSpend && !totalIncome && partIncome && !partSpend);
    }

    /// <summary>
    /// A planned or target amount (计划投资, 年度目标, 目标任务): 计划/目标 at the start of the label or after a period
    /// (年度计划, 全年目标), or at its end. Inside a programme's name (雨露计划补助, 农村义务教育学生营养改善计划补助) it
    /// names no plan.
    /// </summary>
    private static bool IsPlan(string label)
    {
        foreach (var word in (ReadOnlySpan<string>)["计划", "目标"])
        {
            var at = label.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var before = label.AsSpan(0, at);
            if (at == 0 || before.EndsWith("年度") || before.EndsWith("全年") || before.EndsWith("本年") || before.EndsWith("当年") || before.EndsWith("年初")
                || before.EndsWith("原") || before.EndsWith("半年") || before.EndsWith("月") || before.EndsWith("季度") || before.EndsWith("期")
                || label.EndsWith(word, StringComparison.Ordinal) || label.EndsWith(word + "数", StringComparison.Ordinal)
                || label.EndsWith(word + "值", StringComparison.Ordinal) || label.AsSpan(at + 2).StartsWith("任务") || label.AsSpan(at + 2).StartsWith("投资"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the parts are the complete parts of a known budget structure (基本支出 + 项目支出).</summary>
    private static bool CoversStructure(Figure total, List<FigureContext> parts)
    {
        foreach (var structure in Structures)
        {
            if (structure.IsTotal(total.Label) && parts.Count == structure.Parts.Length
                && structure.Parts.All(isPart => parts.Any(p => isPart(p.Figure.Label))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>上年 as a period, not as the name of this year's item 上年结转 / 上年结余 (money carried over from last year).</summary>
    private static bool SaysLastYear(ReadOnlySpan<char> clause)
    {
        for (var at = clause.IndexOf("上年", StringComparison.Ordinal); at >= 0;)
        {
            var rest = clause[(at + 2)..];
            if (!(rest.StartsWith("结转") || rest.StartsWith("结余") || rest.StartsWith("末结转") || rest.StartsWith("末结余") || rest.StartsWith("度结转")
                  || at > 0 && clause[at - 1] == '加'))
            {
                return true;
            }

            var next = rest.IndexOf("上年", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 2 + next;
        }

        return false;
    }

    /// <summary>Per-head and average amounts (人均, 平均, 单价) and rates do not add up to totals.</summary>
    internal static bool IsAdditive(Figure f) =>
        !(PerUnit.Any(w => f.Label.Contains(w, StringComparison.Ordinal))
          || f.Label.Contains('每') || f.Label.Contains("比重", StringComparison.Ordinal) || f.Label.Contains("标准", StringComparison.Ordinal));

    /// <summary>Rates per head, per pupil, per household… (人均, 生均公用经费720元): amounts that do not add up.</summary>
    private static readonly string[] PerUnit = ["人均", "平均", "生均", "户均", "亩均", "床均", "次均", "日均", "月均", "单价", "均价"];

    /// <summary>
    /// 占X%: the share of the amount before it (or of the item named before 占 when its amount was stated earlier) in
    /// the whole named after 占; a bare 占X% takes the whole named by an earlier share of its sentence, else the total
    /// of the part's breakdown.
    /// </summary>
    /// <summary>
    /// A sentence that opens with the whole it breaks down, stated before (非税收入中，国有资源（资产）有偿使用收入416.20万元，
    /// 行政事业性收费收入98.36万元，罚没收入53.60万元，其他非税收入200.00万元): its amounts, up to a nested 其中, are that
    /// whole's parts when they come within reach of it (a sentence naming only some parts says nothing).
    /// </summary>
    private static IEnumerable<BreakdownRelation> OpeningBreakdowns(IReadOnlyList<FigureContext> figures, SentenceIndex sentences)
    {
        var byLabel = new Dictionary<string, Figure>(StringComparer.Ordinal);
        var byTail = new Dictionary<(char, char), List<Figure>>();
        var lastSentence = -1;
        foreach (var ctx in figures)
        {
            var f = ctx.Figure;
            if (f.Sentence != lastSentence)
            {
                lastSentence = f.Sentence;
                if (OpeningWholeName(ctx) is { Length: >= 2 } name && FindWhole(byLabel, byTail, name, f.Sentence) is { } whole && whole.BaseValue > 0)
                {
                    var text = ctx.BlockText;
                    var nested = text.IndexOf("其中", ctx.SentenceStart, ctx.SentenceEnd - ctx.SentenceStart, StringComparison.Ordinal);
                    var parts = sentences.InSentence(f.Sentence)
                        .Where(p => (nested < 0 || p.Figure.BlockOffset < nested) && IsLevel(p) && !IsPrior(p) && !IsRatioBase(p) && p.ParenStart < 0
                                    && SameFamily(p.Figure, whole) && IsAdditive(p.Figure))
                        .Select(p => p.Figure).ToList();
                    var sum = parts.Sum(p => p.BaseValue);
                    if (parts.Count >= 2 && Math.Abs(sum - whole.BaseValue) <= whole.BaseValue * ImplicitReach)
                    {
                        yield return new BreakdownRelation(whole, parts, BreakdownSource.Explicit, false);
                    }
                }
            }

            RememberWhole(ctx, byLabel, byTail);
        }
    }

    /// <summary>
    /// Where the item of a list holding offset <paramref name="at"/> starts: after the last semicolon before it (or colon,
    /// for the first item of 其中：A…；B…), else at 0. The items of one sentence (…减少3.54万元；比上年决算数…) each compare
    /// their own amounts.
    /// </summary>
    private static int ItemStart(string text, int at, bool orColon = false) =>
        (orColon ? text.LastIndexOfAny(['；', ';', '：', ':'], Math.Max(0, at - 1)) : text.LastIndexOfAny(['；', ';'], Math.Max(0, at - 1))) + 1;

    private static int SemicolonEnd(string text, int from, int end)
    {
        var at = text.IndexOfAny(['；', ';'], from, end - from);
        return at < 0 ? end : at;
    }

    /// <summary>
    /// The kind of list marker a sentence opens with, "" for none: （ for （二）, 、 for 二、, . for 2. or 2、, ① for
    /// circled numbers, 是 for 二是. Items of one list carry the same kind.
    /// </summary>
    private static string ListMarkerKind(FigureContext ctx)
    {
        var text = ctx.BlockText;
        var start = TextSpans.SkipSpaces(text, ctx.SentenceStart, ctx.Figure.BlockOffset);
        var end = TextSpans.SkipListMarker(text, ctx.SentenceStart, ctx.Figure.BlockOffset);
        if (end <= start)
        {
            return "";
        }

        var marker = text.AsSpan(start, end - start).Trim();
        return marker[0] is '（' or '(' ? "（"
            : marker[0] is >= '①' and <= '⑳' ? "①"
            : marker.EndsWith("是") ? "是"
            : NumberText.IsArabicDigit(marker[0]) ? "."
            : "、";
    }

    /// <summary>The whole a sentence opens with: (在)法人单位中，… / 全县常住人口中，… → 法人单位 / 全县常住人口; else "".</summary>
    private static string OpeningWholeName(FigureContext ctx)
    {
        var text = ctx.BlockText;
        var start = TextSpans.SkipListMarker(text, ctx.SentenceStart, ctx.Figure.BlockOffset);
        if (start < text.Length && text[start] == '在')
        {
            start++;
        }

        for (var i = start; i < Math.Min(ctx.Figure.BlockOffset, start + 20); i++)
        {
            if (text[i] is '，' or '：' or ',' or ':' or '；' || NumberText.IsArabicDigit(text[i]))
            {
                return i > start + 2 && text[i - 1] == '中' && text[i] is '，' or ',' or '：' or ':' ? text[start..(i - 1)] : "";
            }
        }

        return "";
    }

    /// <param name="partsOf">Filled with the part each share was found to be of, whether or not its whole was found.</param>
    private static IEnumerable<ShareRelation> Shares(IReadOnlyList<FigureContext> figures, SentenceIndex sentences, List<BreakdownRelation> breakdowns, Dictionary<Figure, Figure> partsOf)
    {
        var totalOf = new Dictionary<Figure, Figure>(ReferenceEqualityComparer.Instance);
        foreach (var b in breakdowns)
        {
            foreach (var p in b.Parts)
            {
                totalOf.TryAdd(p, b.Total);
            }
        }

        var totals = new HashSet<Figure>(totalOf.Values, ReferenceEqualityComparer.Instance);

        // The latest level figure by label, and by every suffix of its label (总支出 finds 本年总支出).
        var byLabel = new Dictionary<string, Figure>(StringComparer.Ordinal);
        var byTail = new Dictionary<(char, char), List<Figure>>();
        var bare = new List<(Figure Part, Figure Share)>();
        var namedWholeSentence = -1;
        var namedWholeListed = "";
        Figure? namedWhole = null;
        var namedWholeInferred = false;
        foreach (var ctx in figures)
        {
            var f = ctx.Figure;
            // 约占1.9%: an approximate share checks nothing.
            if (f.Kind == FigureKind.Percent && !f.IsChange && ShareOf(ctx) is { } zhan
                && !(zhan > 0 && ctx.BlockText[zhan - 1] is '约' or '近' or '逾'))
            {
                var text = ctx.BlockText;
                // 税收收入占一般公共预算收入的比重为67.21%: the part is named before 占, its amount stated earlier;
                // 基本支出400万元，占80%: the part is the amount right before.
                var partName = Labels.Before(text, ctx.ClauseStart, zhan);
                var sentence = sentences.InSentence(f.Sentence);
                // A part named before 占 is looked up nearby only (其他 six lines up is another 其他), never by a bare 其他.
                var part = partName.Length >= 2
                    ? partName is "其他" or "其它" or "合计" or "小计" ? null : FindWhole(byLabel, byTail, partName) is { } named && f.Sentence - named.Sentence <= 3 ? named
                        // 提取住房公积金68.26亿元，…；提取额占当年缴存额的78.96%: the part named by its stem in its own sentence.
                        : partName.Length <= 4 ? sentence.LastOrDefault(p => p.Figure.BlockOffset < zhan && IsLevel(p) && !IsPrior(p) && !p.Figure.Approx
                                                                              && p.Figure.Label.Contains(partName[..2], StringComparison.Ordinal))?.Figure : null
                    // 财政拨款收入9,386.74万元（一般公共预算财政拨款9,236.74万元，…150.00万元），占87.77%: not an amount of
                    // the bracket closed before 占.
                    : sentence.LastOrDefault(p => p.Figure.BlockOffset < zhan && p.Figure.BlockOffset >= ctx.ClauseStart - 60 && IsLevel(p) && !IsPrior(p)
                                                  && !IsInsideParenBefore(p, zhan))?.Figure;

                var wholeName = WholeName(text, zhan + 1, f.BlockOffset);
                var inferred = false;
                var stated = sentence.LastOrDefault(w => w.Figure.BlockOffset > zhan && w.Figure.BlockOffset < f.BlockOffset && IsLevel(w));
                Figure? whole = null;
                if (stated is not null)
                {
                    // 占全县行政村总数135个的93.3%: the whole is stated right there.
                    whole = stated.Figure;
                }
                else if (wholeName.Length >= 2)
                {
                    whole = FindWhole(byLabel, byTail, wholeName);
                    // 本学期经费支出合计…，其中：人员经费…，占经费支出的64.9%: the list's total, named in short.
                    if (whole is null && part is not null && totalOf.TryGetValue(part, out var listed)
                        && listed.Label.Contains(wholeName.EndsWith("合计", StringComparison.Ordinal) || wholeName.EndsWith("总计", StringComparison.Ordinal) ? wholeName[..^2] : wholeName, StringComparison.Ordinal))
                    {
                        whole = listed;
                    }

                    // 占支出总额的54.1% with no amount labelled 支出总额 or 支出: the nearest amount a few sentences up whose
                    // label ends with the name's core (彩票公益金支出) is the likely whole, and only likely.
                    if (whole is null && part is not null && LooseWhole(byTail, totals, wholeName, part, f) is { } loose)
                    {
                        whole = loose;
                        inferred = true;
                    }

                    namedWhole = whole;
                    namedWholeInferred = inferred;
                    namedWholeSentence = f.Sentence;
                    namedWholeListed = ListMarkerKind(ctx);
                }
                else if (namedWholeSentence == f.Sentence)
                {
                    whole = namedWhole;
                    inferred = namedWholeInferred;
                }
                else if (part is not null && namedWhole is not null && f.Sentence - namedWholeSentence <= 4 && namedWholeListed.Length > 0 && namedWholeListed == ListMarkerKind(ctx)
                         && namedWhole.BaseValue > part.BaseValue && SameFamily(namedWhole, part)
                         // （二）结构情况：一般公共服务支出…，占79.02%；社会保障和就业支出…，占12.03%；…: a list item holding a
                         // run of shares of its own describes another whole, left to the run's siblings.
                         && sentence.Count(x => x.Figure.Kind == FigureKind.Percent && ShareOf(x) is not null) < 3)
                {
                    // （一）国内增值税完成30.86亿元，占全口径税收的44.9%。（二）企业所得税完成12.48亿元，占18.2%: the items of one
                    // list share the whole the first one named.
                    whole = namedWhole;
                    inferred = namedWholeInferred;
                }
                else if (part is not null && OpeningWholeName(ctx) is { Length: >= 2 } opening
                         && FindWhole(byLabel, byTail, opening, f.Sentence) is { } openingWhole
                         && openingWhole.BaseValue > part.BaseValue && SameFamily(openingWhole, part))
                {
                    // 全县常住人口中，男性人口为248110人，占51.02%: the sentence names the whole it breaks down, stated before.
                    whole = openingWhole;
                }
                else if (part is not null && totalOf.TryGetValue(part, out var t))
                {
                    // 教职工2,186人，其中专任教师1,642人，具有高级职称的专任教师786人，占47.87%: a bare 占 may be of the
                    // list's total or of an amount of the sentence the part belongs to; the one the share fits.
                    whole = Fits(part, t, f) ? t
                        : sentence.Where(w => w.Figure.BlockOffset < part.BlockOffset && IsLevel(w) && SameFamily(w.Figure, part) && w.Figure.BaseValue > part.BaseValue)
                            .Select(w => w.Figure).LastOrDefault(w => Fits(part, w, f)) ?? t;
                }

                // 其中：财政拨款收入…，占本年收入的98.56%；其他收入126.40万元，占1.44%: when the named whole is read
                // wrongly, the part's own list total is the whole the share fits.
                if (whole is not null && part is not null && !Fits(part, whole, f) && totalOf.TryGetValue(part, out var listTotal) && Fits(part, listTotal, f))
                {
                    whole = listTotal;
                }

                if (partName.Length < 2 && whole is not null && part is not null && !Fits(part, whole, f))
                {
                    // An unnamed part is the amount before 占 in the sentence, which is not always the nearest one
                    // (…支出2,874.18万元，由…收入2,862.30万元和…结转11.88万元安排，占本年支出合计的87.13%): of the
                    // sentence's amounts, one whose share the text states is the one meant.
                    part = sentence.Where(p => p.Figure.BlockOffset < zhan && IsLevel(p) && SameFamily(p.Figure, whole!))
                        .Select(p => p.Figure).FirstOrDefault(p => Fits(p, whole!, f)) ?? part;
                }

                // A whole smaller than its part cannot hold a share of at most 100%: the name found the wrong amount.
                if (whole is not null && part is not null && whole.BaseValue < part.BaseValue && f.Value <= 100m)
                {
                    whole = null;
                }

                if (part is not null)
                {
                    partsOf[f] = part;
                }

                // A total over the years (累计提取总额) is no whole of this year's amount, whatever name the share gives it.
                if (part is not null && whole is not null && !ReferenceEquals(whole, part) && SameFamily(whole, part) && (!whole.Cumulative || part.Cumulative))
                {
                    yield return new ShareRelation(part, whole, f) { Inferred = inferred && ReferenceEquals(whole, namedWhole) };
                }
                else if (part is not null && whole is null && wholeName.Length < 2 && !f.Approx && !part.Approx)
                {
                    bare.Add((part, f));
                }
            }

            RememberWhole(ctx, byLabel, byTail);
        }

        foreach (var relation in SiblingShares(bare, sentences))
        {
            yield return relation;
        }
    }

    /// <summary>
    /// Bare shares of one run of sentences (（一）返还性收入12,864万元，占1.81%；（二）…630,100万元，占88.57%；…) whose whole
    /// the text leaves implied: an amount stated just before that all of them but one fit is their whole, and the one
    /// that does not fit it is checked against it. Two fitting siblings and a single such amount are needed.
    /// </summary>
    private static IEnumerable<ShareRelation> SiblingShares(List<(Figure Part, Figure Share)> bare, SentenceIndex sentences)
    {
        var start = 0;
        while (start < bare.Count)
        {
            var end = start + 1;
            while (end < bare.Count && bare[end].Share.Sentence - bare[end - 1].Share.Sentence <= 2)
            {
                end++;
            }

            var run = bare.GetRange(start, end - start);
            start = end;
            if (run.Count < 3)
            {
                continue;
            }

            var parts = new HashSet<Figure>(run.Select(r => r.Part), ReferenceEqualityComparer.Instance);
            var largest = run.Max(r => r.Part.BaseValue);
            var candidates = Enumerable.Range(run[0].Share.Sentence - 4, run[^1].Share.Sentence - run[0].Share.Sentence + 5)
                .SelectMany(sentences.InSentence)
                .Where(c => IsLevel(c) && !IsPrior(c) && !IsRatioBase(c) && !c.Figure.Approx && !parts.Contains(c.Figure)
                            && c.Figure.BaseValue > largest && SameFamily(c.Figure, run[0].Part))
                .Select(c => c.Figure).ToList();
            var fitting = candidates.Select(w => (Whole: w, Fit: run.Count(r => SameFamily(r.Part, w) && Fits(r.Part, w, r.Share))))
                .Where(x => x.Fit >= 2 && x.Fit >= run.Count - 1).ToList();
            if (fitting.Count == 0 || fitting.Select(x => x.Whole.BaseValue).Distinct().Count() > 1)
            {
                continue;
            }

            var whole = fitting[0].Whole;
            foreach (var (part, share) in run.Where(r => !Fits(r.Part, whole, r.Share)))
            {
                yield return new ShareRelation(part, whole, share);
            }
        }
    }

    /// <summary>
    /// Indexes an amount that can be named as a whole later (占一般公共预算支出的…, 非税收入中，…): this period's amounts,
    /// not earlier ones, not the bases of ratios; by label and by the label's last two characters.
    /// </summary>
    private static void RememberWhole(FigureContext ctx, Dictionary<string, Figure> byLabel, Dictionary<(char, char), List<Figure>> byTail)
    {
        var f = ctx.Figure;
        if (!IsLevel(ctx) || f.Label.Length < 2 || IsPrior(ctx) || IsRatioBase(ctx) || !IsAdditive(f))
        {
            return;
        }

        byLabel[f.Label] = f;
        var tail = (f.Label[^2], f.Label[^1]);
        if (!byTail.TryGetValue(tail, out var same))
        {
            byTail[tail] = same = [];
        }

        same.Add(f);
    }

    /// <summary>
    /// For a share whose whole is named but not found (占支出总额的…): the amounts of the last eight sentences larger than
    /// the part whose label ends with the name's core (支出 for 全年支出总额); the one the share fits, else the nearest.
    /// </summary>
    private static Figure? LooseWhole(Dictionary<(char, char), List<Figure>> byTail, HashSet<Figure> totals, string name, Figure part, Figure share)
    {
        var core = name;
        var trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (var w in (ReadOnlySpan<string>)["本年", "全年", "当年", "年度", "全县", "全市", "全区", "全省", "全镇", "全部"])
            {
                if (core.Length > w.Length + 1 && core.StartsWith(w, StringComparison.Ordinal))
                {
                    core = core[w.Length..];
                    trimmed = true;
                }
            }

            foreach (var w in TotalWords)
            {
                if (core.Length > w.Length + 1 && core.EndsWith(w, StringComparison.Ordinal))
                {
                    core = core[..^w.Length];
                    trimmed = true;
                }
            }
        }

        if (core.Length < 2 || !byTail.TryGetValue((core[^2], core[^1]), out var candidates))
        {
            return null;
        }

        Figure? nearest = null;
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (share.Sentence - c.Sentence > 8)
            {
                break;
            }

            if (ReferenceEquals(c, part) || c.Sentence > share.Sentence || c.BaseValue <= part.BaseValue || c.Approx || !SameFamily(c, part)
                || c.Cumulative && !part.Cumulative || !Labels.EndsWithWord(c.Label, core))
            {
                continue;
            }

            // 民营企业进出口 or 高中阶段在校生 is a part of what 全市进出口总值 or 全县在校生总数 names; a whole is labelled by the
            // core alone (with 全县, 年末…), by a total word, or breaks down into parts of its own.
            var qualifier = c.Label[..^core.Length];
            if (!IsGeneralQualifier(qualifier) && !totals.Contains(c) && !IsTotalLabel(c.Label))
            {
                continue;
            }

            if (Fits(part, c, share))
            {
                return c;
            }

            nearest ??= c;
        }

        return nearest;
    }

    /// <summary>Words that name a total: 支出合计, 进出口总值, 在校生总数.</summary>
    private static readonly string[] TotalWords = ["合计", "总计", "总额", "总值", "总量", "总数", "总规模"];

    private static bool IsTotalLabel(string label)
    {
        foreach (var w in TotalWords)
        {
            if (label.EndsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that place or date an item without changing it: 全市常住人口 is the 常住人口.</summary>
    private static bool IsGeneralQualifier(string prefix)
    {
        var rest = prefix.AsSpan();
        var trimmed = true;
        while (trimmed && rest.Length > 0)
        {
            trimmed = false;
            foreach (var w in (ReadOnlySpan<string>)["年末", "年初", "全市", "全县", "全区", "全省", "全州", "全镇", "全年", "本年", "全部", "全", "总"])
            {
                if (rest.StartsWith(w))
                {
                    rest = rest[w.Length..];
                    trimmed = true;
                }
            }
        }

        return rest.Length == 0;
    }

    /// <summary>True when part ÷ whole is the stated share at its written precision (rounded or truncated).</summary>
    /// <summary>Whether <paramref name="share"/> (rounded or truncated) is part ÷ whole at the written precision.</summary>
    internal static bool Fits(Figure part, Figure whole, Figure share)
    {
        var ratio = Reconciliation.Interval.Divide(Reconciliation.Interval.Of(part), Reconciliation.Interval.Of(whole));
        return ratio is { } r && r.Times(100m).Overlaps(Reconciliation.Interval.RoundedOrTruncated(share.Value));
    }

    /// <summary>The offset of the 占 that makes a percentage a share (within its clause, at most 20 characters back).</summary>
    private static int? ShareOf(FigureContext ctx)
    {
        var text = ctx.BlockText;
        var offset = ctx.Figure.BlockOffset;
        var from = Math.Max(ctx.ClauseStart, offset - 20);
        var zhan = offset > from ? text.LastIndexOf('占', offset - 1, offset - from) : -1;
        return zhan >= 0 ? zhan : null;
    }

    /// <summary>
    /// The figure a share's whole names: the same label, a label ending with the name (本年支出合计 for 支出合计), or
    /// the longest label the name ends with; the latest such figure when several match.
    /// </summary>
    /// <param name="beforeSentence">Only amounts stated before this sentence (a whole its own parts' sentence names).</param>
    private static Figure? FindWhole(Dictionary<string, Figure> byLabel, Dictionary<(char, char), List<Figure>> byTail, string name, int beforeSentence = int.MaxValue)
    {
        if (byLabel.TryGetValue(name, out var whole) && whole.Sentence < beforeSentence)
        {
            return whole;
        }

        // 占项目支出预算的100% in a budget disclosure, whose 项目支出15,477.22万元 is the budget: the item itself, before
        // the shorter 支出预算 the name also ends with.
        if (name.Length > 4 && name.EndsWith("预算", StringComparison.Ordinal) && byLabel.TryGetValue(name[..^2], out whole) && whole.Sentence < beforeSentence)
        {
            return whole;
        }

        // 占全口径税收的44.9% of 全口径税收收入68.74亿元.
        if (name.EndsWith("税收", StringComparison.Ordinal) && FindWhole(byLabel, byTail, name + "收入", beforeSentence) is { } revenue)
        {
            return revenue;
        }

        // 占本年收入的98.56% of 本年收入合计8,768.75万元 (labelled 收入合计): a whole named with or without its total
        // word and the year's 本年/全年.
        var bare = name.StartsWith("本年", StringComparison.Ordinal) || name.StartsWith("全年", StringComparison.Ordinal) ? name[2..] : name;
        foreach (var stem in bare.Length >= 2 && bare != name ? [name, bare] : (string[])[name])
        {
            foreach (var totalWord in TotalWords)
            {
                if (byLabel.TryGetValue(stem + totalWord, out whole)
                    || stem.Length > totalWord.Length + 1 && stem.EndsWith(totalWord, StringComparison.Ordinal) && byLabel.TryGetValue(stem[..^totalWord.Length], out whole))
                {
                    return whole;
                }
            }
        }

        // A longer label ending with the name: one qualified only by place or time (全市常住人口) is the item itself;
        // two other items ending alike (城镇常住人口, 乡村常住人口) make the bare name ambiguous.
        Figure? best = null;
        if (name.Length >= 2 && byTail.TryGetValue((name[^2], name[^1]), out var candidates))
        {
            Figure? general = null;
            Figure? other = null;
            var ambiguous = false;
            foreach (var c in candidates)
            {
                if (c.Label.Length <= name.Length || !Labels.EndsWithWord(c.Label, name) || c.Sentence >= beforeSentence)
                {
                    continue;
                }

                if (IsGeneralQualifier(c.Label[..^name.Length]))
                {
                    general = c;
                }
                else
                {
                    ambiguous |= other is not null && other.Label != c.Label;
                    other = c;
                }
            }

            best = general ?? (ambiguous ? null : other);
        }

        // Or a shorter label the name ends with (本年一般公共预算收入 finds 一般公共预算收入).
        for (var k = 1; k <= name.Length - 2; k++)
        {
            if (byLabel.TryGetValue(name[k..], out var shorter) && shorter.Sentence < beforeSentence && (best is null || shorter.Sentence > best.Sentence))
            {
                best = shorter;
            }
        }

        return best;
    }

    /// <summary>The whole named between 占 and the share: 占总支出的 → 总支出; 占比 / 占 → "".</summary>
    private static string WholeName(string text, int from, int to)
    {
        var end = to;
        var trimmed = true;
        while (trimmed && end > from)
        {
            trimmed = false;
            while (end > from && text[end - 1] is '的' or '为' or ' ' or '达' or '约' or '了' or '是')
            {
                end--;
                trimmed = true;
            }

            foreach (var w in (ReadOnlySpan<string>)["比重", "比例", "份额", "分别"])
            {
                if (end - from >= w.Length && TextSpans.EndsWith(text, end, w))
                {
                    end -= w.Length;
                    trimmed = true;
                }
            }
        }

        var start = from;
        if (start < end && text[start] == '比')
        {
            start++;
        }

        foreach (var w in (ReadOnlySpan<string>)["全年", "本年", "当年", "全部", "年度"])
        {
            if (TextSpans.StartsWith(text, start, w) && end - start > w.Length)
            {
                start += w.Length;
            }
        }

        return start < end ? Labels.Normalise(text.AsSpan(start, end - start)) : "";
    }

    private static readonly string[] RateWords = ["执行率", "完成率", "到位率", "支出率", "使用率", "支付率", "兑现率", "完成比例", "执行比例"];

    /// <summary>
    /// 执行率 = 执行数 / 预算数 (or 完成 / 计划 for counts), and “完成年初预算的93.1%”, from the amounts of the rate's
    /// sentence and the one before. The actual amount is a total rather than one of its parts; the base is the one
    /// the wording names (年初预算), else the adjusted budget when both are stated.
    /// </summary>
    private static IEnumerable<RateRelation> Rates(IReadOnlyList<FigureContext> figures, SentenceIndex sentences, HashSet<Figure> inBreakdown)
    {
        foreach (var ctx in figures)
        {
            var f = ctx.Figure;
            if (f.Kind != FigureKind.Percent || f.IsChange)
            {
                continue;
            }

            var clause = ctx.BlockText.AsSpan(ctx.ClauseStart, f.BlockOffset - ctx.ClauseStart).TrimEnd();
            // 年初预算50.00万元，支出决算48.30万元，完成94.60%: the verb alone names the rate.
            var named = RateWords.Any(w => f.Label.Contains(w, StringComparison.Ordinal))
                        || clause is "完成" or "完成了" or "执行";
            // 完成年初预算的93.1% / 为调整预算的101.8%: a share of a named base, right before the figure.
            var ofBudget = clause.EndsWith("的") && (clause.IndexOf("完成", StringComparison.Ordinal) >= 0 || clause.IndexOf("达到", StringComparison.Ordinal) >= 0 || clause.StartsWith("为"))
                           && (clause.IndexOf("预算", StringComparison.Ordinal) >= 0 || clause.IndexOf("计划", StringComparison.Ordinal) >= 0 || clause.IndexOf("目标", StringComparison.Ordinal) >= 0
                               || clause.IndexOf("任务", StringComparison.Ordinal) >= 0);
            // 收入128.64亿元，完成预算124.00亿元的103.7% / 新增就业1,286人，完成目标任务1,200人的107.2%: the base is the
            // amount inside 完成…的, the actual the sentence's amount before that clause.
            if (ofBudget && sentences.InSentence(f.Sentence).LastOrDefault(c => c.Figure.BlockOffset >= ctx.ClauseStart && c.Figure.BlockOffset < f.BlockOffset && IsLevel(c)) is { } stated)
            {
                // Not another base (为调整预算63.37亿元的98.6%，为年初预算…). Across a semicolon the amount right before is
                // another item's (…其中…78家；完成计划目标120家的): then the sentence's subject, its first amount.
                var candidates = sentences.InSentence(f.Sentence).Where(c => c.Figure.BlockOffset < ctx.ClauseStart && IsLevel(c) && !IsPrior(c)
                                                                             && SameFamily(c.Figure, stated.Figure) && !c.Figure.Approx && !IsRatioBase(c)).ToList();
                var actual = candidates.LastOrDefault();
                if (actual is not null && ctx.BlockText.AsSpan(actual.BlockOffsetEnd(), f.BlockOffset - actual.BlockOffsetEnd()).IndexOfAny('；', ';') >= 0)
                {
                    actual = candidates[0];
                }

                if (actual is not null && !stated.Figure.Approx)
                {
                    yield return new RateRelation(f, actual.Figure, stated.Figure);
                }

                continue;
            }

            // 农村改厕目标300户，实际完成320户，完成率106.67%；农村公路养护目标85公里，实际完成86.5公里，完成率101.76%: a rate
            // in a later item of a list whose own item states no amount here (公里 is no figure) is not of the items before.
            // One that names its base (按年初预算计算的支出完成比例) is of the sentence's amounts.
            var item = ItemStart(ctx.BlockText, f.BlockOffset);
            if (item > ctx.SentenceStart && !NamesABase(f.Label) && !sentences.InSentence(f.Sentence).Any(c => c.Figure.BlockOffset >= item && c.Figure.BlockOffset < f.BlockOffset && IsLevel(c)))
            {
                continue;
            }

            if (!named && !ofBudget)
            {
                // 已整改8,126.50万元，整改率86.4%: a rate named after the verb of the amount before it, against the
                // amount before that (审计查出问题金额9,862.40万元).
                if ((DefinedRate(figures, sentences, ctx) ?? StemRate(sentences, f)) is { } stem)
                {
                    yield return stem;
                }

                continue;
            }

            var nearby = sentences.InSentence(f.Sentence - 1).Concat(sentences.InSentence(f.Sentence))
                .Where(c => IsLevel(c) && !IsPrior(c) && c.Figure.BlockIndex == f.BlockIndex && (c.Figure.Sentence < f.Sentence || c.Figure.BlockOffset < f.BlockOffset))
                .ToList();
            // A rate in one item of a list (；政府性基金预算项目预算2000万元，执行900万元，执行率45.0%) is of that item's amounts.
            var segment = ItemStart(ctx.BlockText, f.BlockOffset, orColon: true);
            var own = nearby.Where(c => c.Figure.Sentence == f.Sentence && c.Figure.BlockOffset >= segment).ToList();
            if (segment > ctx.SentenceStart && own.Any(c => IsBase(c.Figure.Label)) && own.Any(c => !IsBase(c.Figure.Label) && IsActual(c.Figure.Label)))
            {
                nearby = own;
            }

            var bases = nearby.Where(c => IsBase(c.Figure.Label)).ToList();
            var actuals = nearby.Where(c => !IsBase(c.Figure.Label) && IsActual(c.Figure.Label)).ToList();
            var numerator = actuals.LastOrDefault(c => !inBreakdown.Contains(c.Figure)) ?? actuals.LastOrDefault();
            // …执行1512.73万元。其中…县级配套资金实际支出264.73万元，执行率78.23%: the sentence's own actual amount, right
            // before the rate, is what the rate is of; one of the sentence before is another item's. So is one whose own
            // sentence states its rate already (…实际支出1,250.00万元，执行率96.15%。…新建高标准农田1.5万亩，完成年度目标任务的100%).
            if (numerator is not null && numerator.Figure.Sentence < f.Sentence
                && (actuals.Any(c => c.Figure.Sentence == f.Sentence)
                    || sentences.InSentence(numerator.Figure.Sentence).Any(c => c.Figure.Kind == FigureKind.Percent && !c.Figure.IsChange && c.Figure.BlockOffset > numerator.Figure.BlockOffset)))
            {
                continue;
            }
            if (numerator is not null && bases.Count == 0 && ofBudget)
            {
                // 城镇新增就业5.5万人，实际新增5.86万人，完成目标的106.5%: the target is the sentence's one other amount
                // of the kind, before the actual.
                // Not across a semicolon: another item's amount is no target of this one (因公出国（境）费…10.76万元…；
                // 公务用车购置及运行费支出决算为7.86万元，完成预算的56.26%).
                var itemStart = ItemStart(ctx.BlockText, numerator.Figure.BlockOffset);
                var others = sentences.InSentence(f.Sentence).Where(c => c.Figure.BlockOffset < numerator.Figure.BlockOffset && c.Figure.BlockOffset >= itemStart
                                                                         && IsLevel(c) && !IsPrior(c) && !c.Figure.Approx && SameFamily(c.Figure, numerator.Figure)).ToList();
                if (others.Count == 1)
                {
                    yield return new RateRelation(f, numerator.Figure, others[0].Figure);
                }

                continue;
            }

            if (numerator is not null && bases.Count == 0 && f.Label.Contains("执行率", StringComparison.Ordinal))
            {
                // 项目实际支出904.62万元，预算执行率为99.9% with the budget a few paragraphs up (年初预算…，调整后全年预算
                // 905.50万元): of the budgets stated in the eight sentences before, a rate that fits none is checked
                // against the adjusted one.
                // The sentence right before counts too when it is another paragraph's (（一）资金到位情况。…下达…2,865.00万元).
                var earlier = Enumerable.Range(1, 8).SelectMany(k => sentences.InSentence(f.Sentence - k))
                    .Where(c => (c.Figure.Sentence < f.Sentence - 1 || c.Figure.BlockIndex != f.BlockIndex)
                                && IsLevel(c) && !IsPrior(c) && !c.Figure.Approx && (IsBase(c.Figure.Label) || IsAllocated(c)) && SameFamily(c.Figure, numerator.Figure)).ToList();
                if (earlier.Count > 0 && !earlier.Any(c => Fits(numerator.Figure, c.Figure, f)))
                {
                    var budget = earlier.LastOrDefault(c => c.Figure.Label.Contains("调整", StringComparison.Ordinal) || c.Figure.Label.Contains("全年", StringComparison.Ordinal))
                                 ?? earlier.OrderBy(c => c.Figure.Sentence).ThenBy(c => c.Figure.BlockIndex).Last();
                    // A budget this far away is only taken where the rate misses it narrowly: far off, the rate is of
                    // something else (中央资金支出800.00万元，执行率100%: of the 中央 share of the budget, not all of it).
                    var computed = numerator.Figure.BaseValue / budget.Figure.BaseValue * 100m;
                    if (budget.Figure.BaseValue > 0 && Math.Abs(computed - f.Value) <= 10m)
                    {
                        yield return new RateRelation(f, numerator.Figure, budget.Figure);
                    }
                }

                continue;
            }

            // 新增就业12,460人，年度目标12,000人，完成率130.8%: with one target and one other amount of its kind in the
            // sentence, that amount is what was achieved, whatever its name.
            if (numerator is null && bases.Count == 1 && f.Label.EndsWith("完成率", StringComparison.Ordinal)
                && nearby.Where(c => c.Figure.Sentence == f.Sentence && !ReferenceEquals(c, bases[0]) && SameFamily(c.Figure, bases[0].Figure) && !c.Figure.Approx).ToList() is [var achieved])
            {
                numerator = achieved;
            }

            if (numerator is null || bases.Count == 0)
            {
                // 发现问题38个，已整改35个，整改完成率92.1%: no budget or target here; the rate's stem names its amount.
                if (bases.Count == 0 && f.Label.Length >= 5 && f.Label.EndsWith("完成率", StringComparison.Ordinal) && StemRate(sentences, f) is { } stemmed)
                {
                    yield return stemmed;
                }

                continue;
            }

            var denominator = bases.LastOrDefault(c => NamesSameBase(f.Label, c.Figure.Label))
                              ?? bases.LastOrDefault(c => c.Figure.Label.Contains("调整", StringComparison.Ordinal) || c.Figure.Label.Contains("全年", StringComparison.Ordinal))
                              ?? bases[^1];
            // 县级配套资金实际支出264.73万元，执行率78.23% is of the 县级 share of the budget, not of the 全年预算数.
            if (SameFamily(numerator.Figure, denominator.Figure) && FundLevel(numerator.Figure.Label) == FundLevel(denominator.Figure.Label))
            {
                yield return new RateRelation(f, numerator.Figure, denominator.Figure);
            }
        }
    }

    /// <summary>The level of government whose funds a label names (中央资金, 省级补助, 县级配套资金), or "".</summary>
    private static string FundLevel(string label)
    {
        foreach (var w in (ReadOnlySpan<string>)["中央", "省级", "市级", "县级", "区级", "乡级", "镇级", "配套"])
        {
            if (label.Contains(w, StringComparison.Ordinal))
            {
                return w;
            }
        }

        return "";
    }

    /// <summary>An amount allocated to be spent (共下达就业补助资金2,865.00万元, 安排资金…): a budget in all but name.</summary>
    private static bool IsAllocated(FigureContext c)
    {
        var clause = c.BlockText.AsSpan(c.ClauseStart, c.Figure.BlockOffset - c.ClauseStart);
        return clause.IndexOf("下达", StringComparison.Ordinal) >= 0 || clause.IndexOf("安排", StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// A rate whose two amounts its definition names, whatever the sentence says: rate = numerator ÷ denominator. The
    /// numerator may go by several names (城镇人口, 城镇常住人口).
    /// </summary>
    private sealed record RateDefinition(string Rate, string[] Numerator, string Denominator);

    /// <summary>
    /// Well-known rates of public reports whose definition is fixed by the reporting template: 个人住房贷款率 =
    /// 个人住房贷款余额 ÷ 住房公积金缴存余额 (住房公积金年度报告).
    /// </summary>
    private static readonly RateDefinition[] RateDefinitions =
    [
        new("个人住房贷款率", ["个人住房贷款余额"], "缴存余额"),
        // 常住人口33.58万人。其中，城镇人口17.26万人，…城镇化率51.40% (统计公报; 户籍人口城镇化率 is of another base).
        new("城镇化率", ["城镇人口", "城镇常住人口"], "常住人口"),
    ];

    /// <summary>
    /// A defined rate (个人住房贷款余额98.64亿元，个人住房贷款率为72.05%): its numerator stated before it in its sentence,
    /// its denominator the latest amount of that name before it (缴存余额142.86亿元 two paragraphs up), both this
    /// period's and of the same period.
    /// </summary>
    private static RateRelation? DefinedRate(IReadOnlyList<FigureContext> figures, SentenceIndex sentences, FigureContext rate)
    {
        var definition = RateDefinitions.FirstOrDefault(d => rate.Figure.Label.EndsWith(d.Rate, StringComparison.Ordinal));
        if (definition is null || rate.Figure.Label.Contains("户籍", StringComparison.Ordinal))
        {
            return null;
        }

        // In its sentence, or the one before in its paragraph (…其中城镇常住人口29.17万人，乡村常住人口23.19万人。常住人口城镇化率为55.71%).
        var numerator = sentences.InSentence(rate.Figure.Sentence - 1).Where(c => c.Figure.BlockIndex == rate.Figure.BlockIndex)
            .Concat(sentences.InSentence(rate.Figure.Sentence))
            .LastOrDefault(c => (c.Figure.BlockOffset < rate.Figure.BlockOffset || c.Figure.Sentence < rate.Figure.Sentence) && IsLevel(c) && !IsPrior(c)
                                && definition.Numerator.Any(n => Names(c.Figure.Label, n)));
        if (numerator is null || numerator.Figure.Approx)
        {
            return null;
        }

        FigureContext? denominator = null;
        foreach (var c in figures)
        {
            if (c.Figure.Sentence > rate.Figure.Sentence)
            {
                break;
            }

            if (IsLevel(c) && !IsPrior(c) && !IsRatioBase(c) && Names(c.Figure.Label, definition.Denominator))
            {
                denominator = c;
            }
        }

        // A numerator from the sentence before breaks down the population stated there, not one stated after it
        // (户籍人口…其中城镇人口26.84万人…。常住人口56.28万人，常住人口城镇化率63.42%).
        return denominator is null || denominator.Figure.Approx || !SameFamily(numerator.Figure, denominator.Figure)
               || denominator.Figure.Period != numerator.Figure.Period
               || numerator.Figure.Sentence < rate.Figure.Sentence && denominator.Figure.Sentence > numerator.Figure.Sentence
            ? null
            : new RateRelation(rate.Figure, numerator.Figure, denominator.Figure);
    }

    /// <summary>A label that names the item: the name itself, or qualified by place, time or 住房公积金 only (年末住房公积金缴存余额).</summary>
    private static bool Names(string label, string name) =>
        label.EndsWith(name, StringComparison.Ordinal)
        && (label.Length == name.Length || IsGeneralQualifier(label[..^name.Length].Replace("住房公积金", "", StringComparison.Ordinal)));

    private static RateRelation? StemRate(SentenceIndex sentences, Figure rate)
    {
        // Population rates (出生率, 死亡率, 自然增长率) are per head of the average population, which the text does not
        // state: 死亡人口 ÷ 出生人口 is no rate of anything.
        if (!rate.Label.EndsWith('率') || rate.Label.Length < 3 || PopulationRates.Any(w => rate.Label.EndsWith(w, StringComparison.Ordinal)))
        {
            return null;
        }

        // 整改完成率 is the 整改率: the stem before 完成率 names what was done.
        var stem = rate.Label.Length >= 5 && rate.Label.EndsWith("完成率", StringComparison.Ordinal)
            ? rate.Label.Substring(rate.Label.Length - 5, 2)
            : rate.Label.Substring(rate.Label.Length - 3, 2);
        var before = sentences.InSentence(rate.Sentence).Where(c => c.Figure.BlockOffset < rate.BlockOffset && IsLevel(c) && !IsPrior(c)).ToList();
        // 续建项目148个。…续建项目中竣工96个，竣工率64.9%: a base the rate fits may be in the sentence before.
        var earlierBases = sentences.InSentence(rate.Sentence - 1).Where(c => IsLevel(c) && !IsPrior(c) && c.Figure.BlockIndex == rate.BlockIndex).ToList();
        // 合格率 is of the 合格 amount, not of 不合格 (nor 未完成 for 完成率).
        // Nor of what is still under way (正在整改12个, 尚在整改).
        var numerator = before.LastOrDefault(c => c.Figure.Label.IndexOf(stem, StringComparison.Ordinal) is var at && at >= 0
                                                  && (at == 0 || c.Figure.Label[at - 1] is not ('不' or '未' or '非' or '无'))
                                                  && !c.Figure.Label.Contains("正在", StringComparison.Ordinal) && !c.Figure.Label.Contains("尚在", StringComparison.Ordinal));
        if (numerator is null)
        {
            return null;
        }

        // Of the amounts before the numerator, the one the stated rate fits (资产负债率: 负债 ÷ 资产总额), else the nearest.
        var bases = before.Where(c => c.Figure.BlockOffset < numerator.Figure.BlockOffset && SameFamily(c.Figure, numerator.Figure)
                                      && !c.Figure.Label.Contains(stem, StringComparison.Ordinal)).ToList();
        if (earlierBases.Any(c => SameFamily(c.Figure, numerator.Figure) && Fits(numerator.Figure, c.Figure, rate)))
        {
            return null;
        }

        // 全县常住人口45.02万人，…；65岁及以上老年人健康管理4.86万人，健康管理率72.5％: a base the rate does not fit,
        // across a semicolon, is another item's amount; the rate's own base (65岁及以上老年人) is not stated.
        var denominator = bases.LastOrDefault(c => Fits(numerator.Figure, c.Figure, rate))
                          ?? bases.LastOrDefault(c => numerator.BlockText.AsSpan(c.BlockOffsetEnd(), numerator.Figure.BlockOffset - c.BlockOffsetEnd()).IndexOfAny('；', ';') < 0);
        if (denominator is null && stem == "整改")
        {
            // 已整改问题189个，整改率80.1% with 发现各类问题236个 paragraphs before: the problems found are what the
            // rectified ones are a share of. Far off, only a rate that misses narrowly is taken (another count it is not).
            var found = Enumerable.Range(1, 40).SelectMany(k => sentences.InSentence(rate.Sentence - k))
                .Where(c => IsLevel(c) && !IsPrior(c) && !c.Figure.Approx && SameFamily(c.Figure, numerator.Figure) && c.Figure.Unit == numerator.Figure.Unit
                            && c.Figure.BaseValue > numerator.Figure.BaseValue && c.Figure.Label.EndsWith(numerator.Figure.Kind == FigureKind.Count ? "问题" : "问题金额", StringComparison.Ordinal)
                            && !c.Figure.Label.Contains(stem, StringComparison.Ordinal))
                .ToList();
            if (found.Count > 0 && !found.Any(c => Fits(numerator.Figure, c.Figure, rate))
                && found[0] is var nearest && Math.Abs(numerator.Figure.BaseValue / nearest.Figure.BaseValue * 100m - rate.Value) <= 10m)
            {
                denominator = nearest;
            }
        }

        return denominator is null || denominator.Figure.BaseValue < numerator.Figure.BaseValue ? null : new RateRelation(rate, numerator.Figure, denominator.Figure);
    }

    private static readonly string[] PopulationRates = ["出生率", "死亡率", "自然增长率", "生育率"];

    /// <summary>
    /// A budget, plan or target amount. 一般公共预算, 政府性基金预算 and 国有资本经营预算 name funds, not budgets:
    /// 一般公共预算财政拨款支出 is an actual amount.
    /// </summary>
    private static bool IsBase(string label)
    {
        if (label.Contains("一般公共预算", StringComparison.Ordinal) || label.Contains("基金预算", StringComparison.Ordinal) || label.Contains("经营预算", StringComparison.Ordinal))
        {
            label = label.Replace("一般公共预算", "一般公共", StringComparison.Ordinal).Replace("基金预算", "基金", StringComparison.Ordinal).Replace("经营预算", "经营", StringComparison.Ordinal);
        }

        return IsBaseWord(label);
    }

    private static bool IsBaseWord(string label) =>
        (label.Contains("预算", StringComparison.Ordinal) || label.Contains("计划", StringComparison.Ordinal) || label.Contains("目标", StringComparison.Ordinal)
         || label.Contains("指标值", StringComparison.Ordinal))
        && !label.Contains("执行", StringComparison.Ordinal) && !label.Contains("决算", StringComparison.Ordinal) && !label.Contains("实际", StringComparison.Ordinal);

    private static bool NamesABase(string rateLabel) =>
        rateLabel.Contains("年初", StringComparison.Ordinal) || rateLabel.Contains("调整", StringComparison.Ordinal);

    /// <summary>完成年初预算的… names 年初预算; 调整预算 names 调整.</summary>
    private static bool NamesSameBase(string rateLabel, string baseLabel) =>
        rateLabel.Contains("年初", StringComparison.Ordinal) && baseLabel.Contains("年初", StringComparison.Ordinal)
        || rateLabel.Contains("调整", StringComparison.Ordinal) && baseLabel.Contains("调整", StringComparison.Ordinal);

    private static bool IsActual(string label) =>
        label.Contains("执行", StringComparison.Ordinal) || label.Contains("决算", StringComparison.Ordinal) || label.Contains("实际", StringComparison.Ordinal)
        || label.Contains("完成", StringComparison.Ordinal) || label.Contains("到位", StringComparison.Ordinal) || label.Contains("使用", StringComparison.Ordinal)
        || label.Contains("拨付", StringComparison.Ordinal) || label.EndsWith("支出", StringComparison.Ordinal) || label.Contains("支付", StringComparison.Ordinal);

    /// <summary>
    /// Three or more shares in one sentence (城乡社区支出占62.4%，社会保障和就业支出占21.3%，…) describe one whole: they
    /// may not add up to more than 100%, nor to less when they are the shares of a complete breakdown.
    /// </summary>
    /// <param name="partsOf">The part each share is of, as <see cref="Shares"/> found it.</param>
    private static IEnumerable<ShareSetRelation> ShareSets(SentenceIndex sentences, List<BreakdownRelation> breakdowns, Dictionary<Figure, Figure> partsOf)
    {
        var complete = new HashSet<Figure>(ReferenceEqualityComparer.Instance);
        foreach (var b in breakdowns)
        {
            // Parts of a list that names every part: one that says so (按…分, 分别), or whose amounts add up to its total
            // (a 其中 list of three main items of 685.24亿元 is no complete list, and their shares need not make 100%).
            var sum = b.Parts.Sum(p => p.BaseValue);
            if (!b.Partial && b.Source != BreakdownSource.Structure && (b.Complete || b.Total.BaseValue > 0 && Math.Abs(sum - b.Total.BaseValue) <= b.Total.BaseValue * 0.01m))
            {
                foreach (var p in b.Parts)
                {
                    complete.Add(p);
                }
            }
        }

        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            var shares = new List<Figure>();
            var parts = new List<Figure?>();
            var exclusive = true;
            foreach (var f in here)
            {
                if (f.Figure.Kind != FigureKind.Percent || f.Figure.IsChange || f.Figure.Approx)
                {
                    continue;
                }

                var text = f.BlockText;
                var from = Math.Max(f.ClauseStart, f.Figure.BlockOffset - 12);
                var zhan = text.IndexOf('占', from, f.Figure.BlockOffset - from);
                if (zhan < 0 || text.AsSpan(zhan, f.Figure.BlockOffset - zhan).IndexOfAny("比重".AsSpan()) > 0 && WholeName(text, zhan + 1, f.Figure.BlockOffset).Length > 2)
                {
                    continue;
                }

                // Only shares of the same unnamed whole: 占62.4% / 占比 / 占总支出的 all of one sentence. Budget items
                // (…支出, …收入, …经费) never overlap; other categories may (民间投资 overlaps 工业投资).
                shares.Add(f.Figure);
                var part = partsOf.GetValueOrDefault(f.Figure);
                var name = Labels.Before(text, f.ClauseStart, zhan) is { Length: >= 2 } before ? before : part?.Label ?? "";
                exclusive &= name.EndsWith("支出", StringComparison.Ordinal) || name.EndsWith("收入", StringComparison.Ordinal)
                             || name.EndsWith("经费", StringComparison.Ordinal) || name.EndsWith("费", StringComparison.Ordinal) || name.Contains("（类）", StringComparison.Ordinal);
                // A part opened by 其中 is a part of the item before it, and so is its share (其中机电产品…占38.8%).
                parts.Add(part is not null && part.Sentence == f.Figure.Sentence && !(shares.Count > 1 && Nested(text, shares[^2].BlockOffset, part.BlockOffset)) ? part : null);
            }

            if (shares.Count >= 3 && SameWhole(shares.Select(x => WholeKey(here, x)).ToList()))
            {
                var isComplete = parts.All(p => p is not null && complete.Contains(p));
                yield return new ShareSetRelation(shares, isComplete) { Parts = parts, SumChecked = isComplete || exclusive, Exclusive = exclusive };
                continue;
            }

            if (RespectiveShares(here) is { Count: >= 2 } respective)
            {
                // 三次产业…比重分别为32.5%、24.6%和41.4%: a list that covers nearly all of its whole names every part.
                var sum = respective.Sum(f => f.Value);
                // Only the three industries (三次产业) are certainly every part; a list of names may leave out 其他 on purpose.
                var allNamed = here[0].BlockText.AsSpan(here[0].SentenceStart, here[0].SentenceEnd - here[0].SentenceStart).IndexOf("三次产业", StringComparison.Ordinal) >= 0;
                yield return new ShareSetRelation(respective, sum >= NearlyAll) { Inferred = !allNamed };
            }
        }

    }

    /// <summary>The parts and the whole of a known structure stated as a ratio, by the labels of their amounts.</summary>
    private sealed record RatioStructure(Func<string, bool> IsName, Func<string, bool> IsWhole, Func<string, bool>[] Parts);

    private static readonly RatioStructure[] RatioStructures =
    [
        new(n => n.Contains("产业结构", StringComparison.Ordinal),
            l => l.Contains("生产总值", StringComparison.Ordinal) || l.Contains("GDP", StringComparison.Ordinal),
            [l => l.EndsWith("第一产业增加值", StringComparison.Ordinal), l => l.EndsWith("第二产业增加值", StringComparison.Ordinal), l => l.EndsWith("第三产业增加值", StringComparison.Ordinal)]),
    ];

    /// <summary>
    /// A structure ratio (三次产业结构为10.0∶38.7∶52.3) states the share of every part of one whole: the terms must make
    /// 100%. When they do, each term of a known structure is also the share of its part's amount in the whole's, as
    /// stated in the three sentences before (第二产业增加值 ÷ 地区生产总值); an earlier period's ratio has no amounts here.
    /// </summary>
    private static IEnumerable<FigureRelation> RatioShares(IReadOnlyList<FigureContext> figures, IReadOnlyList<StructureRatio> ratios)
    {
        foreach (var ratio in ratios)
        {
            yield return new ShareSetRelation(ratio.Terms, Complete: true);

            var sum = Reconciliation.Interval.Exact(0m);
            foreach (var term in ratio.Terms)
            {
                sum += Reconciliation.Interval.RoundedOrTruncated(term.Value);
            }

            var structure = RatioStructures.FirstOrDefault(r => r.IsName(ratio.Name) && r.Parts.Length == ratio.Terms.Count);
            if (ratio.Prior || structure is null || !sum.Contains(100m))
            {
                continue;
            }

            var sentence = ratio.Terms[0].Sentence;
            var nearby = figures.Where(f => f.Figure.Sentence <= sentence && f.Figure.Sentence >= sentence - 3 && IsLevel(f)
                                            && f.Figure.Kind == FigureKind.Money && !IsPrior(f) && !f.Figure.Approx).ToList();
            var whole = nearby.LastOrDefault(f => structure.IsWhole(f.Figure.Label));
            if (whole is null)
            {
                continue;
            }

            for (var i = 0; i < structure.Parts.Length; i++)
            {
                var part = nearby.LastOrDefault(f => structure.Parts[i](f.Figure.Label) && SameFamily(f.Figure, whole.Figure));
                if (part is not null)
                {
                    yield return new ShareRelation(part.Figure, whole.Figure, ratio.Terms[i]);
                }
            }
        }
    }

    /// <summary>Shares listed together that reach this share of 100% are taken as the whole list.</summary>
    private const decimal NearlyAll = 95m;

    /// <summary>The percentages after 占…分别为 / 比重分别为 / 分别占 in one clause, joined by 、 和 及.</summary>
    private static List<Figure>? RespectiveShares(IReadOnlyList<FigureContext> sentence)
    {
        var text = sentence[0].BlockText;
        var start = sentence[0].SentenceStart;
        var end = sentence[0].SentenceEnd;
        var at = text.IndexOf("分别", start, end - start, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var clauseStart = text.LastIndexOfAny(['，', '；', ',', ';', '。'], at) + 1;
        var before = text.AsSpan(clauseStart, at - clauseStart);

        // 2021—2023年…比重分别为91.2%、93.4%和88.88%: one share in several years, not the parts of one whole.
        var sentenceHead = text.AsSpan(start, at - start);
        if (sentenceHead.IndexOf("—", StringComparison.Ordinal) >= 0 || sentenceHead.IndexOf("年、", StringComparison.Ordinal) >= 0
            || sentenceHead.IndexOf("至20", StringComparison.Ordinal) >= 0 || sentenceHead.IndexOf("-20", StringComparison.Ordinal) >= 0)
        {
            return null;
        }
        if (before.IndexOf('占') < 0 && before.IndexOf("比重", StringComparison.Ordinal) < 0 && !TextSpans.StartsWith(text, at, "分别占"))
        {
            return null;
        }

        var clauseEnd = text.IndexOfAny(['，', '；', ',', ';', '。'], at);
        clauseEnd = clauseEnd < 0 ? end : Math.Min(clauseEnd, end);
        var shares = sentence.Where(f => f.Figure.BlockOffset > at && f.Figure.BlockOffset < clauseEnd && f.Figure.Kind == FigureKind.Percent && !f.Figure.Approx)
            .Select(f => f.Figure).ToList();
        return shares;
    }

    /// <summary>
    /// Shares of one whole: all name the same, or the first names it and the rest leave it out (占全市进出口总值的68.6%；
    /// 加工贸易…占22.7%).
    /// </summary>
    private static bool SameWhole(List<string> keys) =>
        keys.Skip(1).All(k => k == keys[0] || k.Length == 0 && keys[0].Length > 0 && keys.Skip(1).All(x => x.Length == 0));

    /// <summary>Whether 其中 opens the part at <paramref name="at"/>, after the share at <paramref name="from"/> and in the part's own clause.</summary>
    private static bool Nested(string text, int from, int at)
    {
        if (at <= from)
        {
            return false;
        }

        var between = text.AsSpan(from, at - from);
        var clause = between.LastIndexOfAny('；', ';');
        return between[(clause + 1)..].IndexOf("其中", StringComparison.Ordinal) >= 0;
    }

    private static string WholeKey(IReadOnlyList<FigureContext> sentence, Figure share)
    {
        var ctx = sentence.First(c => ReferenceEquals(c.Figure, share));
        var zhan = ctx.BlockText.LastIndexOf('占', share.BlockOffset);
        return zhan < 0 ? "" : WholeName(ctx.BlockText, zhan + 1, share.BlockOffset);
    }

    private static readonly (string Word, ChangeDirection Claim)[] ComparisonWords =
    [
        ("大于", ChangeDirection.Increase), ("高于", ChangeDirection.Increase), ("多于", ChangeDirection.Increase), ("超过", ChangeDirection.Increase),
        ("小于", ChangeDirection.Decrease), ("低于", ChangeDirection.Decrease), ("少于", ChangeDirection.Decrease),
        ("等于", ChangeDirection.Flat), ("持平", ChangeDirection.Flat), ("相等", ChangeDirection.Flat), ("一致", ChangeDirection.Flat), ("无变化", ChangeDirection.Flat),
        ("增加", ChangeDirection.Increase), ("增长", ChangeDirection.Increase), ("减少", ChangeDirection.Decrease), ("下降", ChangeDirection.Decrease),
        ("回落", ChangeDirection.Decrease), ("回升", ChangeDirection.Increase),
    ];

    /// <summary>
    /// …年初预算为85.00万元，支出决算为96.20万元，完成年初预算的113.2%。决算数大于预算数的主要原因是…: the sentence after
    /// the amounts compares them in words alone (决算数大于/小于/等于预算数), as 决算公开 explain each item. The
    /// comparison is of the 决算 and the 预算 of the sentence before.
    /// </summary>
    private static IEnumerable<ComparisonRelation> NextSentenceComparisons(SentenceIndex sentences, HashSet<Figure> inBreakdown)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            var text = here[0].BlockText;
            var next = here[0].SentenceEnd;
            while (next < text.Length && (text[next] is '。' or ' ' or '\u3000'))
            {
                next++;
            }

            var m = next < text.Length ? BudgetComparison().Match(text, next) : Match.Empty;
            if (!m.Success || m.Index != next)
            {
                continue;
            }

            var levels = here.Where(f => IsLevel(f) && !inBreakdown.Contains(f.Figure) && !IsPrior(f)).ToList();
            var budget = levels.LastOrDefault(f => IsBudgetAmount(f.Figure.Label) && !IsActual(f.Figure.Label));
            var actual = levels.LastOrDefault(f => !ReferenceEquals(f, budget) && (IsActual(f.Figure.Label) || f.Figure.Label.Contains("决算", StringComparison.Ordinal)));
            var word = m.Groups["w"].Value;
            var claim = ComparisonWords.FirstOrDefault(w => w.Word == word).Claim;
            if (budget is null || actual is null || claim == ChangeDirection.None || !SameFamily(budget.Figure, actual.Figure))
            {
                continue;
            }

            yield return m.Groups["a"].Value.Contains("决算", StringComparison.Ordinal)
                ? new ComparisonRelation(actual.Figure, budget.Figure, claim, word)
                : new ComparisonRelation(budget.Figure, actual.Figure, claim, word);
        }
    }

    [GeneratedRegex(@"\G(?<a>决算数?|支出决算数?|预算数?|年初预算数?)(?<w>大于|小于|等于|高于|低于|超过)(?<b>决算数?|年初预算数?|预算数?|调整预算数?)")]
    private static partial Regex BudgetComparison();

    /// <summary>
    /// 与收入预算总额一致 / 与上年持平: when the words between 与 (or 和, 同) and the comparison name an amount of the sentence
    /// other than the last one (收入预算总额, not 上年), that amount and the last one are what is compared.
    /// </summary>
    private static (FigureContext Named, FigureContext Other)? NamedOther(string text, int start, int at, List<FigureContext> pool)
    {
        var with = text.AsSpan(start, at - start).LastIndexOfAny('与', '和', '同');
        if (with < 0 || pool.Count < 2)
        {
            return null;
        }

        var name = text[(start + with + 1)..at].Trim();
        if (name.Length < 2 || name.Contains("上年", StringComparison.Ordinal) || name.Contains("去年", StringComparison.Ordinal) || name.Contains("年初", StringComparison.Ordinal)
            || name.Contains("预算", StringComparison.Ordinal) && !name.Contains("总额", StringComparison.Ordinal) && !name.Contains("收入", StringComparison.Ordinal) && !name.Contains("支出", StringComparison.Ordinal)
            || char.IsAsciiDigit(name[0]))
        {
            return null;
        }

        var other = pool[^1];
        var named = pool.LastOrDefault(p => !ReferenceEquals(p, other) && !IsPrior(p) && p.Figure.Label.Length >= 2
                                            && (p.Figure.Label.EndsWith(name, StringComparison.Ordinal) || name.EndsWith(p.Figure.Label, StringComparison.Ordinal)));
        return named is null || !SameFamily(named.Figure, other.Figure) ? null : (named, other);
    }

    /// <summary>
    /// 本年支出合计8,657,852.76元（折合865.79万元）: a bracket right after an amount that gives it in another unit
    /// (折合, 合, 即) states the same value.
    /// </summary>
    private static IEnumerable<ConversionRelation> Conversions(IReadOnlyList<FigureContext> figures)
    {
        for (var i = 1; i < figures.Count; i++)
        {
            var (before, inside) = (figures[i - 1], figures[i]);
            if (inside.ParenStart < 0 || before.Figure.BlockIndex != inside.Figure.BlockIndex || !IsLevel(before) || !IsLevel(inside)
                || before.Figure.Approx || inside.Figure.Approx || !SameFamily(before.Figure, inside.Figure) || before.Figure.Scale == inside.Figure.Scale
                || inside.ParenStart < before.BlockOffsetEnd())
            {
                continue;
            }

            var text = inside.BlockText;
            var between = text.AsSpan(before.BlockOffsetEnd(), inside.ParenStart - before.BlockOffsetEnd()).Trim();
            var lead = text.AsSpan(inside.ParenStart + 1, inside.Figure.BlockOffset - inside.ParenStart - 1).Trim();
            if (between.Length == 0 && lead is "折合" or "合" or "即" or "折合人民币" or "合计")
            {
                yield return new ConversionRelation(before.Figure, inside.Figure);
            }
        }
    }

    private static readonly (string Word, ChangeDirection Claim)[] RateGapWords =
        [("快于", ChangeDirection.Increase), ("高于", ChangeDirection.Increase), ("慢于", ChangeDirection.Decrease), ("低于", ChangeDirection.Decrease)];

    /// <summary>
    /// 城镇居民人均可支配收入…增长4.9%；农村居民人均可支配收入…增长7.0%，农村居民收入增速快于城镇居民2.1个百分点: the
    /// growth rates the two names name, stated in the sentence or the one before, and the gap after the second name.
    /// Only a comparison of growth (增速, 增幅, 增长) is taken; 低于预算 compares amounts.
    /// </summary>
    private static IEnumerable<RateGapRelation> RateGaps(SentenceIndex sentences)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            var text = here[0].BlockText;
            var (start, end) = (here[0].SentenceStart, here[0].SentenceEnd);
            foreach (var (word, claim) in RateGapWords)
            {
                for (var at = text.IndexOf(word, start, end - start, StringComparison.Ordinal); at > start; at = text.IndexOf(word, at + 1, end - at - 1, StringComparison.Ordinal))
                {
                    var clause = ClauseStartBefore(text, start, at);
                    var first = text[clause..at];
                    var growth = Array.FindIndex(["增速", "增幅", "增长速度", "增长"], w => first.EndsWith(w, StringComparison.Ordinal));
                    if (growth < 0)
                    {
                        continue;
                    }

                    var firstName = Core(first);
                    var nameEnd = at + word.Length;
                    while (nameEnd < end && Labels.IsHan(text[nameEnd]) && nameEnd - at < 14)
                    {
                        nameEnd++;
                    }

                    var secondName = Core(text[(at + word.Length)..nameEnd]);
                    if (firstName.Length < 2 || secondName.Length < 2 || firstName == secondName)
                    {
                        continue;
                    }

                    var rates = sentences.InSentence(s - 1).Where(c => c.Figure.BlockIndex == here[0].Figure.BlockIndex).Concat(here)
                        .Where(c => c.Figure.Kind == FigureKind.Percent && c.Figure.IsChange && !c.Figure.Approx && (c.Figure.Sentence < s || c.Figure.BlockOffset < at)).ToList();
                    var a = rates.LastOrDefault(c => c.Figure.Label.Contains(firstName, StringComparison.Ordinal));
                    var b = rates.LastOrDefault(c => c.Figure.Label.Contains(secondName, StringComparison.Ordinal) && !c.Figure.Label.Contains(firstName, StringComparison.Ordinal));
                    if (a is null || b is null)
                    {
                        continue;
                    }

                    var gap = here.FirstOrDefault(c => c.Figure.Kind == FigureKind.Points && c.Figure.BlockOffset >= nameEnd && c.Figure.BlockOffset - nameEnd <= 2);
                    yield return new RateGapRelation(a.Figure, b.Figure, claim, word, gap?.Figure);
                }
            }
        }

        static int ClauseStartBefore(string text, int start, int at)
        {
            for (var i = at - 1; i >= start; i--)
            {
                if (TextSpans.IsClauseEnd(text, i))
                {
                    return i + 1;
                }
            }

            return start;
        }

        // 农村居民收入增速 → 农村居民: the name without what is compared about it.
        static string Core(string name)
        {
            foreach (var tail in (ReadOnlySpan<string>)["增长速度", "增速", "增幅", "增长", "收入", "人均可支配收入", "的"])
            {
                if (name.EndsWith(tail, StringComparison.Ordinal))
                {
                    name = name[..^tail.Length];
                }
            }

            return name.Trim();
        }
    }

    /// <summary>
    /// Wording that compares two amounts: 决算数大于预算数, 与上年持平, 比上年增加 (with no amount after it). The two
    /// amounts are the actual/current one and the budget/prior one of the sentence (or the sentence before).
    /// </summary>
    private static IEnumerable<ComparisonRelation> Comparisons(SentenceIndex sentences, HashSet<Figure> inBreakdown)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            var text = here[0].BlockText;
            var (start, end) = (here[0].SentenceStart, here[0].SentenceEnd);

            // The reasons given after 主要原因 / 主要是 speak of other things (接待次数增加).
            foreach (var reason in (ReadOnlySpan<string>)["主要原因", "主要是", "原因是", "主要用于"])
            {
                var r = text.IndexOf(reason, start, end - start, StringComparison.Ordinal);
                if (r >= 0)
                {
                    end = r;
                }
            }

            // The wording nearest the amounts, in text order.
            var found = FoundWords(text, start, end);
            foreach (var (word, claim, at) in found)
            {

                // 决算数96.20万元小于预算数85.00万元 / 债务余额…，低于限额…: two amounts set side by side by the word, the
                // second one after it in its clause.
                if (word is "大于" or "小于" or "高于" or "低于" or "多于" or "少于"
                    && here.LastOrDefault(f => f.BlockOffsetEnd() <= at) is { } lhs && IsLevel(lhs)
                    && here.FirstOrDefault(f => f.Figure.BlockOffset >= at + word.Length && f.Figure.BlockOffset - at - word.Length <= 12
                                                && !text.AsSpan(at + word.Length, f.Figure.BlockOffset - at - word.Length).ContainsAny("，,；;。")) is { } rhs
                    && IsLevel(rhs) && SameFamily(lhs.Figure, rhs.Figure) && !lhs.Figure.Approx && !rhs.Figure.Approx
                    // The first amount right before the word (a comma at most between): …，决算数高于… names its own side.
                    && text.AsSpan(lhs.BlockOffsetEnd(), at - lhs.BlockOffsetEnd()).Trim().TrimStart("，,").Length == 0
                    // 债务余额低于限额2.68亿元: an amount far smaller than the first is the gap, not the other side.
                    && rhs.Figure.BaseValue * 2 > lhs.Figure.BaseValue && lhs.Figure.BaseValue * 2 > rhs.Figure.BaseValue)
                {
                    yield return new ComparisonRelation(lhs.Figure, rhs.Figure, claim, word);
                    break;
                }

                // A direction word followed by an amount is a change, handled by the change rule.
                var after = at + word.Length;
                while (after < end && text[after] is '了' or '为' or ' ')
                {
                    after++;
                }

                if (after < end && (NumberText.IsArabicDigit(text[after]) || text[after] is '近' or '约' or '-' or '－' or '−'))
                {
                    continue;
                }

                // A noun, not a claim: 对税收增长的拖累, 增长动力.
                if (at + word.Length < end && text[at + word.Length] is '的' or '动' or '点' or '率' or '幅' or '速' or '潜')
                {
                    continue;
                }

                var before = text.AsSpan(Math.Max(start, at - 12), at - Math.Max(start, at - 12));
                var budgetSubject = before.IndexOf("预算", StringComparison.Ordinal) >= 0 && before.IndexOf("决算", StringComparison.Ordinal) < 0 && word is not ("增加" or "增长" or "减少" or "下降" or "持平" or "回落" or "回升");
                // The parts of a list are not what its wording compares (本年支出合计…其中…项目支出…；决算数大于预算数).
                var pool = here.Where(f => IsLevel(f) && f.Figure.BlockOffset < at && !inBreakdown.Contains(f.Figure)).ToList();
                // 与上年预算持平（上年35.20万元）: the earlier amount may follow the word, in brackets right after it.
                if (here.FirstOrDefault(f => IsLevel(f) && f.ParenStart >= after && f.ParenStart <= after + 1 && f.Figure.BlockOffset > at && IsPrior(f)) is { } bracketed)
                {
                    pool.Add(bracketed);
                }

                var priorContext = pool.Any(p => IsPrior(p) || pool.Any(q => IsEarlier(p, q)));
                Figure? left;
                Figure? right;
                // 支出预算总额5682.3450万元，与收入预算总额一致: the amount compared with is the one the sentence names.
                if (NamedOther(text, start, at, pool) is var (named, other))
                {
                    left = other.Figure;
                    right = named.Figure;
                }
                else if (priorContext)
                {
                    var earlier = pool.LastOrDefault(p => IsPrior(p) || pool.Any(q => IsEarlier(p, q)));
                    right = earlier?.Figure;
                    left = pool.LastOrDefault(f => !ReferenceEquals(f, earlier) && !IsPrior(f) && (earlier is null || SameFamily(f.Figure, earlier.Figure)))?.Figure;
                }
                else
                {
                    right = pool.LastOrDefault(f => f.Figure.Label.Contains("预算", StringComparison.Ordinal) && !IsActual(f.Figure.Label))?.Figure;
                    left = pool.LastOrDefault(f => IsActual(f.Figure.Label) || f.Figure.Label.Contains("决算", StringComparison.Ordinal))?.Figure;
                    if (word is "增加" or "增长" or "减少" or "下降" or "回落" or "回升")
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

    }

    private static readonly (string Word, ChangeDirection Claim)[] TargetWords =
    [
        ("超额完成", ChangeDirection.Increase), ("超过", ChangeDirection.Increase), ("高于", ChangeDirection.Increase),
        ("未完成", ChangeDirection.Decrease), ("未达到", ChangeDirection.Decrease), ("低于", ChangeDirection.Decrease),
    ];

    /// <summary>
    /// An amount against a target named after it: 新增就业5,826人，超额完成6,000人的年度目标任务 claims 5,826 &gt; 6,000.
    /// </summary>
    private static IEnumerable<ComparisonRelation> TargetComparisons(IReadOnlyList<FigureContext> figures, SentenceIndex sentences)
    {
        foreach (var target in figures)
        {
            var text = target.BlockText;
            var at = target.Figure.BlockOffset;
            var after = at + target.Figure.Text.Length;
            if (!IsLevel(target) || after >= text.Length || text[after] != '的')
            {
                continue;
            }

            var tail = text.AsSpan(after, Math.Min(12, text.Length - after));
            if (tail.IndexOf("目标", StringComparison.Ordinal) < 0 && tail.IndexOf("计划", StringComparison.Ordinal) < 0 && tail.IndexOf("任务", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            foreach (var (word, claim) in TargetWords)
            {
                if (!TextSpans.EndsWith(text, at, word))
                {
                    continue;
                }

                var actual = sentences.InSentence(target.Figure.Sentence)
                    .LastOrDefault(f => f.Figure.BlockOffset < at - word.Length && IsLevel(f) && SameFamily(f.Figure, target.Figure));
                if (actual is not null)
                {
                    yield return new ComparisonRelation(actual.Figure, target.Figure, claim, word);
                }

                break;
            }
        }
    }

    private static bool SameCountNoun(FigureContext a, FigureContext b)
    {
        var (na, nb) = (Labels.CountNoun(a.BlockText, a.BlockOffsetEnd()), Labels.CountNoun(b.BlockText, b.BlockOffsetEnd()));
        return na.Length == 0 || nb.Length == 0 || na == nb;
    }

    /// <summary>Words claiming that the amount before them is larger than the amount named after them.</summary>
    private static readonly string[] ExcessWords = ["超出", "超过", "高于", "大于", "多于"];

    /// <summary>
    /// An amount said to exceed an amount named after the wording: 支出52.36亿元，执行数超出调整预算54.00亿元. Read
    /// either way (“exceeds the budget of 54.00” or “exceeds the budget by 54.00”) the claim is wrong when the amount is
    /// not above the one after the wording, since a positive budget exceeded by 54.00 leaves more than 54.00; so only
    /// that claim is taken. The amount compared is the nearest level before the wording, not a list's part or an
    /// earlier period's.
    /// </summary>
    private static IEnumerable<ComparisonRelation> ExcessComparisons(SentenceIndex sentences, HashSet<Figure> inBreakdown)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            foreach (var target in here)
            {
                var text = target.BlockText;
                var from = target.ClauseStart;
                if (!IsLevel(target) || target.Figure.Approx || target.Figure.BlockOffset - from < 3)
                {
                    continue;
                }

                foreach (var word in ExcessWords)
                {
                    var at = text.LastIndexOf(word, target.Figure.BlockOffset - 1, target.Figure.BlockOffset - from, StringComparison.Ordinal);
                    // A name must stand between the wording and the amount (超出调整预算54.00亿元); 超出54.00亿元 is an amount of excess.
                    var name = at < 0 ? "" : text[(at + word.Length)..target.Figure.BlockOffset];
                    if (at < 0 || name.Length < 2 || name.Length > 12 || name.Any(c => NumberText.IsArabicDigit(c) || c is '比' or '%' or '％'))
                    {
                        continue;
                    }

                    // 不超过 / 未超出 deny the excess; 超过限额标准50万元的项目 names a class of items, not the amount compared.
                    var after = target.BlockOffsetEnd();
                    if (at > 0 && text[at - 1] is '不' or '未' or '没' or '无' || after < text.Length && text[after] == '的')
                    {
                        break;
                    }

                    // Not across a semicolon (…3个乡镇支出进度低于80%；二是…审批时限超过规定的15个工作日), and counts of the same
                    // thing.
                    var left = here.LastOrDefault(f => f.Figure.BlockOffset < at && IsLevel(f) && !f.Figure.Approx && !IsPrior(f) && !IsRatioBase(f)
                                                       && !inBreakdown.Contains(f.Figure) && SameFamily(f.Figure, target.Figure)
                                                       && text.AsSpan(f.BlockOffsetEnd(), at - f.BlockOffsetEnd()).IndexOfAny('；', ';') < 0
                                                       && (f.Figure.Kind != FigureKind.Count || SameCountNoun(f, target)));
                    if (left is not null)
                    {
                        yield return new ComparisonRelation(left.Figure, target.Figure, ChangeDirection.Increase, word);
                    }

                    break;
                }
            }
        }
    }

    /// <summary>Words before a target that make it a threshold (≥1,200人, 不少于95%), with the side they allow.</summary>
    private static readonly (string Word, TargetBound Bound)[] BoundWords =
    [
        ("≥", TargetBound.AtLeast), (">=", TargetBound.AtLeast), ("＞＝", TargetBound.AtLeast), ("不少于", TargetBound.AtLeast), ("不低于", TargetBound.AtLeast),
        ("大于等于", TargetBound.AtLeast), ("大于或等于", TargetBound.AtLeast),
        ("≤", TargetBound.AtMost), ("<=", TargetBound.AtMost), ("＜＝", TargetBound.AtMost), ("不超过", TargetBound.AtMost), ("不高于", TargetBound.AtMost),
        ("不多于", TargetBound.AtMost), ("小于等于", TargetBound.AtMost), ("小于或等于", TargetBound.AtMost),
    ];

    /// <summary>Wording that says whether a target was met; the negated forms come first, as 未达到 holds 达到.</summary>
    private static readonly (string Word, bool Met)[] TargetClaims =
    [
        ("未达到", false), ("没有达到", false), ("未能达到", false), ("没达到", false), ("未完成", false), ("没有完成", false), ("未能完成", false),
        ("未达标", false), ("未实现", false),
        ("超额完成", true), ("已完成", true), ("已达到", true), ("达到", true), ("完成", true), ("达标", true), ("实现", true),
    ];

    /// <summary>Words that hedge a claim (基本达到, 接近完成): no certain claim.</summary>
    private static readonly string[] Hedges = ["基本", "接近", "部分", "大部分", "预计", "力争", "确保", "争取", "将", "可"];

    /// <summary>Words naming what a claim is about: a target (年度指标值, 目标任务, 计划).</summary>
    private static readonly string[] TargetNouns = ["指标", "目标", "计划", "任务", "要求", "预期"];

    /// <summary>
    /// A target stated as a threshold and the actual value beside it, followed by wording that says whether it was met:
    /// 年度指标值≥1,200人 实际完成值1,286人，未达到年度指标值. The target is a figure named as one (指标, 目标, 计划, 任务)
    /// with ≥, 不少于, 以上 (at least) or ≤, 不超过, 以内 (at most); the actual is the nearest exact figure of its family
    /// in the sentence; the wording follows both, before any other figure, and either ends its clause or names the
    /// target (未达到年度指标值), so 完成率107.2% is no claim.
    /// </summary>
    private static IEnumerable<TargetRelation> ThresholdTargets(SentenceIndex sentences)
    {
        foreach (var s in sentences.All)
        {
            var here = sentences.InSentence(s);
            for (var i = 0; i < here.Count; i++)
            {
                var target = here[i];
                if (!target.Figure.Approx || target.Figure.IsChange || target.Figure.Kind == FigureKind.Points
                    || !TargetNouns.Any(n => target.Figure.Label.Contains(n, StringComparison.Ordinal)) || BoundOf(target) is not { } bound)
                {
                    continue;
                }

                bool IsActual(FigureContext f) => !f.Figure.Approx && !f.Figure.IsChange && SameFamily(f.Figure, target.Figure)
                                                 && !TargetNouns.Any(n => f.Figure.Label.Contains(n, StringComparison.Ordinal));
                var actualAt = i + 1 < here.Count && IsActual(here[i + 1]) ? i + 1 : i > 0 && IsActual(here[i - 1]) ? i - 1 : -1;
                if (actualAt < 0)
                {
                    continue;
                }

                var actual = here[actualAt];
                var later = here[Math.Max(i, actualAt)];
                var from = later.BlockOffsetEnd();
                var to = Math.Max(i, actualAt) + 1 < here.Count ? here[Math.Max(i, actualAt) + 1].Figure.BlockOffset : later.SentenceEnd;
                if (TargetClaim(later.BlockText, from, to) is { } claim)
                {
                    yield return new TargetRelation(actual.Figure, target.Figure, bound, claim.Met, claim.Word);
                }
            }
        }
    }

    /// <summary>The side a threshold target allows, from the words before it or its 以上 / 以下 / 以内; null when it is no threshold.</summary>
    private static TargetBound? BoundOf(FigureContext f)
    {
        var text = f.BlockText;
        var end = f.Figure.BlockOffset;
        while (end > f.ClauseStart && text[end - 1] is ' ' or '\u3000')
        {
            end--;
        }

        foreach (var (word, bound) in BoundWords)
        {
            if (end - f.ClauseStart >= word.Length && TextSpans.EndsWith(text, end, word))
            {
                return bound;
            }
        }

        return f.Figure.Text.EndsWith("以上", StringComparison.Ordinal) ? TargetBound.AtLeast
            : f.Figure.Text.EndsWith("以下", StringComparison.Ordinal) || f.Figure.Text.EndsWith("以内", StringComparison.Ordinal) ? TargetBound.AtMost
            : null;
    }

    /// <summary>The first claim word in [from, to) that is unhedged and ends its clause or names the target.</summary>
    private static (string Word, bool Met)? TargetClaim(string text, int from, int to)
    {
        var best = -1;
        (string Word, bool Met)? found = null;
        foreach (var claim in TargetClaims)
        {
            var at = text.IndexOf(claim.Word, from, to - from, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                found = claim;
            }
        }

        if (found is not { } c)
        {
            return null;
        }

        var before = text.AsSpan(from, best - from);
        foreach (var hedge in Hedges)
        {
            if (before.EndsWith(hedge, StringComparison.Ordinal))
            {
                return null;
            }
        }

        var clauseEnd = best + c.Word.Length;
        while (clauseEnd < to && !TextSpans.IsClauseEnd(text, clauseEnd))
        {
            clauseEnd++;
        }

        var rest = text.AsSpan(best + c.Word.Length, clauseEnd - best - c.Word.Length).Trim();
        foreach (var noun in TargetNouns)
        {
            if (rest.IndexOf(noun, StringComparison.Ordinal) >= 0)
            {
                return c;
            }
        }

        return rest.Length == 0 ? c : null;
    }

    /// <summary>The comparison words of [start, end) in text order; most sentences have none, and then nothing is allocated.</summary>
    private static List<(string Word, ChangeDirection Claim, int At)> FoundWords(string text, int start, int end)
    {
        List<(string, ChangeDirection, int)>? found = null;
        foreach (var (word, claim) in ComparisonWords)
        {
            var at = text.IndexOf(word, start, end - start, StringComparison.Ordinal);
            if (at >= 0)
            {
                (found ??= []).Add((word, claim, at));
            }
        }

        if (found is null)
        {
            return NoWords;
        }

        found.Sort((a, b) => a.Item3.CompareTo(b.Item3));
        return found;
    }

    private static readonly List<(string Word, ChangeDirection Claim, int At)> NoWords = [];

    // ---------------------------------------------------------------- helpers

    /// <summary>A level (not a change, not a share) that can be a total or a part.</summary>
    private static bool IsLevel(FigureContext f) => !f.Figure.IsChange && f.Figure.Kind is FigureKind.Money or FigureKind.Count && !IsFactor(f);

    /// <summary>A factor of a product written out (28642人×720元): neither a total nor a part of one.</summary>
    private static bool IsFactor(FigureContext f)
    {
        var text = f.BlockText;
        var end = f.BlockOffsetEnd();
        var start = f.Figure.BlockOffset;
        return end < text.Length && text[end] is '×' or '*' or '＊' || start > 0 && text[start - 1] is '×' or '*' or '＊';
    }

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
