using System.Text.RegularExpressions;

namespace ReportMiner.Ingestion.Pdf;

/// <summary>An axis-aligned ruling: horizontal (Y fixed, from A to B in x) or vertical (X fixed, from A to B in y).</summary>
internal readonly record struct Ruling(bool Horizontal, double At, double A, double B);

/// <summary>A cell of a table found on a page: grid position, spans, text and where its text starts.</summary>
internal sealed record PageCell(int Row, int Column, int ColumnSpan, int RowSpan, string Text, double TextX0, double Left, double Size);

/// <summary>A table found on one page: its column boundaries, its rows (top first) with the cells that start in them.</summary>
internal sealed class PageTable
{
    public required double[] Columns { get; init; }
    public required double Top { get; init; }
    public required double Bottom { get; init; }
    public required List<(double Top, List<PageCell> Cells)> Rows { get; init; }
    public bool Ruled { get; init; }

    /// <summary>
    /// A single row at the top of a page: a table only if it goes on with the table the page before ended with (a
    /// row carried over by the page break); otherwise the reader puts it back as a line (a running header such as
    /// "Chapter 2 … 3" looks like a row too).
    /// </summary>
    public bool Fragment { get; init; }

    public PageTable AsFragment() => new() { Columns = Columns, Top = Top, Bottom = Bottom, Rows = Rows, Ruled = Ruled, Spans = Spans, Fragment = true };

    /// <summary>
    /// Whether <paramref name="next"/> (at the top of the next page) can be the continuation of this table: the same
    /// columns; for tables found by alignment, whose column edges move with the widest value on each page
    /// (right-aligned numbers, indented names), columns that overlap.
    /// </summary>
    public bool SameColumns(PageTable next)
    {
        if (Columns.Length != next.Columns.Length)
        {
            return false;
        }

        if (!Ruled && !next.Ruled)
        {
            return Spans.Count == next.Spans.Count && Spans.Zip(next.Spans).All(p => p.First.X0 <= p.Second.X1 && p.Second.X0 <= p.First.X1);
        }

        for (var i = 0; i < next.Columns.Length; i++)
        {
            if (Math.Abs(Columns[i] - next.Columns[i]) > 3)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>For a table found by alignment: the x-range its column's words cover (they differ from page to page).</summary>
    public IReadOnlyList<(double X0, double X1)> Spans { get; init; } = [];
}

/// <summary>
/// Finds tables on a page. Ruled tables (the usual Word/WPS/Excel export) come from the drawn lines: rulings that
/// touch form a grid, a missing inner ruling means a merged cell. Tables without rulings come from column alignment:
/// consecutive lines split by wide gaps into segments whose last segment is a number.
/// </summary>
internal static partial class PdfTables
{
    private const double Tolerance = 2.0;

    public static List<PageTable> FromRulings(List<Ruling> rulings, List<Glyph> glyphs)
    {
        var tables = new List<PageTable>();
        if (rulings.Count < 4)
        {
            return tables;
        }

        var merged = MergeCollinear(rulings);
        var parent = Enumerable.Range(0, merged.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var i = 0; i < merged.Count; i++)
        {
            for (var j = i + 1; j < merged.Count; j++)
            {
                if (merged[i].Horizontal != merged[j].Horizontal && Touch(merged[i], merged[j]))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        foreach (var group in Enumerable.Range(0, merged.Count).GroupBy(Find))
        {
            var members = group.Select(i => merged[i]).ToList();
            var h = members.Where(r => r.Horizontal).ToList();
            var v = members.Where(r => !r.Horizontal).ToList();
            if (h.Count < 2 || v.Count < 2)
            {
                continue;
            }

            var table = Grid(h, v, glyphs);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    private static List<Ruling> MergeCollinear(List<Ruling> rulings)
    {
        var result = new List<Ruling>();
        foreach (var group in rulings.GroupBy(r => r.Horizontal))
        {
            var sorted = group.OrderBy(r => r.At).ThenBy(r => r.A).ToList();
            var used = new bool[sorted.Count];
            for (var i = 0; i < sorted.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                var (at, a, b) = (sorted[i].At, sorted[i].A, sorted[i].B);
                var changed = true;
                while (changed)
                {
                    changed = false;
                    for (var j = i + 1; j < sorted.Count && sorted[j].At - at <= Tolerance; j++)
                    {
                        if (!used[j] && sorted[j].A <= b + Tolerance && sorted[j].B >= a - Tolerance)
                        {
                            used[j] = true;
                            a = Math.Min(a, sorted[j].A);
                            b = Math.Max(b, sorted[j].B);
                            changed = true;
                        }
                    }
                }

                result.Add(new Ruling(group.Key, at, a, b));
            }
        }

        return result;
    }

    private static bool Touch(Ruling h, Ruling v)
    {
        if (!h.Horizontal)
        {
            (h, v) = (v, h);
        }

        return v.At >= h.A - Tolerance && v.At <= h.B + Tolerance && h.At >= v.A - Tolerance && h.At <= v.B + Tolerance;
    }

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var x in values.OrderBy(x => x))
        {
            if (result.Count == 0 || x - result[^1] > Tolerance)
            {
                result.Add(x);
            }
        }

        return result;
    }

    private static PageTable? Grid(List<Ruling> h, List<Ruling> v, List<Glyph> glyphs)
    {
        var xs = Cluster(v.Select(r => r.At));
        var ys = Cluster(h.Select(r => r.At));
        ys.Reverse(); // top first
        if (xs.Count < 2 || ys.Count < 2 || xs[^1] - xs[0] < 20 || ys[0] - ys[^1] < 8)
        {
            return null;
        }

        var columns = xs.Count - 1;
        var rows = ys.Count - 1;

        bool VerticalAt(int xi, int row)
        {
            if (xi == 0 || xi == xs.Count - 1)
            {
                return true;
            }

            var mid = (ys[row] + ys[row + 1]) / 2;
            return v.Any(r => Math.Abs(r.At - xs[xi]) <= Tolerance && r.A <= mid && r.B >= mid);
        }

        bool HorizontalAt(int yi, int column)
        {
            if (yi == 0 || yi == ys.Count - 1)
            {
                return true;
            }

            var mid = (xs[column] + xs[column + 1]) / 2;
            return h.Any(r => Math.Abs(r.At - ys[yi]) <= Tolerance && r.A <= mid && r.B >= mid);
        }

        // Glyphs of this table, by grid unit.
        var units = new List<Glyph>[rows, columns];
        var taken = false;
        foreach (var g in glyphs)
        {
            if (g.MidX < xs[0] - Tolerance || g.MidX > xs[^1] + Tolerance || g.MidY > ys[0] + Tolerance || g.MidY < ys[^1] - Tolerance)
            {
                continue;
            }

            var c = Index(xs, g.MidX);
            var r = IndexDescending(ys, g.MidY);
            (units[r, c] ??= []).Add(g);
            taken = true;
        }

        if (!taken)
        {
            // A frame around nothing (a box drawn for layout): not a table.
            return null;
        }

        var visited = new bool[rows, columns];
        var cells = new List<(int R, int C, int R2, int C2)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (visited[r, c])
                {
                    continue;
                }

                var c2 = c;
                while (c2 + 1 < columns && !VerticalAt(c2 + 1, r))
                {
                    c2++;
                }

                var r2 = r;
                while (r2 + 1 < rows && Enumerable.Range(c, c2 - c + 1).All(k => !HorizontalAt(r2 + 1, k)))
                {
                    r2++;
                }

                for (var rr = r; rr <= r2; rr++)
                {
                    for (var cc = c; cc <= c2; cc++)
                    {
                        visited[rr, cc] = true;
                    }
                }

                cells.Add((r, c, r2, c2));
            }
        }

        if (cells.Count < 2)
        {
            return null;
        }

        var tableRows = new List<(double Top, List<PageCell> Cells)>();
        foreach (var rowGroup in cells.GroupBy(c => c.R).OrderBy(g => g.Key))
        {
            var rowCells = new List<(int C, int C2, int R2, List<Glyph> Glyphs)>();
            foreach (var (r, c, r2, c2) in rowGroup.OrderBy(x => x.C))
            {
                var content = new List<Glyph>();
                for (var rr = r; rr <= r2; rr++)
                {
                    for (var cc = c; cc <= c2; cc++)
                    {
                        if (units[rr, cc] is { } list)
                        {
                            content.AddRange(list);
                        }
                    }
                }

                rowCells.Add((c, c2, r2, content));
            }

            foreach (var sub in SplitStackedRows(rowCells.Select(x => x.Glyphs).ToList()))
            {
                var list = new List<PageCell>();
                for (var i = 0; i < rowCells.Count; i++)
                {
                    var (c, c2, r2, _) = rowCells[i];
                    var lines = LineBuilder.Build(sub[i]);
                    var text = lines.Aggregate("", (acc, l) => LineBuilder.JoinWrapped(acc, l.Text.Trim()));
                    var first = lines.Count > 0 ? lines[0] : null;
                    list.Add(new PageCell(rowGroup.Key, c, c2 - c + 1, r2 - rowGroup.Key + 1, text, first?.X0 ?? xs[c], xs[c], first?.Size ?? 0));
                }

                if (list.Any(x => x.Text.Length > 0))
                {
                    var top = sub.SelectMany(g => g).Select(g => g.Baseline + g.Size).DefaultIfEmpty(ys[rowGroup.Key]).Max();
                    tableRows.Add((top, list));
                }
            }
        }

        if (tableRows.Count == 0)
        {
            return null;
        }

        return new PageTable { Columns = xs.ToArray(), Top = ys[0], Bottom = ys[^1], Rows = tableRows, Ruled = true };
    }

    /// <summary>
    /// A grid row whose cells hold several stacked numbers (a table drawn without row rulings) is several rows:
    /// split it at the baselines of those numbers. Rows of one line per cell are returned unchanged.
    /// </summary>
    private static List<List<Glyph>[]> SplitStackedRows(List<List<Glyph>> cells)
    {
        var stacked = cells.Any(c =>
        {
            var lines = LineBuilder.Build([.. c]);
            return lines.Count(l => IsNumeric(l.Text)) >= 2;
        });
        if (!stacked)
        {
            return [cells.ToArray()];
        }

        var baselines = new List<double>();
        foreach (var g in cells.SelectMany(c => c).OrderByDescending(g => g.Baseline))
        {
            if (baselines.Count == 0 || baselines[^1] - g.Baseline > 0.5 * Math.Max(g.Size, 1))
            {
                baselines.Add(g.Baseline);
            }
        }

        var result = new List<List<Glyph>[]>();
        foreach (var b in baselines)
        {
            var row = new List<Glyph>[cells.Count];
            for (var i = 0; i < cells.Count; i++)
            {
                row[i] = cells[i].Where(g => Math.Abs(g.Baseline - b) <= 0.5 * Math.Max(g.Size, 1)).ToList();
            }

            result.Add(row);
        }

        return result;
    }

    /// <summary>True for a bare number as tables print it: 2,961.68, -3.5, (12.00), 12.5%.</summary>
    public static bool IsNumeric(string text)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in t)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (',' or '.' or '-' or '−' or '(' or ')' or '%' or ' ' or '+'))
            {
                return false;
            }
        }

        return digits > 0;
    }

    private static int Index(List<double> ascending, double x)
    {
        for (var i = 0; i < ascending.Count - 2; i++)
        {
            if (x < ascending[i + 1])
            {
                return i;
            }
        }

        return ascending.Count - 2;
    }

    private static int IndexDescending(List<double> descending, double y)
    {
        for (var i = 0; i < descending.Count - 2; i++)
        {
            if (y > descending[i + 1])
            {
                return i;
            }
        }

        return descending.Count - 2;
    }

    /// <summary>
    /// Tables without rulings (tab-aligned Writer/WPS text, Excel and Calc exports without borders): runs of at least
    /// three data lines (two or more wide-gap segments, the last one a number), the label-only rows between them (a
    /// 类 heading with no amounts: its words lie within the table and it does not end a sentence), and the multi-segment
    /// heading lines right above. Returns the tables and the lines they took.
    /// </summary>
    public static List<(PageTable Table, List<TextLine> Lines)> FromAlignment(List<TextLine> lines)
    {
        var result = new List<(PageTable, List<TextLine>)>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsDataLine(lines[i]))
            {
                i++;
                continue;
            }

            var end = i;
            var dataLines = 1;
            while (true)
            {
                if (end + 1 < lines.Count && IsDataLine(lines[end + 1]))
                {
                    end++;
                    dataLines++;
                    continue;
                }

                var bridged = Bridge(lines, i, end);
                if (bridged == 0)
                {
                    break;
                }

                end += bridged + 1;
                dataLines++;
            }

            // Three rows make a table; fewer do at a page's top or bottom, where a table broken by the page continues
            // (or started) on the other page. A single row at the top is only a candidate (see PageTable.Fragment); at
            // the bottom it is left a line.
            var fragment = dataLines == 1 && i == end && lines.Take(i).All(IsPageNumber);
            if (dataLines < 3 && !AtPageEdge(lines, i, end) || dataLines == 1 && !fragment)
            {
                i = end + 1;
                continue;
            }

            if (fragment)
            {
                if (Align([lines[i]], 0) is { } row)
                {
                    result.Add((row.AsFragment(), [lines[i]]));
                }

                i++;
                continue;
            }

            var start = i;
            while (start > 0 && i - start < 3 && IsHeading(lines[start - 1]) && !result.Any(r => r.Item2.Contains(lines[start - 1])))
            {
                start--;
            }

            var taken = lines.GetRange(start, end - start + 1);
            if (Align(taken, i - start) is { } table)
            {
                result.Add((table, taken));
            }

            i = end + 1;
        }

        return result;
    }

    /// <summary>
    /// A heading row above a table's data rows: split into columns, no value in it, not a sentence and not the
    /// caption's unit line (单位：万元 stays above the table, where the caption is looked for).
    /// </summary>
    private static bool IsHeading(TextLine line) =>
        (line.Segments.Count >= 2 || TabbedWords(line) && line.Words.All(w => !IsNumeric(line.Text[w.Start..w.End])))
        && !IsCaption(line.Text) && line.Text.TrimEnd() is { Length: > 0 } t && t[^1] is not ('。' or '；' or '：' or ':');

    /// <summary>Words set apart by more than a space somewhere (项目　　本年数, a tab), not a title's words (Expenditure by item).</summary>
    private static bool TabbedWords(TextLine line)
    {
        for (var k = 1; k < line.Words.Count; k++)
        {
            if (line.Words[k].X0 - line.Words[k - 1].X1 >= 0.6 * Math.Max(line.Size, 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the rows first..last start or end the page's text (but for a page number line).</summary>
    private static bool AtPageEdge(List<TextLine> lines, int first, int last) =>
        lines.Take(first).All(IsPageNumber) || lines.Skip(last + 1).All(IsPageNumber);

    /// <summary>The title or unit line of the next table (表3 …, 单位：万元): where one table ends and another starts.</summary>
    private static bool IsCaption(string text) => UnitLine().IsMatch(text) || TableTitle().IsMatch(text);

    /// <summary>单位：万元, 金额单位:元, （单位：万元）, 单位 万元; not 机关事业单位 or 编制单位 alone.</summary>
    [GeneratedRegex(@"单位\s*[:：]|单位\s*(?:人民币)?\s*(?:万元|千元|亿元|元)")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^\s*(?:附)?表\s*[\d一二三四五六七八九十]")]
    private static partial Regex TableTitle();

    private static bool IsPageNumber(TextLine line) => PdfDocumentReader.IsPageNumber(line.Text);

    /// <summary>
    /// A table row with values: split by wide gaps with a number (or a dash for none) last, or a label with a bare
    /// number right after it (收入3,862.47, where the tab reached its stop at once).
    /// </summary>
    private static bool IsDataLine(TextLine line)
    {
        if (line.Segments.Count >= 2 && (IsNumeric(line.Segments[^1].Text) || line.Segments[^1].Text.Trim() is "-" or "—" or "－"))
        {
            return true;
        }

        var words = line.Words;
        if (words.Count < 2 || !IsNumeric(WordText(line, words.Count - 1)))
        {
            return false;
        }

        // A label and its value, or a label and several values at narrow tab stops (农林水支出 540.00 612.00 598.64).
        return line.Text[..words[^1].Start].TrimEnd() is { Length: > 0 } before && LineBuilder.IsWide(before[^1])
            || words.Count >= 3 && IsNumeric(WordText(line, words.Count - 2)) && !IsNumeric(WordText(line, 0));
    }

    private static string WordText(TextLine line, int word) => line.Text[line.Words[word].Start..line.Words[word].End];

    /// <summary>
    /// How many label-only rows (at most two) follow the run <paramref name="first"/>..<paramref name="last"/> before
    /// its next data line, or 0: rows at the run's row pitch, inside its left and right edges, not ending a sentence.
    /// </summary>
    private static int Bridge(List<TextLine> lines, int first, int last)
    {
        var left = double.MaxValue;
        var right = double.MinValue;
        for (var k = first; k <= last; k++)
        {
            left = Math.Min(left, lines[k].X0);
            right = Math.Max(right, lines[k].X1);
        }

        for (var n = 1; n <= 2 && last + n + 1 < lines.Count; n++)
        {
            var candidate = lines[last + n];
            var previous = lines[last + n - 1];
            var pitch = 2.2 * Math.Max(Math.Max(candidate.Size, previous.Size), 1);
            if (candidate.X0 < left - Tolerance || candidate.X1 > right + Tolerance
                || previous.Baseline - candidate.Baseline > pitch
                || candidate.Text.TrimEnd() is { Length: > 0 } t && t[^1] is '。' or '；' or '：' or ':' or '.'
                || IsCaption(candidate.Text))
            {
                return 0;
            }

            var next = lines[last + n + 1];
            if (IsDataLine(next) && candidate.Baseline - next.Baseline <= pitch)
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>
    /// Columns are the x-ranges covered by the words of the data rows (rows from <paramref name="firstData"/> on),
    /// merged where they overlap: a gap free of words in every row separates two columns, even when it is as narrow
    /// as a tab to the next stop (苍溪县 | 52,860) or the padding between two full spreadsheet cells. Where labels and
    /// values interleave (values at ragged tab stops), the wide-gap segments give the columns instead; where neither
    /// sets every row's value apart from its label, the lines are no table (null). Heading rows take no part in
    /// finding columns (a heading may straddle two); their words go to the nearest column.
    /// </summary>
    private static PageTable? Align(List<TextLine> lines, int firstData)
    {
        var data = lines.Skip(firstData).ToList();
        // A total row's label spans merged cells (人员经费合计 across 科目编码 and 科目名称): its words place no column.
        var columns = Columns(data.SelectMany(l => l.Words.Where(w => !SpansCells(l, w))).Select(w => (w.X0, w.X1)));
        if (!Separates(columns, data))
        {
            columns = Columns(data.SelectMany(l => l.Segments).Select(s => (s.X0, s.X1)));
            if (!Separates(columns, data))
            {
                return LabelsAndValues(lines, firstData);
            }
        }

        var rows = new List<(double Top, List<PageCell> Cells)>();
        for (var r = 0; r < lines.Count; r++)
        {
            var line = lines[r];
            var words = new (int Start, int End, double X0)?[columns.Count];
            foreach (var w in line.Words)
            {
                var c = Nearest(columns, (w.X0 + w.X1) / 2);
                words[c] = words[c] is { } seen ? (seen.Start, w.End, seen.X0) : (w.Start, w.End, w.X0);
            }

            var cells = new List<PageCell>();
            for (var c = 0; c < columns.Count; c++)
            {
                cells.Add(words[c] is { } cell
                    ? new PageCell(r, c, 1, 1, line.Text[cell.Start..cell.End].Trim(), cell.X0, columns[c].X0, line.Size)
                    : new PageCell(r, c, 1, 1, "", columns[c].X0, columns[c].X0, line.Size));
            }

            rows.Add((line.Top, cells));
        }

        var xs = columns.Select(c => c.X0).Append(columns[^1].X1).ToArray();
        return new PageTable { Columns = xs, Top = lines[0].Top, Bottom = lines[^1].Baseline, Rows = rows, Ruled = false, Spans = columns };
    }

    /// <summary>
    /// Rows of labels and values at ragged tab stops, so that no column lines up (一、一般公共预算财政拨款收入3,862.47 /
    /// 二、政府性基金预算财政拨款收入　　650.00; 农林水支出 540.00 612.00 under 社会保障和就业支出 360.00 392.00; 收入项目
    /// 决算数 支出项目 决算数 side by side): a column per label and per value, in order, when every data row has the same
    /// pattern of labels and values. Heading rows' words go to the nearest column (in order when they have one word per
    /// column). Null when the rows do not share one pattern.
    /// </summary>
    private static PageTable? LabelsAndValues(List<TextLine> lines, int firstData)
    {
        var grouped = new List<(int Start, int End, double X0)>?[lines.Count];
        string? shared = null;
        for (var r = firstData; r < lines.Count; r++)
        {
            if (!IsDataLine(lines[r]))
            {
                continue;
            }

            if (Groups(lines[r]) is not var (groups, pattern) || (shared is not null && pattern != shared))
            {
                return null;
            }

            shared = pattern;
            grouped[r] = groups;
        }

        if (shared is null)
        {
            return null;
        }

        var columns = new (double X0, double X1)[shared.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            var starts = grouped.Where(g => g is not null).Select(g => g![c].X0).ToList();
            columns[c] = (starts.Min(), c + 1 < columns.Length ? grouped.Where(g => g is not null).Min(g => g![c + 1].X0) : lines.Max(l => l.X1));
        }

        var rows = new List<(double Top, List<PageCell> Cells)>();
        for (var r = 0; r < lines.Count; r++)
        {
            var line = lines[r];
            var cells = new (int Start, int End, double X0)?[columns.Length];
            if (grouped[r] is { } groups)
            {
                for (var c = 0; c < columns.Length; c++)
                {
                    cells[c] = groups[c];
                }
            }
            else if (line.Words.Count == columns.Length)
            {
                // A heading with one word per column (项目 本年数): in order, as the tab stops of its rows are ragged.
                for (var c = 0; c < columns.Length; c++)
                {
                    cells[c] = (line.Words[c].Start, line.Words[c].End, line.Words[c].X0);
                }
            }
            else
            {
                foreach (var w in line.Words)
                {
                    var c = Nearest([.. columns], w.X0);
                    cells[c] = cells[c] is { } seen ? (seen.Start, w.End, seen.X0) : (w.Start, w.End, w.X0);
                }
            }

            // Only the first column's indentation means anything (a hierarchy); the others start at ragged stops.
            rows.Add((line.Top, Enumerable.Range(0, columns.Length).Select(c => cells[c] is { } cell
                ? new PageCell(r, c, 1, 1, line.Text[cell.Start..cell.End].Trim(), c == 0 ? cell.X0 : columns[c].X0, columns[c].X0, line.Size)
                : new PageCell(r, c, 1, 1, "", columns[c].X0, columns[c].X0, line.Size)).ToList()));
        }

        return new PageTable
        {
            Columns = [.. columns.Select(c => c.X0), columns[^1].X1],
            Top = lines[0].Top,
            Bottom = lines[^1].Baseline,
            Rows = rows,
            Ruled = false,
            Spans = columns,
        };
    }

    /// <summary>
    /// A row's words grouped: a run of label words is one group, each value its own (一般公共服务支出 | 820.00 | 868.00);
    /// with the pattern of label (L) and value (V) groups, or null when the row does not start with a label.
    /// </summary>
    private static (List<(int Start, int End, double X0)> Groups, string Pattern)? Groups(TextLine line)
    {
        var groups = new List<(int Start, int End, double X0)>();
        var pattern = new System.Text.StringBuilder();
        foreach (var w in line.Words)
        {
            var value = IsNumeric(line.Text[w.Start..w.End]);
            if (!value && pattern.Length > 0 && pattern[^1] == 'L')
            {
                groups[^1] = (groups[^1].Start, w.End, groups[^1].X0);
                continue;
            }

            groups.Add((w.Start, w.End, w.X0));
            pattern.Append(value ? 'V' : 'L');
        }

        return pattern.Length >= 2 && pattern[0] == 'L' ? (groups, pattern.ToString()) : null;
    }

    private static List<(double X0, double X1)> Columns(IEnumerable<(double X0, double X1)> ranges)
    {
        var columns = new List<(double X0, double X1)>();
        foreach (var (x0, x1) in ranges.OrderBy(s => s.X0))
        {
            if (columns.Count > 0 && x0 <= columns[^1].X1 + MinColumnGap)
            {
                columns[^1] = (columns[^1].X0, Math.Max(columns[^1].X1, x1));
            }
            else
            {
                columns.Add((x0, x1));
            }
        }

        return columns;
    }

    private static bool SpansCells(TextLine line, Word word)
    {
        var text = line.Text.AsSpan(word.Start, word.End - word.Start);
        return !IsNumeric(line.Text[word.Start..word.End]) && (text.EndsWith("合计") || text.EndsWith("总计") || text.EndsWith("小计"));
    }

    /// <summary>True when every value of every data row has a column to itself: no label word or other value beside it.</summary>
    private static bool Separates(List<(double X0, double X1)> columns, List<TextLine> rows)
    {
        if (columns.Count < 2)
        {
            return false;
        }

        foreach (var line in rows.Where(IsDataLine))
        {
            var column = line.Words.Select(w => Nearest(columns, (w.X0 + w.X1) / 2)).ToArray();
            // From the second word on: a number first in its row is a classification code, part of the row's name.
            for (var w = 1; w < column.Length; w++)
            {
                if (IsNumeric(WordText(line, w)) && column.Count(c => c == column[w]) > 1)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Below this a gap between word ranges is not a column boundary (glyph boxes overlap by rounding).</summary>
    private const double MinColumnGap = 1.0;

    private static int Nearest(List<(double X0, double X1)> columns, double x)
    {
        var best = 0;
        var bestDistance = double.MaxValue;
        for (var c = 0; c < columns.Count; c++)
        {
            var distance = x < columns[c].X0 ? columns[c].X0 - x : x > columns[c].X1 ? x - columns[c].X1 : 0;
            if (distance < bestDistance)
            {
                best = c;
                bestDistance = distance;
            }
        }

        return best;
    }
}
