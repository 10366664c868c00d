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
}

/// <summary>
/// Finds tables on a page. Ruled tables (the usual Word/WPS/Excel export) come from the drawn lines: rulings that
/// touch form a grid, a missing inner ruling means a merged cell. Tables without rulings come from column alignment:
/// consecutive lines split by wide gaps into segments whose last segment is a number.
/// </summary>
internal static class PdfTables
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
    /// Tables without rulings: runs of at least three lines that split into two or more segments with a number in
    /// the last one, plus the multi-segment heading lines right above them. Columns are the gaps shared by all rows.
    /// Returns the tables and the lines they took.
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
            while (end + 1 < lines.Count && IsDataLine(lines[end + 1]))
            {
                end++;
            }

            if (end - i + 1 < 3)
            {
                i = end + 1;
                continue;
            }

            var start = i;
            while (start > 0 && lines[start - 1].Segments.Count >= 2 && i - start < 3 && !result.Any(r => r.Item2.Contains(lines[start - 1])))
            {
                start--;
            }

            var taken = lines.GetRange(start, end - start + 1);
            result.Add((Align(taken), taken));
            i = end + 1;
        }

        return result;
    }

    private static bool IsDataLine(TextLine line) =>
        line.Segments.Count >= 2 && (IsNumeric(line.Segments[^1].Text) || line.Segments[^1].Text.Trim() is "-" or "—" or "－");

    private static PageTable Align(List<TextLine> lines)
    {
        // Column intervals: the union of the segments' x-ranges over all rows.
        var spans = lines.SelectMany(l => l.Segments).Select(s => (s.X0, s.X1)).OrderBy(s => s.X0).ToList();
        var columns = new List<(double X0, double X1)>();
        foreach (var (x0, x1) in spans)
        {
            if (columns.Count > 0 && x0 <= columns[^1].X1 + Tolerance)
            {
                columns[^1] = (columns[^1].X0, Math.Max(columns[^1].X1, x1));
            }
            else
            {
                columns.Add((x0, x1));
            }
        }

        var rows = new List<(double Top, List<PageCell> Cells)>();
        for (var r = 0; r < lines.Count; r++)
        {
            var texts = new string[columns.Count];
            var starts = new double[columns.Count];
            foreach (var s in lines[r].Segments)
            {
                var mid = (s.X0 + s.X1) / 2;
                var c = columns.FindIndex(col => mid >= col.X0 - Tolerance && mid <= col.X1 + Tolerance);
                if (c < 0)
                {
                    continue;
                }

                if (texts[c] is null)
                {
                    starts[c] = s.X0;
                }

                texts[c] = texts[c] is null ? s.Text.Trim() : texts[c] + " " + s.Text.Trim();
            }

            var cells = new List<PageCell>();
            for (var c = 0; c < columns.Count; c++)
            {
                cells.Add(new PageCell(r, c, 1, 1, texts[c] ?? "", texts[c] is null ? columns[c].X0 : starts[c], columns[c].X0, lines[r].Size));
            }

            rows.Add((lines[r].Top, cells));
        }

        var xs = columns.Select(c => c.X0).Append(columns[^1].X1).ToArray();
        return new PageTable { Columns = xs, Top = lines[0].Top, Bottom = lines[^1].Baseline, Rows = rows, Ruled = false };
    }
}
