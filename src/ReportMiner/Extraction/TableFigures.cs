using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Documents;

namespace ReportMiner.Extraction;

/// <summary>A total and its parts inside one table, as indices into <see cref="TableExtraction.Contexts"/>.</summary>
internal readonly record struct TableBreakdown(int Total, int[] Parts, bool Selective);

/// <summary>
/// A percentage cell of a row against two amounts of the same row, as indices into <see cref="TableExtraction.Contexts"/>:
/// a growth column (增长%) against the current and prior columns, or a rate column (执行率, 完成预算%) against the
/// actual and the budget.
/// </summary>
/// <summary>
/// A row's ratio or change cell against two amount cells of the row: a growth rate or (<see cref="ChangeAmount"/>) a
/// change amount between current and prior, or a rate of actual to budget.
/// </summary>
internal readonly record struct TableRatio(int Rate, int First, int Second, bool Growth, bool ChangeAmount = false);

/// <summary>The figures of one table and the 合计/小计, code-hierarchy and row-ratio relations between them.</summary>
internal sealed record TableExtraction(List<FigureContext> Contexts, List<TableBreakdown> Breakdowns, int NextSentence)
{
    public List<TableRatio> Ratios { get; init; } = [];
}

/// <summary>
/// Figures from table cells. Cells carry bare numbers, so a figure takes its label from its row heading (the
/// nearest text column to its left, list markers and classification codes removed), its column heading from the
/// heading rows, and its unit from the column heading or the table's caption/header (单位：万元, （万元）).
/// Classification codes (201, 20101, 2010101), the 栏次 row and empty cells ("", "-", "—") are never figures.
/// Relations: a 合计/总计/小计 row against the rows it adds up, a parent row against its children (by the
/// 类/款/项 code hierarchy where codes are given, otherwise by list markers 一、/（一）/1./其中 and indentation),
/// and a 合计 column against its sibling columns.
/// </summary>
internal static partial class TableFigures
{
    private sealed class Row
    {
        public required int Index { get; init; }
        public required TableRow Source { get; init; }
        public string?[] Texts { get; init; } = [];
        public TableCell?[] Cells { get; init; } = [];
        public string Code { get; set; } = "";
        public int Level { get; set; } = -1;
        public bool Selective { get; set; }
        public bool Header { get; set; }
    }

    /// <param name="period">The period of cells whose column heading names none (2023年执行数 names its own).</param>
    /// <param name="scope">The entity the section holding the table is about, or "".</param>
    public static TableExtraction Extract(TableBlock table, int blockIndex, int sentence, IReadOnlyList<string> sectionPath, string period, string scope)
    {
        var contexts = new List<FigureContext>();
        var breakdowns = new List<TableBreakdown>();
        // Repeated headings (a PDF page's) and rows numbering the columns (栏次 | 1 | 2 | 3 …) hold no figures.
        if (table.Rows.Any(r => r.Repeated || NumbersColumns(r)))
        {
            table = table with { Rows = table.Rows.Where(r => !r.Repeated && !NumbersColumns(r)).ToList() };
        }

        var columns = table.Rows.SelectMany(r => r.Cells).Select(c => c.Column + Math.Max(1, c.ColumnSpan)).DefaultIfEmpty(0).Max();
        if (columns == 0)
        {
            return new TableExtraction(contexts, breakdowns, sentence + table.Rows.Count);
        }

        var rows = Grid(table, columns);
        var codeColumns = CodeColumns(rows, columns);
        var firstData = FirstDataRow(rows, columns, codeColumns);
        for (var r = 0; r < firstData; r++)
        {
            rows[r].Header = true;
        }

        var headings = Headings(rows, firstData, columns);
        // A column numbering the rows (行次 1, 2, 3 …) is neither values nor labels.
        var lineNumbers = Enumerable.Range(0, columns).Where(c => IsLineNumberHeading(headings[c])).ToHashSet();
        var valueColumns = ValueColumns(rows, firstData, columns, codeColumns);
        valueColumns.ExceptWith(lineNumbers);
        // A column holding only dashes (经营收入 - - - in a sheet with nothing to report there) names no row either.
        // A column giving each row its unit (统计公报: 指标 | 单位 | 绝对数 | 比上年增长%) names no row.
        var unitColumn = Enumerable.Range(0, columns).Where(c => !valueColumns.Contains(c) && headings[c].Trim() is "单位" or "计量单位").DefaultIfEmpty(-1).First();
        var labelColumns = Enumerable.Range(0, columns).Where(c => !valueColumns.Contains(c) && !codeColumns.Contains(c) && !lineNumbers.Contains(c)
                                                                   && c != unitColumn && !OnlyPlaceholders(rows, firstData, c)).ToHashSet();
        var tableUnit = UnitIn(table.Caption) ?? rows.Take(firstData).SelectMany(r => r.Texts).Select(UnitIn).FirstOrDefault(u => u is not null);
        JoinWrappedLabels(rows, firstData, labelColumns, valueColumns);

        // Codes and levels of the data rows.
        string lastClass = "";
        for (var r = firstData; r < rows.Count; r++)
        {
            var row = rows[r];
            var code = string.Concat(codeColumns.Select(c => Digits(row.Texts[c])));
            if (codeColumns.Count > 1 && code.Length is 4 or 2 && lastClass.Length == 3)
            {
                code = lastClass + code; // 类 written once above its 款 and 项 rows.
            }

            var labelText = FirstLabel(row, labelColumns) ?? "";
            if (code.Length == 0)
            {
                var m = LeadingCode().Match(labelText);
                if (m.Success)
                {
                    code = m.Groups[1].Value;
                }
            }

            if (code.Length is 3 or 5 or 7)
            {
                row.Code = code;
                if (code.Length == 3)
                {
                    lastClass = code;
                }
            }
        }

        AssignLevels(rows, firstData, labelColumns, valueColumns);

        // Figures, row by row.
        var captionPercent = (table.Caption ?? "").AsSpan().IndexOfAny('%', '％') >= 0
                             || rows.Take(firstData).SelectMany(r => r.Texts).Any(t => t is not null && t.Contains("单位", StringComparison.Ordinal) && t.AsSpan().IndexOfAny('%', '％') >= 0);
        var figureAt = new Dictionary<(int Row, int Column), int>();
        for (var r = firstData; r < rows.Count; r++)
        {
            var row = rows[r];
            var rowSentence = sentence + r;
            var lineText = row.Source.LineText;
            foreach (var c in valueColumns.Order())
            {
                var cell = row.Cells[c];
                if (cell is null || cell.Column != c)
                {
                    continue;
                }

                var label = Label(RowLabel(rows, r, c, labelColumns));
                var heading = headings[c];
                // A 增长% or 执行率 column holds percentages whatever unit the table's caption gives its amounts.
                // 单位：亿元、% gives the rate columns (同比增长, 完成预算) their % as the caption gives the amounts their 亿元.
                var percent = IsPercentHeading(heading) || captionPercent && IsRateWording(heading);
                // 养护里程（公里）: a column naming a unit of its own that is no money holds quantities, whatever the caption says.
                var own = UnitIn(heading) is null ? QuantityUnitIn(heading) : null;
                percent |= own is "%" or "％";
                var unit = UnitIn(heading) ?? (percent || own is not null ? null : tableUnit);
                // The row's own unit (亿元, 万吨, %) from a 单位 column holds for its amounts, not for its rate columns.
                if (unitColumn >= 0 && !percent && row.Texts[unitColumn]?.Trim() is { Length: > 0 } rowUnit)
                {
                    if (rowUnit is "%" or "％")
                    {
                        percent = true;
                        unit = null;
                    }
                    else if (UnitIn(rowUnit) is { } money)
                    {
                        unit = money;
                    }
                    else if (rowUnit.Length <= 4 && rowUnit.All(Labels.IsHan))
                    {
                        (unit, own) = (null, rowUnit);
                    }
                }

                var columnPeriod = Labels.Period(heading);
                foreach (var (offset, length, value, unitText, kind, scale) in Numbers(cell.Text, unit, heading, percent, percent ? null : own))
                {
                    var start = cell.Start + offset;
                    var figure = new Figure
                    {
                        Id = "",
                        Span = new SourceSpan(row.Source.Page, row.Source.Line, start, length),
                        Text = cell.Text.Substring(offset, length),
                        Value = value,
                        Unit = unitText,
                        Kind = kind,
                        BaseValue = value * scale,
                        Scale = scale,
                        Label = label,
                        BlockIndex = blockIndex,
                        BlockOffset = start,
                        Sentence = rowSentence,
                        Period = columnPeriod.Length > 0 ? columnPeriod : period,
                        Scope = scope,
                        Cumulative = Labels.IsCumulative(heading),
                        SectionPath = sectionPath,
                        Column = own is null ? StripUnit(heading) : QuantityUnit().Replace(heading, "").Trim(),
                        InTable = true,
                    };
                    figureAt.TryAdd((r, c), contexts.Count);
                    contexts.Add(new FigureContext(figure, lineText, 0, lineText.Length, -1, -1, 0));
                }
            }
        }

        // Columns of ratios do not add up over rows: named so (增长%, 执行率) or holding only percentages (完成调整预算 99.36%).
        var ratioColumns = valueColumns.Where(c => IsRatioHeading(headings[c])
            || figureAt.Where(x => x.Key.Column == c).Select(x => contexts[x.Value].Figure.Kind).DefaultIfEmpty(FigureKind.Money).All(k => k == FigureKind.Percent)).ToHashSet();
        RowBreakdowns(rows, firstData, valueColumns.Except(ratioColumns).ToHashSet(), labelColumns, figureAt, breakdowns);
        ColumnBreakdowns(rows, firstData, headings, valueColumns, figureAt, contexts, breakdowns);
        return new TableExtraction(contexts, breakdowns, sentence + table.Rows.Count) { Ratios = RowRatios(rows, firstData, headings, valueColumns, ratioColumns, figureAt, contexts) };
    }

    /// <summary>
    /// The percentage columns a row can be checked by: 增长% (同比, 增减%, 比上年) against the two columns of different
    /// periods (2023年 / 2022年, 本年 / 上年: the later is current), 执行率 or 完成预算% against the actual column (决算,
    /// 执行, 完成, 实际) and the budget column (预算; the one the heading names when there are 年初 and 调整 budgets).
    /// Columns that leave a choice give nothing: a ratio is checked only against the amounts its heading points to.
    /// </summary>
    private static List<TableRatio> RowRatios(List<Row> rows, int firstData, string[] headings, HashSet<int> valueColumns, HashSet<int> ratioColumns,
        Dictionary<(int Row, int Column), int> figureAt, List<FigureContext> contexts)
    {
        var result = new List<TableRatio>();
        var amountColumns = valueColumns.Except(ratioColumns).Order().ToList();

        // 本年数 / 上年数 / 增减额: the change amount column against the two periods.
        foreach (var cc in ratioColumns.Where(c => !IsPercentHeading(headings[c]) && (headings[c].Contains("增减", StringComparison.Ordinal) || headings[c].Contains("变动额", StringComparison.Ordinal))))
        {
            if (CurrentAndPrior(amountColumns, headings) is not var (current, prior))
            {
                continue;
            }

            for (var r = firstData; r < rows.Count; r++)
            {
                if (figureAt.TryGetValue((r, cc), out var change) && figureAt.TryGetValue((r, current), out var a) && figureAt.TryGetValue((r, prior), out var b)
                    && contexts[change].Figure.Kind == contexts[a].Figure.Kind && contexts[a].Figure.Kind == contexts[b].Figure.Kind && contexts[a].Figure.Kind != FigureKind.Percent)
                {
                    result.Add(new TableRatio(change, a, b, Growth: false, ChangeAmount: true));
                }
            }
        }

        var percentColumns = ratioColumns.Where(c => IsPercentHeading(headings[c]) || RateWords.Any(w => headings[c].Contains(w, StringComparison.Ordinal))
                                                     || figureAt.Where(x => x.Key.Column == c).Select(x => contexts[x.Value].Figure.Kind).DefaultIfEmpty(FigureKind.Money).All(k => k == FigureKind.Percent))
            .Order().ToList();
        foreach (var pc in percentColumns)
        {
            var heading = headings[pc];
            int first, second;
            bool growth;
            if (GrowthWords.Any(w => heading.Contains(w, StringComparison.Ordinal)))
            {
                if (CurrentAndPrior(amountColumns, headings) is not var (current, prior))
                {
                    continue;
                }

                (first, second, growth) = (current, prior, true);
            }
            else if (RateWords.Any(w => heading.Contains(w, StringComparison.Ordinal)))
            {
                var actual = amountColumns.Where(c => ActualWords.Any(w => headings[c].Contains(w, StringComparison.Ordinal)) && !IsTarget(headings[c])
                                                      && PeriodRank(headings[c]) != 0).ToList();
                var budgets = amountColumns.Where(c => IsTarget(headings[c]) && PeriodRank(headings[c]) != 0).ToList();
                var named = budgets.Where(c => BudgetKinds.Any(k => heading.Contains(k, StringComparison.Ordinal) && headings[c].Contains(k, StringComparison.Ordinal))).ToList();
                var budget = named.Count == 1 ? named : budgets;
                if (actual.Count != 1 || budget.Count == 0)
                {
                    continue;
                }

                if (budget.Count > 1)
                {
                    // 年初预算数 and 全年预算数 and a 执行率 naming neither: per row, the one the rate fits; if none, the last
                    // (the budget as adjusted).
                    for (var r = firstData; r < rows.Count; r++)
                    {
                        if (figureAt.TryGetValue((r, pc), out var rate) && figureAt.TryGetValue((r, actual[0]), out var a))
                        {
                            var fitting = budget.Where(c => figureAt.TryGetValue((r, c), out var b) && RelationFinder.Fits(contexts[a].Figure, contexts[b].Figure, contexts[rate].Figure)).ToList();
                            var chosen = fitting.Count > 0 ? fitting[0] : budget[^1];
                            if (figureAt.TryGetValue((r, chosen), out var bb) && contexts[rate].Figure.Kind == FigureKind.Percent
                                && contexts[a].Figure.Kind == contexts[bb].Figure.Kind && contexts[a].Figure.Kind != FigureKind.Percent)
                            {
                                result.Add(new TableRatio(rate, a, bb, false));
                            }
                        }
                    }

                    continue;
                }

                (first, second, growth) = (actual[0], budget[0], false);
            }
            else
            {
                continue;
            }

            for (var r = firstData; r < rows.Count; r++)
            {
                if (figureAt.TryGetValue((r, pc), out var rate) && contexts[rate].Figure.Kind == FigureKind.Percent
                    && figureAt.TryGetValue((r, first), out var a) && figureAt.TryGetValue((r, second), out var b)
                    && contexts[a].Figure.Kind == contexts[b].Figure.Kind && contexts[a].Figure.Kind != FigureKind.Percent)
                {
                    result.Add(new TableRatio(rate, a, b, growth));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The current and the prior amount column of a table with one of each: by the periods the headings name
    /// (2023年 / 2022年, 本年 / 上年); 执行数 beside 上年执行数; or the one amount column that is neither a budget nor
    /// dated beside a 上年同期 (1—9月累计 / 上年同期). Null when that leaves a choice.
    /// </summary>
    private static (int Current, int Prior)? CurrentAndPrior(List<int> amountColumns, string[] headings)
    {
        var ranked = amountColumns.Select(c => (Column: c, Rank: PeriodRank(headings[c]))).Where(x => x.Rank is not null).ToList();
        if (ranked.Count == 1 && ranked[0].Rank == 0)
        {
            if (PriorOf(headings[ranked[0].Column]) is { Length: > 0 } measure && amountColumns.Where(c => headings[c] == measure).ToList() is [var same])
            {
                // 执行数 beside 上年执行数: the heading without a period is this year's.
                ranked.Add((same, 10_000));
            }
            else if (amountColumns.Where(c => c != ranked[0].Column && PeriodRank(headings[c]) is null && !IsTarget(headings[c])).ToList() is [var only])
            {
                ranked.Add((only, 10_000));
            }
        }

        if (ranked.Count < 2)
        {
            return null;
        }

        var latest = ranked.Max(x => x.Rank!.Value);
        var earliest = ranked.Min(x => x.Rank!.Value);
        var current = ranked.Where(x => x.Rank == latest).ToList();
        var prior = ranked.Where(x => x.Rank == earliest).ToList();
        return latest == earliest || current.Count != 1 || prior.Count != 1 ? null : (current[0].Column, prior[0].Column);
    }

    private static readonly string[] GrowthWords = ["增长", "增减", "增幅", "比上年", "同比", "变动"];
    private static readonly string[] RateWords = ["执行率", "完成率", "完成预算", "完成年初预算", "完成调整预算", "执行进度"];
    private static readonly string[] ActualWords = ["决算", "执行数", "完成数", "实际", "实现", "支出数"];
    private static readonly string[] BudgetKinds = ["年初", "调整", "变动后"];

    /// <summary>A budget, plan or target column (预算数, 年度目标值, 计划数, 指标值).</summary>
    private static bool IsTarget(string heading) =>
        heading.Contains("预算", StringComparison.Ordinal) || heading.Contains("目标", StringComparison.Ordinal)
        || heading.Contains("计划", StringComparison.Ordinal) || heading.Contains("指标值", StringComparison.Ordinal);

    /// <summary>上年执行数 → 执行数: the measure a prior-year heading names, or "".</summary>
    private static string PriorOf(string heading)
    {
        foreach (var w in (ReadOnlySpan<string>)["上年", "上期", "去年"])
        {
            if (heading.StartsWith(w, StringComparison.Ordinal))
            {
                return heading[w.Length..];
            }
        }

        return "";
    }

    /// <summary>Orders column periods: a year, or 上年 (before any year named here) and 本年 (after), else null.</summary>
    private static int? PeriodRank(string heading)
    {
        var period = Labels.Period(heading);
        if (period.Length == 5 && int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        if (period == "上年" || heading.Contains("上期", StringComparison.Ordinal))
        {
            return 0;
        }

        return heading.Contains("本年", StringComparison.Ordinal) || heading.Contains("本期", StringComparison.Ordinal) || heading.Contains("今年", StringComparison.Ordinal)
            ? 10_000
            : null;
    }

    /// <summary>Rows with each grid column's cell; a merged cell covers every column (and row) it spans.</summary>
    private static List<Row> Grid(TableBlock table, int columns)
    {
        var rows = new List<Row>(table.Rows.Count);
        var carried = new (TableCell Cell, int Until)?[columns];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var texts = new string?[columns];
            var cells = new TableCell?[columns];
            foreach (var cell in table.Rows[r].Cells)
            {
                for (var c = cell.Column; c < Math.Min(columns, cell.Column + Math.Max(1, cell.ColumnSpan)); c++)
                {
                    cells[c] = cell;
                    texts[c] = cell.Text;
                    carried[c] = cell.RowSpan > 1 ? (cell, r + cell.RowSpan - 1) : null;
                }
            }

            for (var c = 0; c < columns; c++)
            {
                if (cells[c] is null && carried[c] is { } k && k.Until >= r)
                {
                    // A vertically merged cell: its text heads this row too, but its figure stays in its first row.
                    texts[c] = k.Cell.Text;
                }
            }

            rows.Add(new Row { Index = r, Source = table.Rows[r], Texts = texts, Cells = cells, Header = table.Rows[r].IsHeader });
        }

        return rows;
    }

    /// <summary>
    /// Columns of classification codes: headed 编码/代码/科目编码/类/款/项, or left of the row headings with nearly
    /// all entries 3, 5 or 7 digits and no decimals.
    /// </summary>
    private static List<int> CodeColumns(List<Row> rows, int columns)
    {
        var result = new List<int>();
        for (var c = 0; c < columns; c++)
        {
            var header = string.Join("", rows.Take(4).Select(r => r.Texts[c] ?? "")).Replace(" ", "");
            var values = rows.Select(r => r.Cells[c]?.Column == c ? r.Texts[c]?.Trim() : null).Where(t => !string.IsNullOrEmpty(t)).ToList();
            var codes = values.Count(v => CodeCell().IsMatch(v!));
            var headed = header.Contains("编码") || header.Contains("代码") || header is "类" or "款" or "项" or "类款项";
            var amountHeading = AmountWords().IsMatch(header);
            var numbers = values.Count(v => TablesNumber(v!) is not null);
            if ((headed && codes > 0) || (!amountHeading && codes >= 2 && codes >= numbers * 0.9 && c < columns - 1 && LeftOfText(rows, c)))
            {
                result.Add(c);
            }
        }

        return result;
    }

    /// <summary>A code column sits left of the row headings: in rows with numbers, Chinese text follows it.</summary>
    private static bool LeftOfText(List<Row> rows, int column) =>
        rows.Where(r => r.Texts.Skip(column + 1).Any(t => TablesNumber(t) is not null && !CodeCell().IsMatch(t!.Trim())))
            .Any(r => r.Texts.Skip(column + 1).Any(t => t is not null && t.Any(Labels.IsHan) && TablesNumber(t) is null));

    [GeneratedRegex("合计|金额|支出|收入|数|小计|总计|万元|千元|元")]
    private static partial Regex AmountWords();

    /// <summary>The first row with a number in a non-code column that is not a 栏次 (column-number) row.</summary>
    private static int FirstDataRow(List<Row> rows, int columns, List<int> codeColumns)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var numbers = Enumerable.Range(0, columns)
                .Where(c => !codeColumns.Contains(c) && rows[r].Cells[c]?.Column == c && TablesNumber(rows[r].Texts[c]) is not null)
                .Select(c => rows[r].Texts[c]!.Trim()).ToList();
            if (numbers.Count == 0 || rows[r].Source.IsHeader)
            {
                continue;
            }

            if (IsColumnNumberRow(rows[r], numbers))
            {
                continue;
            }

            return r;
        }

        return rows.Count;
    }

    private static bool IsColumnNumberRow(Row row, List<string> numbers)
    {
        if (row.Texts.Any(t => t is not null && t.Replace(" ", "").Contains("栏次")))
        {
            return true;
        }

        // 1 2 3 4 …: small consecutive integers in every value cell.
        return numbers.Count >= 3 && numbers.Select((n, i) => n == (i + 1).ToString(CultureInfo.InvariantCulture)).All(x => x);
    }

    /// <summary>Each column's heading: its heading-row texts top down, joined by '/', repeats and unit-only lines left out.</summary>
    private static string[] Headings(List<Row> rows, int firstData, int columns)
    {
        var result = new string[columns];
        for (var c = 0; c < columns; c++)
        {
            var parts = new List<string>();
            for (var r = 0; r < firstData; r++)
            {
                if (rows[r].Texts.Any(x => x is not null && x.Contains("栏次")))
                {
                    continue;
                }

                var t = rows[r].Texts[c]?.Trim();
                if (string.IsNullOrEmpty(t) || (parts.Count > 0 && parts[^1] == t) || UnitOnly().IsMatch(t) || t.Contains("栏次"))
                {
                    continue;
                }

                if (rows[r].Cells[c] is { } cell && cell.ColumnSpan >= columns && columns > 1)
                {
                    continue; // a title row across the whole table heads no column
                }

                parts.Add(t);
            }

            result[c] = string.Join("/", parts);
        }

        return result;
    }

    /// <summary>Columns whose data cells are mostly numbers (or empty placeholders), not codes.</summary>
    private static HashSet<int> ValueColumns(List<Row> rows, int firstData, int columns, List<int> codeColumns)
    {
        var result = new HashSet<int>();
        for (var c = 0; c < columns; c++)
        {
            if (codeColumns.Contains(c))
            {
                continue;
            }

            int numbers = 0, text = 0;
            for (var r = firstData; r < rows.Count; r++)
            {
                if (rows[r].Cells[c]?.Column != c)
                {
                    continue;
                }

                var t = rows[r].Texts[c]?.Trim() ?? "";
                if (t.Length == 0 || IsPlaceholder(t))
                {
                    continue;
                }

                if (TablesNumber(t) is not null || FigureScanner.Scan(t).Count == 1 && FigureScanner.Scan(t)[0].Length >= t.Length - 1)
                {
                    numbers++;
                }
                else
                {
                    text++;
                }
            }

            if (numbers > 0 && numbers >= text * 2)
            {
                result.Add(c);
            }
        }

        return result;
    }

    private static bool IsLineNumberHeading(string heading)
    {
        var last = heading[(heading.LastIndexOf('/') + 1)..].Trim();
        return last is "行次" or "栏次" or "序号" or "行号" or "栏号";
    }

    /// <summary>栏次 | 1 | 2 | 3 …: a row giving each column its number, which some tables carry under the headings.</summary>
    private static bool NumbersColumns(TableRow row)
    {
        var word = false;
        var numbers = 0;
        foreach (var cell in row.Cells)
        {
            var t = cell.Text.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            if (t is "栏次" or "行次" or "栏号")
            {
                word = true;
            }
            else if (t.Length <= 2 && t.All(char.IsAsciiDigit))
            {
                numbers++;
            }
            else if (t is not ("项目" or "科目名称" or "科目编码" or "功能分类科目编码" or "合计"))
            {
                return false;
            }
        }

        // One number is enough when the row opens with the word: a side of a two-sided 总表 (栏次 | | 2) once unfolded.
        return word && (numbers >= 2 || numbers == 1 && row.Cells.FirstOrDefault(c => c.Text.Trim().Length > 0)?.Text.Trim() is "栏次" or "栏号");
    }

    /// <summary>
    /// A name wrapped in its cell, printed without borders, comes out as rows of its own around the row of its
    /// values (机关事业单位基本养老 / 30108 … 96.48 / 保险缴费), whose name cell is empty: the name is put back together in
    /// the values' row, and the fragments' rows are emptied.
    /// </summary>
    private static void JoinWrappedLabels(List<Row> rows, int firstData, HashSet<int> labelColumns, HashSet<int> valueColumns)
    {
        bool HasValues(Row row) => valueColumns.Any(v => !string.IsNullOrWhiteSpace(row.Texts[v]));
        bool OnlyThere(Row row, int column) =>
            !string.IsNullOrWhiteSpace(row.Texts[column]) && row.Texts.Select((t, i) => (t, i)).All(x => x.i == column || string.IsNullOrWhiteSpace(x.t));

        foreach (var c in labelColumns)
        {
            for (var r = firstData; r < rows.Count; r++)
            {
                if (!string.IsNullOrWhiteSpace(rows[r].Texts[c]) || !HasValues(rows[r]))
                {
                    continue;
                }

                var above = r - 1 >= firstData && OnlyThere(rows[r - 1], c) ? rows[r - 1] : null;
                var below = r + 1 < rows.Count && OnlyThere(rows[r + 1], c) ? rows[r + 1] : null;
                if (above is null && below is null)
                {
                    continue;
                }

                rows[r].Texts[c] = (above?.Texts[c]?.Trim() ?? "") + (below?.Texts[c]?.Trim() ?? "");
                foreach (var fragment in new[] { above, below })
                {
                    if (fragment is not null)
                    {
                        fragment.Texts[c] = null;
                    }
                }
            }
        }
    }

    private static string? FirstLabel(Row row, HashSet<int> labelColumns)
    {
        foreach (var c in labelColumns.Order())
        {
            var t = row.Texts[c]?.Trim();
            if (!string.IsNullOrEmpty(t))
            {
                return t;
            }
        }

        // 合计<TAB><TAB>643.8: a total row's word may stand in the code or row-number column, the name column left empty.
        foreach (var t in row.Texts)
        {
            if (t is not null && IsTotal(Label(t)))
            {
                return t.Trim();
            }
        }

        return null;
    }

    /// <summary>The row heading for a value cell: the nearest text column on its left (two-sided tables have two).</summary>
    private static string RowLabel(List<Row> rows, int r, int column, HashSet<int> labelColumns)
    {
        for (var c = column - 1; c >= 0; c--)
        {
            if (labelColumns.Contains(c))
            {
                var t = rows[r].Texts[c]?.Trim();
                if (!string.IsNullOrEmpty(t))
                {
                    return t;
                }

                // An empty heading cell next to the value: look further left (a code-and-name pair).
            }
        }

        return FirstLabel(rows[r], labelColumns) ?? "";
    }

    /// <summary>The label of a row heading: no code, no list marker (一、 （一） 1. 其中：), normalised.</summary>
    internal static string Label(string text)
    {
        var t = text.Trim();
        var m = LeadingCode().Match(t);
        if (m.Success)
        {
            t = t[m.Length..];
        }

        t = Marker().Replace(t, "");
        t = t.TrimEnd('：', ':');
        return Labels.Normalise(t);
    }

    private static int MarkerLevel(string text)
    {
        var t = text.TrimStart(' ', '\u3000');
        var m = LeadingCode().Match(t);
        if (m.Success)
        {
            t = t[m.Length..];
        }

        if (ChineseMarker().IsMatch(t))
        {
            return 0;
        }

        if (ParenChineseMarker().IsMatch(t))
        {
            return 1;
        }

        if (DigitMarker().IsMatch(t))
        {
            return 2;
        }

        if (ParenDigitMarker().IsMatch(t))
        {
            return 3;
        }

        return -1;
    }

    private static bool IsTotal(string label) =>
        (label.EndsWith("合计", StringComparison.Ordinal) || label.EndsWith("总计", StringComparison.Ordinal) || label is "合计" or "总计" or "总额")
        && !IsSubtotal(label);

    private static Reconciliation.Interval? Value(Row row, int column) =>
        TablesNumber(row.Texts.ElementAtOrDefault(column)) is { } v ? Reconciliation.Interval.Rounded(v) : null;

    private static Reconciliation.Interval Sum(IEnumerable<Row> rows, int column) =>
        rows.Select(r => Value(r, column) ?? Reconciliation.Interval.Exact(0m)).Aggregate(Reconciliation.Interval.Exact(0m), (a, b) => a + b);

    private static bool AddsUp(Row total, List<Row> members, int column) =>
        Value(total, column) is not { } t || Sum(members, column).Overlaps(t);

    private static bool DoubleCounted(Row total, List<Row> members, int column) =>
        Value(total, column) is { } t && t.Low > 0 && Sum(members, column).Overlaps(t.Times(2m));

    /// <summary>
    /// The members without one run of rows that adds up to the member right before it, when the rest then adds up to
    /// the total; null when there is no such run.
    /// </summary>
    private static List<Row>? WithoutNestedRun(Row total, List<Row> members, int column)
    {
        if (Value(total, column) is not { } t)
        {
            return null;
        }

        var whole = Sum(members, column);
        for (var i = 0; i < members.Count - 1; i++)
        {
            if (Value(members[i], column) is not { } parent || parent.High <= 0)
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(members.Count, i + 9); j++)
            {
                var run = Sum(members.Skip(i + 1).Take(j - i), column);
                if (run.Overlaps(parent) && (whole - run).Overlaps(t))
                {
                    return members.Take(i + 1).Concat(members.Skip(j + 1)).ToList();
                }
            }
        }

        return null;
    }

    /// <summary>
    /// An area row's value no larger than its largest town's: the column is an average or a level (降水量（毫米）,
    /// 人均…), not a sum.
    /// </summary>
    private static bool IsAverage(Row total, List<Row> members, int column)
    {
        var values = members.Select(m => TablesNumber(m.Texts.ElementAtOrDefault(column))).Where(v => v is > 0).Select(v => v!.Value).ToList();
        return values.Count >= 2 && TablesNumber(total.Texts.ElementAtOrDefault(column)) is { } t && t <= values.Max();
    }

    private static bool IsAreaTotal(string label) => label is "全县" or "全市" or "全区" or "全省" or "全州" or "全旗" or "全镇" or "全乡" or "全国";

    private static bool StartsWithOfWhich(Row row) =>
        (row.Texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "").TrimStart().StartsWith("其中", StringComparison.Ordinal);

    private static bool IsSubtotal(string label) => label.EndsWith("小计", StringComparison.Ordinal);

    /// <summary>
    /// Levels of the data rows: code length (类 0, 款 1, 项 2) where codes are given; otherwise list markers
    /// (一、 0, （一） 1, 1. 2, （1） 3), 其中 one below the row it follows, and unmarked rows at the level of the
    /// row before (one deeper when indented further).
    /// </summary>
    private static void AssignLevels(List<Row> rows, int firstData, HashSet<int> labelColumns, HashSet<int> valueColumns)
    {
        Row? previous = null;
        var parentOfWhich = -1;
        var parentIndent = 0;
        var groupIndented = false;
        var group = new OfWhichSum();
        var ofWhichRun = false;
        Row? ofWhichParent = null;
        Row? marked = null;
        var ofWhichCode = "";
        for (var r = firstData; r < rows.Count; r++)
        {
            var row = rows[r];
            var text = FirstLabel(row, labelColumns) ?? "";
            var label = Label(text);
            var indent = labelColumns.Select(c => row.Cells[c]?.Indent ?? 0).DefaultIfEmpty(0).Max();
            if (row.Code.Length > 0)
            {
                row.Level = (row.Code.Length - 3) / 2;
                // 302 商品和服务支出 / 30217 其中：公务接待费 / 30231 公务用车运行维护费: items named after 其中 are a
                // selection of the parent's, up to the next shorter code.
                if (text.TrimStart().StartsWith("其中", StringComparison.Ordinal))
                {
                    ofWhichCode = row.Code;
                }
                else if (ofWhichCode.Length > 0 && (row.Code.Length != ofWhichCode.Length || !row.Code.StartsWith(ofWhichCode[..^2], StringComparison.Ordinal)))
                {
                    ofWhichCode = "";
                }

                row.Selective = ofWhichCode.Length > 0;
            }
            else if (IsTotal(label) || IsSubtotal(label) || IsAreaTotal(label) && (r == firstData || r == rows.Count - 1))
            {
                // 全县 / 全市 as the first or last row of a table of its towns is the table's total.
                row.Level = -1;
                parentOfWhich = -1;
            }
            else if (text.TrimStart().StartsWith("其中", StringComparison.Ordinal))
            {
                var parentLevel = previous is { Level: >= 0 } ? previous.Level : 0;
                row.Level = parentLevel + 1;
                row.Selective = true;
                parentOfWhich = row.Level;
                parentIndent = previous is null ? 0 : labelColumns.Select(c => previous.Cells[c]?.Indent ?? 0).DefaultIfEmpty(0).Max();
                groupIndented = false;
                group = OfWhichSum.Start(previous, row, valueColumns);
                ofWhichParent = previous;
                ofWhichRun = previous is not null && RunAddsUpTo(rows, r, previous, labelColumns, valueColumns);
            }
            else
            {
                var marker = MarkerLevel(text);
                if (marker >= 0)
                {
                    row.Level = marker;
                    parentOfWhich = -1;
                    marked = row;
                }
                else if (parentOfWhich >= 0 && (indent > parentIndent || (!groupIndented && !group.Complete && (ofWhichRun || !SameKind(ofWhichParent, label, labelColumns)))))
                {
                    group.Add(row);
                    // The rows after 其中 belong to it while they are indented under it (其中：公务用车购置费 /
                    // 　　公务用车运行维护费); where the table shows indentation, a row back at the parent's indent
                    // (公务接待费) ends the group.
                    groupIndented |= indent > parentIndent;
                    row.Level = parentOfWhich;
                    row.Selective = true;
                }
                else if (parentOfWhich >= 0)
                {
                    row.Level = Math.Max(0, parentOfWhich - 1);
                    parentOfWhich = -1;
                }
                else if (ReferenceEquals(previous, marked) && previous is { Level: >= 0 } m
                         && indent == labelColumns.Select(c => m.Cells[c]?.Indent ?? 0).DefaultIfEmpty(0).Max()
                         && RunAddsUpTo(rows, r, m, labelColumns, valueColumns))
                {
                    // Unmarked rows right under a marked one (一、税收收入 / 增值税 / 契税 / 二、非税收入) are its items,
                    // even where the table shows no indentation, when they add up to it.
                    row.Level = m.Level + 1;
                }
                else if (previous is { Level: >= 0 } p)
                {
                    var pIndent = labelColumns.Select(c => p.Cells[c]?.Indent ?? 0).DefaultIfEmpty(0).Max();
                    row.Level = indent > pIndent ? p.Level + 1 : indent < pIndent ? Math.Max(0, p.Level - 1) : p.Level;
                }
                else
                {
                    row.Level = indent > 0 ? 1 : 0;
                }
            }

            previous = row;
        }

        // Marker levels are relative: a table using only （一） and 其中 starts at （一）.
        var data = rows.Skip(firstData).Where(r => r.Level >= 0 && r.Code.Length == 0).ToList();
        if (data.Count > 0)
        {
            var min = data.Min(r => r.Level);
            foreach (var r in data)
            {
                r.Level -= min;
            }
        }
    }

    /// <summary>
    /// Whether a row after a 其中 row names a thing of the same kind as the 其中 row's parent (汽车类 … 其他类, 城区 …
    /// 开发区): then it is the parent's sibling, not one of the parent's items, unless the rows add up to the parent.
    /// </summary>
    private static bool SameKind(Row? parent, string label, HashSet<int> labelColumns)
    {
        var parentLabel = parent is null ? "" : Label(FirstLabel(parent, labelColumns) ?? "");
        return parentLabel.Length >= 2 && label.Length >= 2 && parentLabel[^1] == label[^1] && parentLabel[^1] is '类' or '业' or '区' or '县' or '市' or '镇' or '乡' or '品';
    }

    /// <summary>
    /// Whether the unmarked rows from <paramref name="first"/> up to the next marked, 其中 or total row add up to the
    /// marked row <paramref name="parent"/> above them (in its first value column with a number).
    /// </summary>
    private static bool RunAddsUpTo(List<Row> rows, int first, Row parent, HashSet<int> labelColumns, HashSet<int> valueColumns)
    {
        var sum = OfWhichSum.Start(parent, rows[first], valueColumns);
        for (var k = first + 1; k < rows.Count && !sum.Complete; k++)
        {
            var text = FirstLabel(rows[k], labelColumns) ?? "";
            var label = Label(text);
            if (MarkerLevel(text) >= 0 || IsTotal(label) || IsSubtotal(label) || text.TrimStart().StartsWith("其中", StringComparison.Ordinal))
            {
                break;
            }

            sum.Add(rows[k]);
        }

        return sum.Complete;
    }

    /// <summary>
    /// The running sum of a 其中 group in the parent's first value column. Where the table shows no indentation, the
    /// group ends once its rows add up to the parent: 公务用车购置及运行费 60 / 其中：购置费 25 / 运行费 35 /
    /// 公务接待费 26.5 — the last row is the parent's sibling, not a third part.
    /// </summary>
    private sealed class OfWhichSum
    {
        private int _column = -1;
        private Reconciliation.Interval _parent;
        private Reconciliation.Interval _sum = Reconciliation.Interval.Exact(0m);

        public bool Complete { get; private set; }

        public static OfWhichSum Start(Row? parent, Row first, HashSet<int> valueColumns)
        {
            var sum = new OfWhichSum();
            foreach (var c in valueColumns.Order())
            {
                if (parent is not null && TablesNumber(parent.Texts[c]) is { } value)
                {
                    sum._column = c;
                    sum._parent = Reconciliation.Interval.Rounded(value);
                    sum.Add(first);
                    break;
                }
            }

            return sum;
        }

        public void Add(Row row)
        {
            if (_column < 0 || TablesNumber(row.Texts[_column]) is not { } value)
            {
                return;
            }

            // Stated numbers are rounded: the parts add up when their interval meets the parent's.
            _sum += Reconciliation.Interval.Rounded(value);
            Complete = _sum.Overlaps(_parent);
        }
    }

    private static void RowBreakdowns(List<Row> rows, int firstData, HashSet<int> valueColumns, HashSet<int> labelColumns,
        Dictionary<(int, int), int> figureAt, List<TableBreakdown> output)
    {
        var hasCodes = rows.Skip(firstData).Any(r => r.Code.Length > 0);
        foreach (var c in valueColumns.Order())
        {
            // Parent rows and their direct children.
            for (var r = firstData; r < rows.Count; r++)
            {
                var row = rows[r];
                if (!figureAt.TryGetValue((r, c), out var total))
                {
                    continue;
                }

                var label = Label(RowLabel(rows, r, c, labelColumns));
                List<Row> members;
                if (row.Level < 0)
                {
                    members = TotalMembers(rows, firstData, r, label);
                }
                else if (hasCodes && row.Code.Length > 0)
                {
                    members = rows.Skip(firstData).Where(x => x.Code.Length == row.Code.Length + 2 && x.Code.StartsWith(row.Code, StringComparison.Ordinal)).ToList();
                }
                else
                {
                    members = [];
                    for (var k = r + 1; k < rows.Count && rows[k].Level > row.Level; k++)
                    {
                        if (rows[k].Level == row.Level + 1)
                        {
                            members.Add(rows[k]);
                        }
                    }
                }

                if (members.Count >= 3 && !AddsUp(row, members, c))
                {
                    if (DoubleCounted(row, members, c))
                    {
                        // Members that add up to twice the total hold subtotals beside their own items (an economic
                        // classification whose 301 row was not seen as the parent of its 301xx rows): no reliable list.
                        continue;
                    }

                    // 年初结转和结余 41.88 followed by its own 一般公共预算 23.07 and 政府性基金 18.81, indented in the
                    // document but not in the cells: the run that adds up to the row before it is that row's breakdown.
                    if (WithoutNestedRun(row, members, c) is { } nested)
                    {
                        members = nested;
                    }
                }

                var parts = members.Where(m => figureAt.ContainsKey((m.Index, c))).Select(m => figureAt[(m.Index, c)]).ToArray();
                if (parts.Length == 0 || members.Count < 1 || row.Level < 0 && IsAreaTotal(label) && IsAverage(row, members, c))
                {
                    continue;
                }

                // A 其中 group that names its remainder (其他管理费) lists every part: it must add up.
                var selective = members.All(m => m.Selective)
                                && !members.Any(m => Label(FirstLabel(m, labelColumns) ?? "") is var l && (l.StartsWith("其他", StringComparison.Ordinal) || l.StartsWith("其它", StringComparison.Ordinal)));
                output.Add(new TableBreakdown(total, parts, selective));
            }
        }
    }

    /// <summary>
    /// The rows a 合计/总计/小计 row adds up: at the top of the table, the top-level rows after it (to the next
    /// total); at the bottom, the top-level rows since the previous total, that total included when this one is a
    /// 总计 over a 合计 (本年收入合计 + 年初结转和结余 = 收入总计).
    /// </summary>
    private static List<Row> TotalMembers(List<Row> rows, int firstData, int r, string label)
    {
        var before = new List<Row>();
        Row? previousTotal = null;
        for (var k = r - 1; k >= firstData; k--)
        {
            if (rows[k].Level < 0)
            {
                previousTotal = rows[k];
                break;
            }

            before.Add(rows[k]);
        }

        before.Reverse();
        // 本年收入合计 / 其中：财政拨款收入 / 其他收入 / 本年支出合计 / 其中：基本支出 …: the 其中 rows above are the
        // previous total's own breakdown; this total's members follow it.
        // 收入总计 / 其中：本年收入合计 / 年初结转和结余 / 支出总计 / 其中：本年支出合计 / 年末结转和结余 likewise, where the
        // 其中 row is itself a total.
        var ofPrevious = previousTotal is not null && before.Count > 0
                         && (before.All(x => x.Selective) || StartsWithOfWhich(previousTotal))
                         && r + 1 < rows.Count && (rows[r + 1].Level >= 0 && rows[r + 1].Selective || StartsWithOfWhich(rows[r + 1]));
        if (before.Count > 0 && !ofPrevious)
        {
            var min = before.Min(x => x.Level);
            var members = before.Where(x => x.Level == min).ToList();
            // 收入总计 = 本年收入合计 + 年初结转和结余: a 总计 takes the 合计 of its own side above it, never the other
            // side's 总计 (支出总计 does not include 收入总计).
            var previousLabel = previousTotal is null ? "" : Label(previousTotal.Texts.FirstOrDefault(t => !string.IsNullOrEmpty(t)) ?? "");
            if (previousTotal is not null && label.EndsWith("总计", StringComparison.Ordinal) && !IsSubtotal(previousLabel)
                && !previousLabel.EndsWith("总计", StringComparison.Ordinal) && SameSide(label, previousLabel))
            {
                members.Insert(0, previousTotal);
            }

            return members;
        }

        var after = new List<Row>();
        var k2 = r + 1;
        for (; k2 < rows.Count && rows[k2].Level >= 0; k2++)
        {
            after.Add(rows[k2]);
        }

        // 本年收入合计 / 使用非财政拨款结余 / 年初结转和结余 / 收入总计: the rows between a 合计 and the 总计 below it are the
        // 总计's other members beside the 合计, not the 合计's breakdown.
        if (k2 < rows.Count && !label.EndsWith("总计", StringComparison.Ordinal)
            && Label(rows[k2].Texts.FirstOrDefault(t => !string.IsNullOrEmpty(t)) ?? "").EndsWith("总计", StringComparison.Ordinal))
        {
            return [];
        }

        // A total on top of its members needs at least two of them: a single row after a total (本年支出合计 /
        // 年末结转和结余 / 支出总计) is the next item, not its breakdown.
        if (after.Count < 2)
        {
            return [];
        }

        var top = after.Min(x => x.Level);
        return after.Where(x => x.Level == top).ToList();
    }

    /// <summary>False only when both labels name a side and the sides differ (收入… against 支出…).</summary>
    private static bool SameSide(string a, string b)
    {
        static int Side(string l) => l.Contains("收入", StringComparison.Ordinal) ? 1 : l.Contains("支出", StringComparison.Ordinal) ? 2 : 0;
        return Side(a) == 0 || Side(b) == 0 || Side(a) == Side(b);
    }

    /// <summary>A 合计/小计 column against the columns it adds up: those after it under the same heading (or before it, when it is last).</summary>
    private static void ColumnBreakdowns(List<Row> rows, int firstData, string[] headings, HashSet<int> valueColumns,
        Dictionary<(int, int), int> figureAt, List<FigureContext> contexts, List<TableBreakdown> output)
    {
        var ordered = valueColumns.Order().ToList();
        foreach (var tc in ordered)
        {
            var (group, last) = SplitHeading(headings[tc]);
            if (!(last.EndsWith("合计", StringComparison.Ordinal) || last.EndsWith("小计", StringComparison.Ordinal) || last.EndsWith("总计", StringComparison.Ordinal)))
            {
                continue;
            }

            // A sub-group's own 小计 (预算数/公务用车购置及运行费/小计) stands for the sub-group beside its siblings.
            var siblings = ordered.Where(c => c != tc && (SplitHeading(headings[c]).Group == group && !IsTotalHeading(headings[c])
                                                          || IsTotalHeading(headings[c]) && IsDirectSubgroup(SplitHeading(headings[c]).Group, group))).ToList();
            var after = siblings.Where(c => c > tc).ToList();
            var members = after.Count >= 2 ? after : siblings.Where(c => c < tc).ToList();
            if (members.Count < 2 || members.Any(m => IsPercentHeading(headings[m])))
            {
                continue;
            }

            for (var r = firstData; r < rows.Count; r++)
            {
                if (!figureAt.TryGetValue((r, tc), out var total))
                {
                    continue;
                }

                var parts = members.Where(m => figureAt.ContainsKey((r, m))).Select(m => figureAt[(r, m)]).ToArray();
                if (parts.Length == 0 || parts.Any(p => contexts[p].Figure.Kind != contexts[total].Figure.Kind))
                {
                    continue;
                }

                output.Add(new TableBreakdown(total, parts, Selective: false));
            }
        }
    }

    /// <summary>预算数/公务用车购置及运行费 is a direct sub-group of 预算数 (and 公务用车购置及运行费 of "").</summary>
    private static bool IsDirectSubgroup(string sub, string group) =>
        group.Length == 0 ? sub.Length > 0 && !sub.Contains('/') : sub.StartsWith(group + "/", StringComparison.Ordinal) && !sub.AsSpan(group.Length + 1).Contains('/');

    private static (string Group, string Last) SplitHeading(string heading)
    {
        var stripped = StripUnit(heading);
        var i = stripped.LastIndexOf('/');
        return i < 0 ? ("", stripped) : (stripped[..i], stripped[(i + 1)..]);
    }

    private static bool IsTotalHeading(string heading)
    {
        var last = SplitHeading(heading).Last;
        return last.EndsWith("合计", StringComparison.Ordinal) || last.EndsWith("小计", StringComparison.Ordinal) || last.EndsWith("总计", StringComparison.Ordinal);
    }

    /// <summary>Columns of rates and changes (完成预算%, 增长%, 增减率, 比上年±): their 合计 row is no sum of the rows.</summary>
    private static bool IsRatioHeading(string heading) =>
        IsPercentHeading(heading) || heading.Contains("增长", StringComparison.Ordinal) || heading.Contains("增减", StringComparison.Ordinal)
        || heading.Contains("完成预算", StringComparison.Ordinal) || heading.Contains("±", StringComparison.Ordinal)
        // Amounts per unit (单产（公斤/亩）, 人均, 每千人口) do not add up over rows.
        || PerUnitHeading().IsMatch(heading) || heading.Contains("单产", StringComparison.Ordinal) || heading.Contains("人均", StringComparison.Ordinal)
        || heading.Contains("平均", StringComparison.Ordinal) || heading.Contains("单价", StringComparison.Ordinal) || heading.Contains('每');

    /// <summary>
    /// Headings of growth, completion and share columns, whatever unit they print (同比增长, 完成预算, 占比); not amounts
    /// (完成数, 增减额, 变动额).
    /// </summary>
    private static bool IsRateWording(string heading) =>
        !heading.Contains('额')
        && (GrowthWords.Any(w => heading.Contains(w, StringComparison.Ordinal)) || RateWords.Any(w => heading.Contains(w, StringComparison.Ordinal)) || heading.Contains('占'));

    private static bool IsPercentHeading(string heading) =>
        heading.Contains('%') || heading.Contains('％') || heading.Contains("率") || heading.Contains("比例") || heading.Contains("比重");

    /// <summary>The numbers in a value cell, with the unit they get: bare numbers take the column's or table's unit.</summary>
    private static IEnumerable<(int Offset, int Length, decimal Value, string Unit, FigureKind Kind, decimal Scale)> Numbers(string text, string? unit, string heading, bool percent, string? quantityUnit = null)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || IsPlaceholder(trimmed))
        {
            yield break;
        }

        var offset = text.IndexOf(trimmed, StringComparison.Ordinal);
        var bare = TablesNumber(trimmed);
        if (bare is { } value)
        {
            if (trimmed.EndsWith('%') || trimmed.EndsWith('％') || percent && unit is null)
            {
                yield return (offset, trimmed.Length, value, "%", FigureKind.Percent, 1m);
                yield break;
            }

            if (unit is null)
            {
                // No money unit: the numbers still add up inside the table, but they are no amount of money. A unit the
                // scanner knows (万人, 万吨, 亿千瓦时) scales them as the same words do in the text.
                var found = quantityUnit is null ? [] : FigureScanner.Scan(trimmed + quantityUnit);
                ScannedFigure? scanned = found.Count == 1 && found[0].Start == 0 && found[0].Length == trimmed.Length + quantityUnit!.Length ? found[0] : null;
                yield return scanned is null
                    ? (offset, trimmed.Length, value, quantityUnit ?? "", FigureKind.Count, 1m)
                    : (offset, trimmed.Length, scanned.Value.Value, scanned.Value.Unit, scanned.Value.Kind, scanned.Value.Scale);
                yield break;
            }

            yield return (offset, trimmed.Length, value, unit, FigureKind.Money, ScaleOf(unit));
            yield break;
        }

        foreach (var f in FigureScanner.Scan(text))
        {
            yield return (f.Start, f.Length, f.Value, f.Unit, f.Kind, f.Scale);
        }
    }

    private static decimal ScaleOf(string unit) => unit switch
    {
        "万元" => 10_000m,
        "千元" => 1_000m,
        "亿元" => 100_000_000m,
        "百万元" => 1_000_000m,
        _ => 1m,
    };

    /// <summary>A unit other than money that a heading names in brackets at its end: 养护里程（公里）, 人数(人), 增长（%）.</summary>
    private static string? QuantityUnitIn(string heading)
    {
        var m = QuantityUnit().Match(heading);
        return m.Success && m.Groups["u"].Value is not ("单位" or "类" or "款" or "项") ? m.Groups["u"].Value : null;
    }

    [GeneratedRegex(@"[（(](?<u>[\u4e00-\u9fff]{1,3}|%|％)[）)]\s*$")]
    private static partial Regex QuantityUnit();

    /// <summary>The money unit named in a caption or heading: 单位：万元, （千元）, 金额(元).</summary>
    internal static string? UnitIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var m = UnitPattern().Match(text);
        return m.Success ? m.Groups["u"].Value : null;
    }

    private static string StripUnit(string heading) => UnitParen().Replace(heading, "").Trim();

    private static bool OnlyPlaceholders(List<Row> rows, int firstData, int column)
    {
        var any = false;
        for (var r = firstData; r < rows.Count; r++)
        {
            if (rows[r].Texts.ElementAtOrDefault(column)?.Trim() is { Length: > 0 } t)
            {
                if (!IsPlaceholder(t))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    private static bool IsPlaceholder(string t) => t is "-" or "—" or "－" or "——" or "/" or "--" or "…" or "*" or "x" or "X" or "×";

    private static string Digits(string? text) => text is null ? "" : new string(text.Where(char.IsAsciiDigit).ToArray());

    /// <summary>A bare table number: 2,961.68, -3.5, −3.5, (12.00), 12.5%, with nothing else in the cell.</summary>
    internal static decimal? TablesNumber(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var t = text.Trim().Replace(" ", "");
        if (t.Length == 0)
        {
            return null;
        }

        var negative = false;
        if (t.StartsWith('(') && t.EndsWith(')') || t.StartsWith('（') && t.EndsWith('）'))
        {
            negative = true;
            t = t[1..^1];
        }

        if (t.EndsWith('%') || t.EndsWith('％'))
        {
            t = t[..^1];
        }

        if (t.StartsWith('-') || t.StartsWith('−') || t.StartsWith('－'))
        {
            negative = !negative;
            t = t[1..];
        }

        if (!NumberShape().IsMatch(t))
        {
            return null;
        }

        if (!decimal.TryParse(t.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return negative ? -value : value;
    }

    /// <summary>A unit per something in brackets: （公斤/亩）, (元/人). Headings of several rows are joined by a bare "/".</summary>
    [GeneratedRegex(@"[（(][^）)]*[/／][^）)]*[）)]")]
    private static partial Regex PerUnitHeading();

    [GeneratedRegex(@"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")]
    private static partial Regex NumberShape();

    [GeneratedRegex(@"^\d{3}(?:\d{2}){0,2}$|^\d{2}$")]
    private static partial Regex CodeCell();

    [GeneratedRegex(@"^\s*(\d{3}(?:\d{2}){0,2})(?=\s|[\u4e00-\u9fff])\s*")]
    private static partial Regex LeadingCode();

    [GeneratedRegex(@"^[\s\u3000]*(?:其中[:：]?|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]、?|\d+[.．、](?!\d)|[（(]\d+[）)]、?|[①②③④⑤⑥⑦⑧⑨⑩])[\s\u3000]*")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^[一二三四五六七八九十]+[、.．]")]
    private static partial Regex ChineseMarker();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex ParenChineseMarker();

    [GeneratedRegex(@"^\d+[.．、](?!\d)")]
    private static partial Regex DigitMarker();

    [GeneratedRegex(@"^[（(]\d+[）)]")]
    private static partial Regex ParenDigitMarker();

    [GeneratedRegex(@"(?:单位[:：]\s*|[（(]\s*|金额\s*)(?<u>万元|千元|亿元|百万元|元)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"^(?:单位[:：]\s*)?(?:人民币)?(?:万元|千元|亿元|元)$|^[（(](?:单位[:：])?(?:万元|千元|亿元|元)[）)]$")]
    private static partial Regex UnitOnly();

    [GeneratedRegex(@"[（(]\s*(?:单位[:：]\s*)?(?:万元|千元|亿元|百万元|元|%|％)\s*[）)]")]
    private static partial Regex UnitParen();
}
