using ReportMiner.Documents;

namespace ReportMiner.Ingestion;

/// <summary>
/// Finds tables laid out as text (a table copied from a spreadsheet or pdftotext output): runs of at least
/// <see cref="MinRows"/> consecutive lines of a label, a wide gap (a TAB or two or more spaces) and only numbers after
/// it. Such a run becomes a <see cref="TableBlock"/> whose cells keep their offsets in the file's own line, so figures
/// found in them point at the right columns; a line just before it that names the unit (金额单位：万元) is its caption.
/// </summary>
internal static class TextTables
{
    /// <summary>Fewer rows than this are prose that happens to hold a gap, not a table.</summary>
    private const int MinRows = 3;

    /// <summary>Groups a file's lines into paragraphs and tables, in order; <paramref name="lines"/> are 1-based by index + 1.</summary>
    public static List<Block> Blocks(IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var blocks = new List<Block>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var end = i;
            while (end < lines.Count && Row(lines[end]) is not null)
            {
                end++;
            }

            if (end - i >= MinRows)
            {
                // A heading line right above the numbers (项目<TAB>决算数) is the table's header row, and the line naming
                // the unit (金额单位：万元) may stand above it.
                var rows = new List<TableRow>(end - i + 1);
                var first = i;
                if (blocks.Count > 0 && blocks[^1] is ParagraphBlock heading && HeaderRow(lines[i - 1]) is { } header)
                {
                    blocks.RemoveAt(blocks.Count - 1);
                    rows.Add(new TableRow(null, heading.Line, header) { IsHeader = true });
                    first = i - 1;
                }

                // The unit line may stand a line or two above (表1 …收支表 / 单位：亿元 / 项目…).
                string? caption = null;
                for (var k = first - 1; k >= Math.Max(0, first - 3) && caption is null && !lines[k].Contains('。'); k--)
                {
                    if (lines[k].Contains("单位", StringComparison.Ordinal))
                    {
                        caption = lines[k].Trim();
                    }
                }
                for (var k = i; k < end; k++)
                {
                    rows.Add(new TableRow(null, k + 1, Row(lines[k])!));
                }

                blocks.Add(new TableBlock(null, first + 1, caption, rows));
                i = end;
                continue;
            }

            blocks.Add(ParagraphBlock.SingleLine(null, i + 1, lines[i]));
            i++;
        }

        return blocks;
    }

    /// <summary>The cells of a table line (label, then numbers), or null when the line is not one.</summary>
    internal static List<TableCell>? Row(string line)
    {
        // Most lines are prose without a gap: no cells to build.
        if (line.IndexOf('\t') < 0 && line.IndexOf("  ", StringComparison.Ordinal) < 0 && line.IndexOf('\u3000') < 0)
        {
            return null;
        }

        var cells = Cells(line);
        // A classification code may stand in a column of its own before the name (210<TAB>卫生健康支出<TAB>…), and so may a
        // row number (序号: 1<TAB>城关镇<TAB>86.4<TAB>43.20).
        var labelAt = cells.Count >= 3 && (IsCode(cells[0].Text) || IsRowNumber(cells[0].Text)) ? 1 : 0;
        if (cells.Count < labelAt + 2 || !IsLabel(cells[labelAt].Text))
        {
            return null;
        }

        // 统计公报 tables give each row its unit (地区生产总值<TAB>亿元<TAB>283.67<TAB>5.8).
        var first = labelAt + 1;
        if (cells.Count >= first + 2 && IsUnitWord(cells[first].Text))
        {
            first++;
        }

        for (var c = first; c < cells.Count; c++)
        {
            if (!IsNumber(cells[c].Text))
            {
                return null;
            }
        }

        return cells;
    }

    /// <summary>
    /// A line split at its gaps into cells, each with its offset in the line. A line with TABs is split at each TAB, an
    /// empty field keeping its column (合计<TAB><TAB>12,698,085.10 has no code and its amount under 合计), as a table
    /// copied from a spreadsheet is; leading white space is the first cell's indent.
    /// </summary>
    private static List<TableCell> Cells(string line)
    {
        if (line.IndexOf('\t') >= 0)
        {
            return TabCells(line);
        }

        var cells = new List<TableCell>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && IsSpace(line[i]))
            {
                i++;
            }

            if (i >= line.Length)
            {
                break;
            }

            var start = i;
            while (i < line.Length && !IsGap(line, i))
            {
                i++;
            }

            var text = line[start..i].TrimEnd(' ', '\u3000');
            cells.Add(new TableCell(text, cells.Count, 1, 1, start) { Indent = cells.Count == 0 ? IndentOf(line, start) : 0 });
        }

        return cells;
    }

    private static List<TableCell> TabCells(string line)
    {
        // Leading spaces indent the first cell; a leading TAB is an empty first cell (<TAB>合计<TAB>2581.94 has no code).
        var cells = new List<TableCell>();
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\u3000' or '\u00A0')
        {
            i++;
        }

        var indent = IndentOf(line, i);
        var column = 0;
        while (i <= line.Length)
        {
            var tab = line.IndexOf('\t', i);
            var end = tab < 0 ? line.Length : tab;
            var start = i;
            while (start < end && IsSpace(line[start]))
            {
                start++;
            }

            var text = line[start..end].TrimEnd(' ', '\u3000', '\u00A0');
            if (text.Length > 0)
            {
                cells.Add(new TableCell(text, column, 1, 1, start) { Indent = cells.Count == 0 ? indent : 0 });
            }

            column++;
            if (tab < 0)
            {
                break;
            }

            i = tab + 1;
        }

        return cells;
    }

    /// <summary>A unit cell: 亿元, 万人, 公里, %, ‰: up to four Chinese characters, or a percent or permille sign.</summary>
    private static bool IsUnitWord(string text) =>
        text is "%" or "％" or "‰" || text.Length is >= 1 and <= 4 && text.All(c => c is >= '\u4E00' and <= '\u9FFF');

    /// <summary>A row number: 1 to 3 digits, maybe with a closing dot or 、 (1 / 12 / 3.).</summary>
    private static bool IsRowNumber(string text)
    {
        var t = text.TrimEnd('.', '、', '．');
        return t.Length is >= 1 and <= 3 && t.All(char.IsAsciiDigit);
    }

    /// <summary>A classification code cell: 3 to 9 digits (类 201, 款 20101, 项 2010101).</summary>
    private static bool IsCode(string text) => text.Length is >= 3 and <= 9 && text.All(char.IsAsciiDigit);

    /// <summary>Leading white space in character widths: an ideographic space is one, two ASCII spaces are one.</summary>
    private static int IndentOf(string line, int start)
    {
        var halves = 0;
        for (var i = 0; i < start; i++)
        {
            halves += line[i] == '\u3000' ? 2 : line[i] == '\t' ? 4 : 1;
        }

        return halves / 2;
    }

    /// <summary>The cells of a heading line (项目<TAB>年初预算数<TAB>决算数): two or more short cells, no digits.</summary>
    private static List<TableCell>? HeaderRow(string line)
    {
        var cells = Cells(line);
        // Headings may hold years (县别 2023年 2022年 增长%), never a bare number.
        // A unit line (单位：万元) is a caption; a column headed 单位 (指标 | 单位 | 绝对数) is a heading.
        return cells.Count >= 2 && cells.All(c => c.Text.Length <= 20 && !IsNumber(c.Text) && !c.Text.Contains('。')
                                                  && (c.Text is "单位" or "计量单位" || !c.Text.Contains("单位", StringComparison.Ordinal))) ? cells : null;
    }

    /// <summary>A TAB, or two spaces (ASCII or ideographic) in a row: the gap between columns.</summary>
    private static bool IsGap(string line, int i) =>
        line[i] is '\t' or '\u3000' || IsSpace(line[i]) && i + 1 < line.Length && IsSpace(line[i + 1]);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0';

    private static bool IsLabel(string text)
    {
        if (text.Length == 0 || text.Length > 40 || text.Contains('。') || text.Contains('，'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>1,286.42 / -3.5 / （12.00） / 0 / - / — : what a numeric cell holds.</summary>
    private static bool IsNumber(string text)
    {
        if (text is "-" or "—" or "－" or "/" or "——")
        {
            return true;
        }

        var digits = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9' or >= '０' and <= '９')
            {
                digits++;
            }
            else if (c is not (',' or '，' or '.' or '．' or '-' or '－' or '−' or '(' or ')' or '（' or '）' or '%' or '％'))
            {
                return false;
            }
        }

        return digits > 0;
    }
}
