using ReportMiner.Documents;
using ReportMiner.Extraction;

namespace ReportMiner.Reconciliation;

/// <summary>
/// <c>restatement_conflict</c> between tables and text, and between tables:
/// <list type="bullet">
/// <item>text that restates a table item with a value no table cell of that item has (the narrative says
/// 收入支出总计0.3万元 while the 总表 says 2,961.68). Text often names one item for several scopes (budget and actual,
/// this year and last), so an item is in conflict only when none of its text figures matches any of its table cells;
/// an error for 合计/总计 items, a warning otherwise. A text figure is held only against cells it may speak of: the same
/// period (a column's year, else the caption's or the text's before the table), both or neither accumulated, and no
/// two different scopes; "" (not known) agrees with any;</item>
/// <item>the same item (same label, column meaning, period and scope) with different values in two tables of the
/// document (收入支出决算总表 vs 支出决算表 vs 财政拨款支出表): a warning.</item>
/// </list>
/// The text-only restatements stay with <see cref="RestatementRule"/>.
/// </summary>
public sealed partial class TableRestatementRule : IReconciliationRule
{
    public string Id => RestatementRule.RuleId + ":table";

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var table = document.Figures.Where(f => f.InTable && f.Kind == FigureKind.Money && f.Label.Length >= 2).ToList();
        if (table.Count == 0)
        {
            return [];
        }

        var findings = new List<Finding>();
        var funds = new Dictionary<int, string>();
        var byLabel = table.GroupBy(f => StripTotal(f.Label)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var text = document.Figures
            .Where(f => !f.InTable && f.Kind == FigureKind.Money && !f.Approx && !f.IsChange && f.Label.Length >= 2)
            .GroupBy(f => f.Label);
        foreach (var group in text)
        {
            // 以上四项合计 is the total of the items just listed, not the 合计 row of some table.
            if (IsBare(group.Key))
            {
                continue;
            }

            var cells = Aliases(group.Key).SelectMany(a => byLabel.TryGetValue(a, out var l) ? l : [])
                .Where(c => SameTotalKind(group.Key, c.Label)).ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            // A sentence in a section about one fund (八、政府性基金预算财政拨款收入支出决算情况说明) speaks of that fund's
            // amounts, not of an all-funds table's.
            var pairs = group.SelectMany(t => cells.Where(c => MaySpeakOf(t, c) && SameFund(TextFund(t), TableFund(document, c.BlockIndex, funds), c.Label))
                .Select(c => (Text: t, Cell: c))).ToList();
            if (pairs.Count == 0 || pairs.Any(p => Interval.Of(p.Text).Overlaps(Interval.Of(p.Cell))))
            {
                continue;
            }

            // The same digits in another unit (text 1468.8元, table 1468.8 in a 万元 table): the unit was slipped.
            if (pairs.FirstOrDefault(p => p.Text.Value == p.Cell.Value && p.Text.Scale != p.Cell.Scale && p.Text.Value != 0m) is { Text: not null } slip)
            {
                findings.Add(UnitSlip(document, slip.Text, slip.Cell));
                continue;
            }

            // Of the cells, the one nearest the text is the one it most likely restates (实际支出, not 预算数).
            var (first, cell) = pairs.OrderBy(p => Math.Abs(p.Text.BaseValue - p.Cell.BaseValue)).First();
            var decimals = Math.Max(first.Value.Scale, cell.Value.Scale);
            var computed = FindingText.Round(FindingText.ValueIn(cell, first), decimals);
            var isTotal = cells.Any(c => c.Label != StripTotal(c.Label)) || group.Key.EndsWith("合计", StringComparison.Ordinal) || group.Key.EndsWith("总计", StringComparison.Ordinal);
            findings.Add(new Finding
            {
                Location = first.Span,
                Rule = RestatementRule.RuleId,
                Severity = isTotal ? Severity.Error : Severity.Warning,
                Stated = first.Value,
                Computed = computed,
                Difference = FindingText.Round(first.Value - computed, decimals),
                Unit = first.Unit,
                MessageZh = $"{group.Key}文字表述{first.Text}与表中数{cell.Text}{cell.Unit}（{FindingText.Where(cell)}）不一致",
                MessageEn = $"{group.Key} is {first.Text} in the text but {cell.Text}{cell.Unit} in the table ({FindingText.WhereEn(cell)})",
                Evidence = TableTotalRule.Evidence(document, [first, cell]),
                FigureIds = group.Select(f => f.Id).Append(cell.Id).ToList(),
            });
        }

        findings.AddRange(RestatedRates(document));

        // Between tables: same label, column meaning, period and scope, different values; tables of one fund
        // (财政拨款支出决算表, 一般公共预算财政拨款支出决算表) are not compared with those of all funds (支出决算表).
        var sides = new Dictionary<int, string>();
        string SideOf(Figure f) => TableSide(document, f.BlockIndex, sides) is { Length: > 0 } side ? side
            : f.Label.EndsWith("支出", StringComparison.Ordinal) ? "支出" : f.Label.EndsWith("收入", StringComparison.Ordinal) ? "收入" : "";
        // A 汇总 report's tables and each 所属单位's (编制单位：某某局机关) are of different units: never one item.
        var compilers = new Dictionary<int, string>();
        // A 基本支出 table's rows are economic classes (30113 住房公积金, 30217 公务接待费), of the basic spending only: no
        // restatement of the functional 2210201 住房公积金 or of the 三公 table, which cover the project spending too.
        var economic = new Dictionary<int, bool>();
        bool Economic(int block) => economic.TryGetValue(block, out var e) ? e
            : economic[block] = Titles(document, block).Any(t => t.Contains("基本支出", StringComparison.Ordinal) || t.Contains("经济分类", StringComparison.Ordinal));
        foreach (var group in table.GroupBy(f => (f.Label, Meaning(f.Column), f.Period, f.Scope, f.Cumulative, Fund: TableFund(document, f.BlockIndex, funds),
                                                   Compiler: Compiler(document, f.BlockIndex, compilers), Economic: Economic(f.BlockIndex))))
        {
            // A bare 合计/总计 row is each table's own total (收入总表 vs 支出总表): the same word, not the same item.
            if (IsBare(group.Key.Label))
            {
                continue;
            }

            var blocks = group.GroupBy(f => f.BlockIndex).ToList();
            if (blocks.Count < 2)
            {
                continue;
            }

            // Within a table the item may appear once per side; across tables, the first table's value is the reference.
            var reference = blocks[0].First();
            var referenceSide = SideOf(reference);
            foreach (var other in blocks.Skip(1).Select(b => b.First()))
            {
                // The same 科目 in 收入决算表 and in 支出决算表 (or the 总表's 支出 half) is an income and an expenditure.
                if (Interval.Of(reference).Overlaps(Interval.Of(other))
                    || SideOf(other) is { Length: > 0 } side && referenceSide.Length > 0 && side != referenceSide)
                {
                    continue;
                }

                var decimals = Math.Max(reference.Value.Scale, other.Value.Scale);
                var computed = FindingText.Round(FindingText.ValueIn(reference, other), decimals);
                findings.Add(new Finding
                {
                    Location = other.Span,
                    Rule = RestatementRule.RuleId,
                    Severity = Severity.Warning,
                    Stated = other.Value,
                    Computed = computed,
                    Difference = FindingText.Round(other.Value - computed, decimals),
                    Unit = other.Unit,
                    MessageZh = $"{other.Label}在两张表中数额不一致：{FindingText.Where(reference)}为{reference.Text}{reference.Unit}，{FindingText.Where(other)}为{other.Text}{other.Unit}",
                    MessageEn = $"{other.Label} differs between tables: {reference.Text}{reference.Unit} ({FindingText.WhereEn(reference)}) vs {other.Text}{other.Unit} ({FindingText.WhereEn(other)})",
                    Evidence = TableTotalRule.Evidence(document, [reference, other]),
                    FigureIds = [reference.Id, other.Id],
                });
            }
        }

        return findings;
    }

    /// <summary>
    /// A rate the text states for a table's item (税收收入…同比增长6.3%) that no cell of the item's column of that kind
    /// has (the 同比增长% column says 3.6): growth against growth columns, completion against 完成/执行 columns, shares
    /// against 占比/比重 columns. A warning, as for amounts.
    /// </summary>
    private static IEnumerable<Finding> RestatedRates(ExtractedDocument document)
    {
        var cells = document.Figures.Where(f => f.InTable && f.Kind == FigureKind.Percent && f.Label.Length >= 2 && RateKind(f.Column ?? "") != RateKindNone)
            .GroupBy(f => (f.Label, RateKind(f.Column ?? ""))).ToDictionary(g => g.Key, g => g.ToList());
        if (cells.Count == 0)
        {
            yield break;
        }

        var text = document.Figures.Where(f => !f.InTable && f.Kind == FigureKind.Percent && !f.Approx && f.Label.Length >= 2);
        foreach (var group in text.GroupBy(f => (f.Label, TextRateKind(f))))
        {
            if (group.Key.Item2 == RateKindNone || !cells.TryGetValue(group.Key, out var candidates))
            {
                continue;
            }

            var pairs = group.SelectMany(t => candidates.Where(c => MaySpeakOf(t, c)).Select(c => (Text: t, Cell: c))).ToList();
            if (pairs.Count == 0 || pairs.Any(p => SameRate(p.Text, p.Cell)))
            {
                continue;
            }

            var (first, cell) = pairs.OrderBy(p => Math.Abs(p.Text.Value - Math.Abs(p.Cell.Value))).First();
            var decimals = Math.Max(first.Value.Scale, cell.Value.Scale);
            yield return new Finding
            {
                Location = first.Span,
                Rule = RestatementRule.RuleId,
                Severity = Severity.Warning,
                Stated = first.Value,
                Computed = Math.Abs(cell.Value),
                Difference = FindingText.Round(first.Value - Math.Abs(cell.Value), decimals),
                Unit = "%",
                MessageZh = $"{group.Key.Label}文字表述{first.Text}与表中“{cell.Column}”列数{cell.Text}（{FindingText.Where(cell)}）不一致",
                MessageEn = $"{group.Key.Label} is {first.Text} in the text but {cell.Text} in the table's {cell.Column} column ({FindingText.WhereEn(cell)})",
                Evidence = TableTotalRule.Evidence(document, [first, cell]),
                FigureIds = group.Select(f => f.Id).Append(cell.Id).ToList(),
            };
        }
    }

    private const int RateKindNone = 0, RateKindGrowth = 1, RateKindCompletion = 2, RateKindShare = 3;

    private static int RateKind(string column) =>
        column.Contains("增长", StringComparison.Ordinal) || column.Contains("增减", StringComparison.Ordinal) || column.Contains("同比", StringComparison.Ordinal)
        || column.Contains("比上年", StringComparison.Ordinal) || column.Contains("增幅", StringComparison.Ordinal) ? RateKindGrowth
        : column.Contains("完成", StringComparison.Ordinal) || column.Contains("执行", StringComparison.Ordinal) ? RateKindCompletion
        : column.Contains("占比", StringComparison.Ordinal) || column.Contains("比重", StringComparison.Ordinal) || column.Contains("构成", StringComparison.Ordinal) ? RateKindShare
        : RateKindNone;

    private static int TextRateKind(Figure f) =>
        f.IsChange ? RateKindGrowth : f.Direction == ChangeDirection.None && f.Label.Contains("率", StringComparison.Ordinal) ? RateKind(f.Label) : RateKindNone;

    /// <summary>A stated rate agrees with a cell written with or without its sign (下降4.3% and -4.3).</summary>
    private static bool SameRate(Figure text, Figure cell)
    {
        var t = Interval.RoundedOrTruncated(text.Value);
        var c = Interval.RoundedOrTruncated(Math.Abs(cell.Value));
        return t.Overlaps(c);
    }

    private static Finding UnitSlip(ExtractedDocument document, Figure text, Figure cell)
    {
        var intended = FindingText.Normalise(cell.BaseValue / text.Scale);
        return new Finding
        {
            Location = text.Span,
            Rule = SumRule.UnitSlip,
            Severity = Severity.Error,
            Stated = text.Value,
            Computed = intended,
            Difference = FindingText.Normalise(text.Value - intended),
            Unit = text.Unit,
            MessageZh = $"{text.Label}{text.Text}的单位疑为{cell.Unit}之误：表中为{cell.Text}{cell.Unit}（{FindingText.Where(cell)}）",
            MessageEn = $"{text.Label} {text.Text} is most likely {FindingText.Format(text.Value)}{cell.Unit}: the table has {cell.Text}{cell.Unit} ({FindingText.WhereEn(cell)})",
            Evidence = TableTotalRule.Evidence(document, [text, cell]),
            FigureIds = [text.Id, cell.Id],
        };
    }

    private static readonly string[] FundNames = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款", "财政拨款"];

    /// <summary>The fund the innermost heading of a text figure's section names, or "".</summary>
    private static string TextFund(Figure f)
    {
        for (var i = f.SectionPath.Count - 1; i >= 0; i--)
        {
            foreach (var name in FundNames)
            {
                if (f.SectionPath[i].Contains(name, StringComparison.Ordinal))
                {
                    return name;
                }
            }
        }

        return "";
    }

    /// <summary>
    /// A text of no stated fund speaks of any table; one of a fund only of that fund's tables, or of a row naming the
    /// fund (一般公共预算财政拨款收入 in the all-funds 总表).
    /// </summary>
    private static bool SameFund(string text, string table, string rowLabel) =>
        text.Length == 0 || text == table || rowLabel.Contains(text, StringComparison.Ordinal) || rowLabel.Contains("财政拨款", StringComparison.Ordinal) && text.EndsWith("财政拨款", StringComparison.Ordinal);

    /// <summary>
    /// The fund a table's title limits it to (一般公共预算财政拨款, 政府性基金预算财政拨款, 财政拨款), or "" for a table of
    /// all funds. The title is the caption or a short paragraph naming a 表 just before the table.
    /// </summary>
    internal static string TableFund(ExtractedDocument document, int blockIndex, Dictionary<int, string> cache)
    {
        if (cache.TryGetValue(blockIndex, out var known))
        {
            return known;
        }

        var titles = Titles(document, blockIndex);
        var fund = "";
        foreach (var title in titles)
        {
            foreach (var name in FundNames)
            {
                if (title.Contains(name, StringComparison.Ordinal))
                {
                    fund = name;
                    break;
                }
            }

            if (fund.Length > 0)
            {
                break;
            }
        }

        cache[blockIndex] = fund;
        return fund;
    }

    /// <summary>
    /// The unit a table is compiled for (编制单位：青山县农业农村局机关), from its caption, the short paragraphs above it
    /// back to the table before, or its own first rows (WPS puts the title rows inside the table); "" when none says.
    /// </summary>
    private static string Compiler(ExtractedDocument document, int blockIndex, Dictionary<int, string> cache)
    {
        if (cache.TryGetValue(blockIndex, out var known))
        {
            return known;
        }

        var blocks = document.Source.Blocks;
        var texts = new List<string>();
        if (blockIndex < blocks.Count && blocks[blockIndex] is TableBlock t)
        {
            if (t.Caption is { } caption)
            {
                texts.Add(caption);
            }

            texts.AddRange(t.Rows.Take(3).Select(r => string.Join(" ", r.Cells.Select(c => c.Text))));
        }

        for (var b = blockIndex - 1; b >= Math.Max(0, blockIndex - 4) && blocks[b] is ParagraphBlock p; b--)
        {
            texts.Add(p.Text);
        }

        var compiler = texts.Select(x => CompilerLine().Match(x)).FirstOrDefault(m => m.Success)?.Groups["u"].Value ?? "";
        cache[blockIndex] = compiler;
        return compiler;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"编制单位\s*[:：]\s*(?<u>[^\s　:：]+?)(?=\s|　|单位|金额单位|$)")]
    private static partial System.Text.RegularExpressions.Regex CompilerLine();

    /// <summary>
    /// The title lines of a table: its caption and every short paragraph naming a 表 back to the table before it.
    /// </summary>
    private static List<string> Titles(ExtractedDocument document, int blockIndex)
    {
        var blocks = document.Source.Blocks;
        var titles = new List<string>();
        if (blockIndex < blocks.Count && blocks[blockIndex] is TableBlock { Caption: { } caption })
        {
            titles.Add(caption);
        }

        // Every short paragraph naming a 表 back to the table before: a sheet's title may stand above its number and
        // compiler line (一般公共预算财政拨款支出决算表 / 公开05表编制单位：某某… / 2023年度 单位：万元).
        for (var b = blockIndex - 1; b >= Math.Max(0, blockIndex - 4); b--)
        {
            if (blocks[b] is TableBlock)
            {
                break;
            }

            if (blocks[b] is ParagraphBlock p && p.Text.Length <= 60 && p.Text.Contains('表'))
            {
                titles.Add(p.Text);
            }
        }

        return titles;
    }

    /// <summary>
    /// What a table's title says its amounts are: 收入 (收入决算表) or 支出 (支出决算表, 基本支出决算表), "" for both or
    /// neither (收入支出决算总表). The same 科目 is an income in one and an expenditure in the other: no restatement.
    /// </summary>
    internal static string TableSide(ExtractedDocument document, int blockIndex, Dictionary<int, string> cache)
    {
        if (cache.TryGetValue(blockIndex, out var known))
        {
            return known;
        }

        var side = "";
        foreach (var title in Titles(document, blockIndex))
        {
            var income = title.Contains("收入", StringComparison.Ordinal);
            var spending = title.Contains("支出", StringComparison.Ordinal);
            if (income != spending)
            {
                side = income ? "收入" : "支出";
                break;
            }
        }

        cache[blockIndex] = side;
        return side;
    }

    /// <summary>A label that is only a total or remainder word: it names an item only together with its table or list.</summary>
    private static bool IsBare(string label) => label is "合计" or "总计" or "小计" or "其他" or "其它" or "其中";

    /// <summary>
    /// Whether a text figure may restate a cell: the same period, both or neither accumulated over the years, and the
    /// same scope, where a period or scope not known ("") agrees with any.
    /// </summary>
    private static bool MaySpeakOf(Figure text, Figure cell) =>
        text.Cumulative == cell.Cumulative && Agree(text.Period, cell.Period) && Agree(text.Scope, cell.Scope);

    private static bool Agree(string a, string b) => a.Length == 0 || b.Length == 0 || string.Equals(a, b, StringComparison.Ordinal);

    /// <summary>
    /// Table labels (总计/合计 dropped, as the text labeller drops them) a text label may stand for: 收入支出(总计) is the
    /// 总表's 收入总计 and 支出总计.
    /// </summary>
    private static IEnumerable<string> Aliases(string label)
    {
        var key = StripTotal(label);
        yield return key;
        if (key is "收入支出" or "收支" or "收支总额" or "收入支出总额")
        {
            yield return "收入";
            yield return "支出";
            yield return "";
        }
    }

    private static string StripTotal(string label) =>
        label.EndsWith("总计", StringComparison.Ordinal) || label.EndsWith("合计", StringComparison.Ordinal) ? label[..^2] : label;

    /// <summary>收入总计 and 收入合计 are different rows (a 总计 adds transfers and carry-overs to the 合计).</summary>
    private static bool SameTotalKind(string text, string cell) =>
        !(text.EndsWith("总计", StringComparison.Ordinal) && cell.EndsWith("合计", StringComparison.Ordinal)
          || text.EndsWith("合计", StringComparison.Ordinal) && cell.EndsWith("总计", StringComparison.Ordinal));

    /// <summary>
    /// What a column means for comparing tables: the last heading segment; the amount columns of a two-column or
    /// two-sided table (金额, 决算数) mean the same as a 合计 column.
    /// </summary>
    private static string Meaning(string? column)
    {
        var last = column is null ? "" : Labels.Normalise(column.AsSpan(column.LastIndexOf('/') + 1));
        return last is "" or "金额" or "合计" or "决算数" or "本年决算数" or "总计" or "决算金额" ? "amount" : last;
    }

}
