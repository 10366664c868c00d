using ReportMiner.Documents;

namespace ReportMiner.Extraction;

/// <summary>
/// Tables printed in side-by-side groups: the basic-expenditure table of a final-accounts disclosure runs 人员经费 and
/// 公用经费 as three groups of 科目编码 | 科目名称 | 决算数 across the page, the list going on from one group to the next.
/// Read across, a row mixes items of three groups; read as printed, it is one list. <see cref="Unfold"/> stacks the
/// groups into one table of a group's columns, group after group, so that codes, levels and totals work as in any
/// table. A group's total (人员经费合计 at the foot of the first group) stays at the foot of its group; a total whose
/// name sits in one group and its amount in the next (公用经费合计 … 302.56) is put together in the later group.
/// Cells keep their offsets in the printed row, so figures still point at the right place.
/// </summary>
internal static class TableGroups
{
    public static TableBlock Unfold(TableBlock table)
    {
        var (headerRow, width, groups) = Pattern(table);
        if (groups < 2)
        {
            return table;
        }

        var byGroup = Enumerable.Range(0, groups).Select(_ => new List<TableRow>()).ToArray();
        var header = table.Rows[headerRow];
        var rows = new List<TableRow> { Slice(header, 0, width) with { IsHeader = true } };
        for (var r = headerRow + 1; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var slices = Enumerable.Range(0, groups).Select(g => Slice(row, g * width, width)).ToArray();
            for (var g = 0; g < groups; g++)
            {
                if (slices[g].Cells.Count == 0)
                {
                    continue;
                }

                // 公用经费合计 in one group, 302.56 in the next: one total row, in the later group.
                if (g + 1 < groups && OnlyWords(slices[g]) && slices[g + 1].Cells.Count > 0 && !slices[g + 1].Cells.Any(c => IsWords(c.Text)))
                {
                    // The name covers the code and name columns, as the group's own total row does.
                    var name = slices[g].Cells[0] with { Column = 0, ColumnSpan = Math.Min(Math.Max(1, slices[g].Cells[0].ColumnSpan), width - 1) };
                    slices[g + 1] = slices[g + 1] with { Cells = [name, .. slices[g + 1].Cells.Where(c => c.Column >= name.ColumnSpan)] };
                    continue;
                }

                byGroup[g].Add(slices[g]);
            }
        }

        foreach (var group in byGroup)
        {
            rows.AddRange(group);
        }

        return table with { Rows = rows };
    }

    /// <summary>The heading row that repeats a run of headings across the table (科目编码 科目名称 决算数 × 3), if any.</summary>
    private static (int Row, int Width, int Groups) Pattern(TableBlock table)
    {
        for (var r = 0; r < Math.Min(4, table.Rows.Count); r++)
        {
            var cells = table.Rows[r].Cells;
            if (cells.Count < 4 || cells.Any(c => c.ColumnSpan > 1) || cells.Select((c, i) => c.Column == i).Any(same => !same))
            {
                continue;
            }

            var texts = cells.Select(c => Labels.Normalise(c.Text.AsSpan())).ToList();
            for (var width = 2; width <= texts.Count / 2; width++)
            {
                if (texts.Count % width != 0 || texts.Take(width).All(t => t.Length == 0))
                {
                    continue;
                }

                var repeats = true;
                for (var i = width; i < texts.Count && repeats; i++)
                {
                    repeats = texts[i] == texts[i % width];
                }

                if (repeats)
                {
                    return (r, width, texts.Count / width);
                }
            }
        }

        return (-1, 0, 0);
    }

    /// <summary>The cells of one group's columns, renumbered from 0, spans cut at the group's edge.</summary>
    private static TableRow Slice(TableRow row, int first, int width)
    {
        var cells = new List<TableCell>();
        foreach (var c in row.Cells)
        {
            var start = c.Column;
            var end = c.Column + Math.Max(1, c.ColumnSpan);
            if (start < first || start >= first + width || c.Text.Trim().Length == 0)
            {
                continue;
            }

            cells.Add(c with { Column = start - first, ColumnSpan = Math.Min(end, first + width) - start });
        }

        return row with { Cells = cells };
    }

    private static bool OnlyWords(TableRow row) => row.Cells.Count > 0 && row.Cells.All(c => IsWords(c.Text));

    private static bool IsWords(string text) => text.Trim() is { Length: > 0 } t && !t.Any(char.IsAsciiDigit);
}
