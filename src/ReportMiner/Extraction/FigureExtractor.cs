using ReportMiner.Documents;

namespace ReportMiner.Extraction;

/// <summary>
/// Where a figure sits in its block's text, kept beside the figure for the relation finder: its sentence, its
/// clause, and the parenthesised group (if any) it is inside.
/// </summary>
internal sealed record FigureContext(
    Figure Figure,
    string BlockText,
    int SentenceStart,
    int SentenceEnd,
    int ParenStart,
    int ParenEnd,
    int ClauseStart);

/// <summary>
/// The default extractor: scans every paragraph and table row for figures (<see cref="FigureScanner"/>), labels them
/// (<see cref="Labels"/>), notes direction words and headings, then finds the relations between them
/// (<see cref="RelationFinder"/>). Stateless and thread-safe: one instance serves all workers.
/// </summary>
public sealed class FigureExtractor : IFigureExtractor
{
    public ExtractedDocument Extract(SourceDocument document)
    {
        var contexts = new List<FigureContext>();
        var tableBreakdowns = new List<TableBreakdown>();
        var tableRatios = new List<TableRatio>();
        var ratios = new List<StructureRatio>();
        var sections = new SectionTracker();
        // The report's year, from its title (平武县…2022年度部门决算公开说明); paragraphs opening with a year change it.
        var year = TitleYear(document);
        var sentence = 0;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            switch (document.Blocks[b])
            {
                case ParagraphBlock p:
                    sections.Observe(p.Text);
                    year = Labels.OpeningYear(p.Text) ?? year;
                    SourceSpan Locate(int offset, int length)
                    {
                        var (page, line, column) = p.Locate(offset);
                        return new SourceSpan(page, line, column, length);
                    }

                    StructureRatios.Read(p.Text, b, sentence, Locate, ratios);
                    sentence = ExtractParagraph(b, p.Text, sentence, year, sections, contexts, Locate);
                    break;
                case TableBlock t:
                    // Cells carry bare numbers: TableFigures labels them by row and column and finds the table's own
                    // totals; its breakdowns are kept as indices until the figures get their ids below.
                    var table = TableFigures.Extract(TableGroups.Unfold(t), b, sentence, sections.Path, TablePeriod(t.Caption, year), sections.Scope);
                    foreach (var tb in table.Breakdowns)
                    {
                        tableBreakdowns.Add(new TableBreakdown(contexts.Count + tb.Total, tb.Parts.Select(p => contexts.Count + p).ToArray(), tb.Selective));
                    }

                    foreach (var tr in table.Ratios)
                    {
                        tableRatios.Add(new TableRatio(contexts.Count + tr.Rate, contexts.Count + tr.First, contexts.Count + tr.Second, tr.Growth, tr.ChangeAmount));
                    }

                    contexts.AddRange(table.Contexts);
                    sentence = table.NextSentence;
                    break;
            }
        }

        // Ids in document order: prose figures got theirs when made; table figures get theirs here.
        var figures = new List<Figure>(contexts.Count);
        for (var i = 0; i < contexts.Count; i++)
        {
            var id = IdOf(i);
            if (contexts[i].Figure.Id != id)
            {
                contexts[i] = contexts[i] with { Figure = contexts[i].Figure with { Id = id } };
            }

            figures.Add(contexts[i].Figure);
        }

        // Table figures stay out of the prose relation finder (a row is no sentence); their relations come from the table.
        var relations = RelationFinder.Find(contexts.Where(c => !c.Figure.InTable).ToList(), ratios).ToList();
        foreach (var tb in tableBreakdowns)
        {
            relations.Add(new BreakdownRelation(figures[tb.Total], tb.Parts.Select(p => figures[p]).ToArray(), BreakdownSource.Table, Partial: false)
            {
                Selective = tb.Selective,
            });
        }

        foreach (var tr in tableRatios)
        {
            relations.Add(tr.ChangeAmount ? new ChangeRelation(figures[tr.First], figures[tr.Second], figures[tr.Rate], null, ChangeDirection.None)
                : tr.Growth ? new ChangeRelation(figures[tr.First], figures[tr.Second], null, figures[tr.Rate], ChangeDirection.None)
                : new RateRelation(figures[tr.Rate], figures[tr.First], figures[tr.Second]));
        }

        return new ExtractedDocument(document, figures, relations);
    }

    [ThreadStatic]
    private static List<ScannedFigure>? t_scanned;

    /// <summary>The id of the figure at <paramref name="index"/> in document order: F1, F2, ...</summary>
    private static string IdOf(int index) => "F" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int ExtractParagraph(
        int blockIndex,
        string text,
        int sentence,
        string year,
        SectionTracker sections,
        List<FigureContext> output,
        Func<int, int, SourceSpan> locate,
        bool inTable = false)
    {
        var scanned = t_scanned ??= new List<ScannedFigure>(64);
        scanned.Clear();
        FigureScanner.Scan(text, scanned);
        var sentences = TextSpans.Sentences(text);
        if (scanned.Count == 0)
        {
            return sentence + sentences.Count;
        }

        var s = 0;
        var previousEnd = -1;
        var previousLabel = "";
        string? subject = null;
        var sentenceScope = "";
        var opening = false;
        foreach (var f in scanned)
        {
            while (s < sentences.Count - 1 && f.Start > sentences[s].End)
            {
                s++;
                previousEnd = -1;
                previousLabel = "";
                subject = null;
                sentenceScope = "";
                opening = false;
            }

            var (sentenceStart, sentenceEnd) = sentences[s];
            if (previousEnd < 0 && Labels.NamedProject(text, sentenceStart, f.Start) is { Length: > 0 } project)
            {
                // （一）县城北外环道路工程，送审金额6842.36万元，审定金额…: the amounts are that project's.
                sentenceScope = project;
            }

            // A semicolon opens another item of the sentence (…与上年持平；公务用车购置及运行费15.60万元…): a new subject.
            var sinceLast = previousEnd >= 0 ? previousEnd : sentenceStart;
            if (text.AsSpan(sinceLast, f.Start - sinceLast).IndexOfAny('；', ';') >= 0)
            {
                subject = null;
                opening = false;
            }

            var clauseStart = ClauseStart(text, sentenceStart, f.Start);
            var labelFrom = Math.Max(clauseStart, previousEnd);
            var (direction, isChange) = DirectionBefore(text, labelFrom, f.Start);
            var label = Labels.Before(text, labelFrom, f.Start);
            if (label.Length == 0)
            {
                label = Labels.After(text, f.End);
            }

            if (f.Kind == FigureKind.Count)
            {
                var noun = Labels.CountNoun(text, f.End);
                if (label.Length == 0 || noun.Length >= 2 && label.Length <= 1)
                {
                    label = noun;
                }
            }

            // 一般公共预算财政拨款年初结转和结余58.40万元，年末结转和结余48.08万元: the closing balance is of what the opening
            // one before it was.
            if (label.StartsWith("年末", StringComparison.Ordinal) && label.Length > 3
                && previousLabel.IndexOf("年初" + label[2..], StringComparison.Ordinal) is > 0 and var openingAt
                && openingAt + 2 + label.Length - 2 == previousLabel.Length)
            {
                label = previousLabel[..openingAt] + label;
            }

            // 财政拨款收入总计34139.60万元、支出总计34139.60万元: the 支出 side is the same fund's.
            if (label.StartsWith("支出", StringComparison.Ordinal) && previousEnd >= 0 && f.Start - previousEnd == label.Length + 1
                && text[previousEnd] is '、' or '，' or ','
                && text.AsSpan(previousEnd + 1, label.Length).SequenceEqual(label)
                && previousLabel.IndexOf("收入" + label[2..], StringComparison.Ordinal) is > 0 and var incomeAt
                && incomeAt + label.Length == previousLabel.Length)
            {
                label = previousLabel[..incomeAt] + label;
            }

            var afterRatioBase = previousEnd >= 0 && f.Start - previousEnd <= 2 && text[f.Start - 1] == '的';
            if (label.Length > 0 && GenericQualifiers.Contains(label) && subject is not null)
            {
                // 一般公共预算收入完成32.58亿元，为调整预算32.00亿元的101.8%: 调整预算 of that revenue, not of anything.
                label = subject + label;
            }
            else if (label.Length == 0 && subject is not null && (f.Kind != FigureKind.Count || Units.IsMeasure(f.Unit)) && !afterRatioBase)
            {
                // 比2018年减少26.42千元, 由…增加到2022年的18.26亿元: the item is the sentence's subject, named before.
                label = subject;
            }
            else if (label.Length > 0 && (f.Kind != FigureKind.Count || Units.IsMeasure(f.Unit)) && !GenericQualifiers.Contains(label) && subject is null)
            {
                // The sentence's subject is its first named amount: what a later unnamed amount (比2018年减少26.42千元,
                // 与2021年度的9.12万元相比) or a bare 年初预算 speaks of, even after a list of parts.
                subject = SubjectOf(label);
            }

            // 年初负债总额158.92亿元、所有者权益105.88亿元: the items after an opening balance are opening balances too.
            if (f.Kind == FigureKind.Money && label.Length >= 2)
            {
                if (IsOpeningBalance(label))
                {
                    opening = true;
                }
                else if (opening && !label.StartsWith("年初", StringComparison.Ordinal) && !label.StartsWith("年末", StringComparison.Ordinal) && !isChange)
                {
                    label = "年初" + label;
                }
            }

            // Whose amount: the entity the sentence's subject opens with (国有企业资产总额…，负债总额…), else the nearest
            // heading's (1.企业职工基本养老保险基金。…年末滚存结余…).
            // An item after a semicolon without an entity of its own is still the sentence's entity's (统筹基金收入…；
            // 本年收支结余4124.20万元 is the 统筹基金's balance, not the 个人账户's of the next sentence).
            var scope = subject is null ? "" : Labels.ScopePrefix(subject);
            if (f.Kind == FigureKind.Count && label.Length >= 3 && label.EndsWith("项目", StringComparison.Ordinal))
            {
                // （一）交通项目34个，计划投资56.00亿元: the projects counted are what the sentence's amounts are of.
                sentenceScope = label;
            }
            else if (scope.Length > 0)
            {
                sentenceScope = scope;
            }
            else
            {
                scope = sentenceScope;
            }

            var listClause = CommaClauseStart(text, sentenceStart, f.Start);
            var (parenStart, parenEnd) = EnclosingParens(text, f.Start);
            var period = PeriodOf(text, sentenceStart, clauseStart, f.Start);
            if (IsSpanStart(text, labelFrom, f.Start))
            {
                // 由21.47亿元增加到32.58亿元: the first amount is where the span starts, not this period's amount.
                period = SpanStartPeriod;
            }
            var figure = new Figure
            {
                Id = IdOf(output.Count),
                Span = locate(f.Start, f.Length),
                Text = text.Substring(f.Start, f.Length),
                Value = f.Value,
                Unit = f.Unit,
                Kind = f.Kind,
                BaseValue = f.BaseValue,
                Scale = f.Scale,
                Approx = f.Approx,
                Label = label,
                Direction = direction,
                IsChange = isChange,
                BlockIndex = blockIndex,
                BlockOffset = f.Start,
                Sentence = sentence + s,
                Period = period.Length > 0 ? period : year,
                Scope = scope.Length > 0 ? scope : sections.Scope,
                Cumulative = Labels.IsCumulative(text.AsSpan(listClause, f.Start - listClause)),
                SectionPath = sections.Path,
                InTable = inTable,
            };
            output.Add(new FigureContext(figure, text, sentenceStart, sentenceEnd, parenStart, parenEnd, clauseStart));
            previousEnd = f.End;
            previousLabel = label;
        }

        return sentence + sentences.Count;
    }

    private static string TitleYear(SourceDocument document)
    {
        foreach (var block in document.Blocks.Take(3))
        {
            if (block is ParagraphBlock { Text.Length: > 0 } p)
            {
                var title = p.Text.AsSpan(0, Math.Min(p.Text.Length, 40));
                return title.IndexOf('。') < 0 ? Labels.Period(title) is { Length: 5 } y ? y : "" : "";
            }
        }

        return "";
    }

    /// <summary>
    /// The period of a table's cells where no column heading names one: the year its caption names (表1 2023年收入支出决算总表),
    /// else the year the text before it speaks of. A caption naming two years (2024年与2023年…对比) dates no column.
    /// </summary>
    private static string TablePeriod(string? caption, string year)
    {
        if (caption is null || Labels.Period(caption) is not { Length: 5 } period)
        {
            return year;
        }

        return Labels.Period(caption.AsSpan(0, caption.IndexOf(period, StringComparison.Ordinal))).Length == 5 ? year : period;
    }

    /// <summary>Start of the clause holding <paramref name="at"/> where 、 joins items of one clause (累计发放…18.26万笔、312.48亿元).</summary>
    private static int CommaClauseStart(string text, int sentenceStart, int at)
    {
        var i = at;
        while (i > sentenceStart && (text[i - 1] == '、' || !TextSpans.IsClauseEnd(text[i - 1])))
        {
            i--;
        }

        return i;
    }

    /// <summary>The period of the first amount of 由…增加到…: an earlier state, whatever year the text is about.</summary>
    internal const string SpanStartPeriod = "起点";

    /// <summary>Labels that name a kind of amount but not the item (调整预算 of what?): they take the sentence's subject.</summary>
    private static readonly HashSet<string> GenericQualifiers = new(StringComparer.Ordinal)
    {
        "预算", "调整预算", "年初预算", "预算数", "调整预算数", "年初预算数", "决算数", "执行数", "完成数", "上年数", "上年决算数",
        "支出决算", "决算", "年度预算", "全年预算", "预算安排", "实际支出", "实际完成", "完成", "调整后", "调整后预算", "调整后预算数",
    };

    /// <summary>年初资产总额, 年初负债: a balance at the year's start, not 年初预算 or 年初结转 (items of their own).</summary>
    private static bool IsOpeningBalance(string label) =>
        label.StartsWith("年初", StringComparison.Ordinal) && label.Length > 3
        && !(label.AsSpan(2).StartsWith("预算") || label.AsSpan(2).StartsWith("结转") || label.AsSpan(2).StartsWith("结余") || label.AsSpan(2).StartsWith("计划"));

    /// <summary>True when the text right before the figure is 由 / 从 (a year and 的 between allowed).</summary>
    private static bool IsSpanStart(string text, int from, int at)
    {
        var end = at;
        if (end > from && text[end - 1] == '的')
        {
            end--;
        }

        if (end - from >= 5 && text[end - 1] == '年' && char.IsAsciiDigit(text[end - 2]))
        {
            end -= 5;
        }

        return end > from && text[end - 1] is '由' or '从';
    }

    /// <summary>The period named in the figure's clause, else in its sentence's first clause.</summary>
    private static string PeriodOf(string text, int sentenceStart, int clauseStart, int at)
    {
        var period = Labels.Period(text.AsSpan(clauseStart, at - clauseStart));
        if (period.Length > 0 || clauseStart == sentenceStart)
        {
            return period;
        }

        var firstClauseEnd = sentenceStart;
        while (firstClauseEnd < clauseStart && !TextSpans.IsClauseEnd(text[firstClauseEnd]))
        {
            firstClauseEnd++;
        }

        return Labels.Period(text.AsSpan(sentenceStart, firstClauseEnd - sentenceStart));
    }

    /// <summary>
    /// The item a later change refers to: the label cut before a period or source qualifier
    /// (机关运行经费当年一般公共预算拨款 → 机关运行经费).
    /// </summary>
    private static string SubjectOf(string label)
    {
        foreach (var w in (ReadOnlySpan<string>)["当年", "本年", "全年", "年初", "年末"])
        {
            var at = label.IndexOf(w, StringComparison.Ordinal);
            if (at >= 2)
            {
                return label[..at];
            }
        }

        // 三公经费财政拨款支出决算6.72万元，预算9.00万元: the 预算 after it is the item's budget, not the 决算's; and
        // 三公经费预算26.00万元，实际支出21.37万元: the 实际支出 is the item's, not the budget's.
        foreach (var w in (ReadOnlySpan<string>)["决算数", "决算", "执行数", "年度预算", "预算数", "预算"])
        {
            if (label.Length > w.Length + 1 && label.EndsWith(w, StringComparison.Ordinal))
            {
                return label[..^w.Length];
            }
        }

        return label;
    }

    /// <summary>Start of the clause holding <paramref name="at"/>: after the last clause mark, or after "（其中".</summary>
    private static int ClauseStart(string text, int sentenceStart, int at)
    {
        for (var i = at - 1; i >= sentenceStart; i--)
        {
            var c = text[i];
            if (TextSpans.IsClauseEnd(text, i))
            {
                return i + 1;
            }

            if (c is '）' or ')')
            {
                // A parenthetical inside a name (因公出国（境）费) belongs to the label; one that held figures ends a clause.
                var open = text.LastIndexOfAny(['（', '('], i);
                if (open < sentenceStart || HasDigit(text, open, i))
                {
                    return i + 1;
                }

                i = open;
                continue;
            }

            if (c is '（' or '(' && (IsBreakdownParen(text, i) || OpensPeriodNote(text, i)))
            {
                return i + 1;
            }
        }

        return sentenceStart;
    }

    /// <summary>（上年35.20万元）, （2023年度为4263.92万元）: a note giving another period's amount, no part of a name.</summary>
    private static bool OpensPeriodNote(string text, int open) =>
        TextSpans.StartsWith(text, open + 1, "上年") || TextSpans.StartsWith(text, open + 1, "去年")
        || open + 5 < text.Length && char.IsAsciiDigit(text[open + 1]) && char.IsAsciiDigit(text[open + 4]) && text[open + 5] == '年';

    private static bool HasDigit(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (NumberText.IsArabicDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a parenthesis that opens a list of parts: （其中…）, （含…）, （包括…）.</summary>
    internal static bool IsBreakdownParen(string text, int open) =>
        TextSpans.StartsWith(text, open + 1, "其中") || TextSpans.StartsWith(text, open + 1, "含")
        || TextSpans.StartsWith(text, open + 1, "包括") || TextSpans.StartsWith(text, open + 1, "分别");

    /// <summary>The parenthesised group holding <paramref name="at"/>, as (open, close) offsets, or (-1, -1).</summary>
    private static (int Open, int Close) EnclosingParens(string text, int at)
    {
        var depth = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '）' or ')')
            {
                depth++;
            }
            else if (c is '（' or '(')
            {
                if (depth == 0)
                {
                    var close = i + 1;
                    var d = 0;
                    for (; close < text.Length; close++)
                    {
                        if (text[close] is '（' or '(')
                        {
                            d++;
                        }
                        else if (text[close] is '）' or ')')
                        {
                            if (d == 0)
                            {
                                break;
                            }

                            d--;
                        }
                    }

                    return (i, close);
                }

                depth--;
            }
            else if (TextSpans.IsSentenceEnd(c))
            {
                break;
            }
        }

        return (-1, -1);
    }

    private static readonly (string Word, ChangeDirection Direction)[] DirectionWords =
    [
        ("净增加", ChangeDirection.Increase), ("净增", ChangeDirection.Increase), ("净减少", ChangeDirection.Decrease), ("净减", ChangeDirection.Decrease),
        ("增加", ChangeDirection.Increase), ("增长", ChangeDirection.Increase), ("上升", ChangeDirection.Increase),
        ("提高", ChangeDirection.Increase), ("上涨", ChangeDirection.Increase), ("增多", ChangeDirection.Increase),
        ("多支出", ChangeDirection.Increase), ("超支", ChangeDirection.Increase), ("增收", ChangeDirection.Increase),
        ("增支", ChangeDirection.Increase), ("超出", ChangeDirection.Increase), ("增产", ChangeDirection.Increase), ("减产", ChangeDirection.Decrease),
        ("增", ChangeDirection.Increase),
        ("减收", ChangeDirection.Decrease), ("减支", ChangeDirection.Decrease), ("调增", ChangeDirection.Increase), ("调减", ChangeDirection.Decrease),
        ("减少", ChangeDirection.Decrease), ("下降", ChangeDirection.Decrease), ("降低", ChangeDirection.Decrease),
        ("减", ChangeDirection.Decrease), ("节约", ChangeDirection.Decrease), ("节省", ChangeDirection.Decrease),
        ("回落", ChangeDirection.Decrease), ("缩减", ChangeDirection.Decrease), ("压减", ChangeDirection.Decrease),
        ("少支出", ChangeDirection.Decrease), ("下滑", ChangeDirection.Decrease), ("降", ChangeDirection.Decrease),
    ];

    private static readonly (string Noun, ChangeDirection Direction)[] RateNouns =
    [
        ("增长率", ChangeDirection.Increase), ("增幅", ChangeDirection.Increase), ("增速", ChangeDirection.Increase),
        ("涨幅", ChangeDirection.Increase), ("增长幅度", ChangeDirection.Increase),
        ("降幅", ChangeDirection.Decrease), ("下降率", ChangeDirection.Decrease), ("减幅", ChangeDirection.Decrease),
        ("下降幅度", ChangeDirection.Decrease), ("降低率", ChangeDirection.Decrease),
    ];

    /// <summary>
    /// The direction word right before a figure: 减少26.42千元 is a change (decrease); 减少为0, 增长到5% and 降至3%
    /// are the new level, with the direction kept for the comparison rule.
    /// </summary>
    internal static (ChangeDirection Direction, bool IsChange) DirectionBefore(string text, int from, int at)
    {
        var end = at;
        while (end > from && text[end - 1] is ' ' or '\u3000' or '了' or '约' or '近' or '逾')
        {
            end--;
        }

        var level = false;
        if (end > from && text[end - 1] is '到' or '至' or '为' or '达' or '是')
        {
            // 增长率为12.4%, 降幅达11.9%: a rate noun names a change whatever verb follows it.
            foreach (var (noun, rateDirection) in RateNouns)
            {
                if (end - 1 - from >= noun.Length && TextSpans.EndsWith(text, end - 1, noun))
                {
                    return (rateDirection, true);
                }
            }

            level = text[end - 1] is '到' or '至' or '为';
            end--;
        }

        foreach (var (noun, rateDirection) in RateNouns)
        {
            if (end - from >= noun.Length && TextSpans.EndsWith(text, end, noun))
            {
                return (rateDirection, true);
            }
        }

        foreach (var (word, direction) in DirectionWords)
        {
            if (end - from >= word.Length && TextSpans.EndsWith(text, end, word))
            {
                // 年均增长5.9%: an average yearly rate over several years, not this year's change.
                var before = end - word.Length;
                if (before - from >= 2 && (TextSpans.EndsWith(text, before, "年均") || TextSpans.EndsWith(text, before, "平均")))
                {
                    return (ChangeDirection.None, false);
                }

                // 增 and 降 alone only in 同比增, 比上年降: elsewhere they start other words.
                if (word.Length == 1 && !(end - from >= 2 && text[end - 2] is '比' or '同' or '年' or '长' or '下'))
                {
                    continue;
                }

                return (direction, !level);
            }
        }

        return (ChangeDirection.None, false);
    }

    /// <summary>Keeps the heading path (一、 / （一） / 1. / （1）) as paragraphs go by.</summary>
    private sealed class SectionTracker
    {
        private readonly string?[] _levels = new string?[4];

        public IReadOnlyList<string> Path { get; private set; } = [];

        /// <summary>The entity the innermost heading naming one is about (<see cref="Labels.HeadingScope"/>), or "".</summary>
        public string Scope { get; private set; } = "";

        public void Observe(string text)
        {
            // Headings are short: look at (and copy) only those. A run-in heading ends at its first 。 or ： and the
            // paragraph goes on (1.企业职工基本养老保险基金。收入86.42亿元…).
            var span = text.AsSpan().Trim().Trim('\u3000');
            var stop = span.IndexOfAny('。', '：', ':');
            if (stop > 0 && stop < span.Length - 1)
            {
                span = span[..stop];
                if (span.IndexOfAny('，', ',', '；') >= 0)
                {
                    return;
                }
            }

            if (span.Length == 0 || span.Length > 40)
            {
                return;
            }

            var trimmed = span.ToString();

            var level = LevelOf(trimmed);
            if (level < 0)
            {
                return;
            }

            _levels[level] = trimmed.TrimEnd('。');
            for (var i = level + 1; i < _levels.Length; i++)
            {
                _levels[i] = null;
            }

            Path = _levels.Where(l => l is not null).Select(l => l!).ToArray();
            Scope = Path.Select(Labels.HeadingScope).LastOrDefault(s => s.Length > 0) ?? "";
        }

        private static int LevelOf(string t)
        {
            if (t.Length > 2 && NumberText.IsChineseNumeral(t[0]) && (t[1] == '、' || t.Length > 3 && NumberText.IsChineseNumeral(t[1]) && t[2] == '、'))
            {
                return 0;
            }

            if (t[0] is '（' or '(' && t.Length > 3 && NumberText.IsChineseNumeral(t[1]))
            {
                return 1;
            }

            if (NumberText.IsArabicDigit(t[0]) && t.Length > 2 && t[1] is '.' or '．' or '、' && !t.Contains('。'))
            {
                return 2;
            }

            if (t[0] is '（' or '(' && t.Length > 3 && NumberText.IsArabicDigit(t[1]))
            {
                return 3;
            }

            return -1;
        }
    }
}
