using System.Globalization;
using ReportMiner.Documents;
using ReportMiner.Extraction;

namespace ReportMiner.Reconciliation;

/// <summary>
/// Shared wording for findings: figures in a chosen unit, evidence windows from the source text. One place, so
/// every rule writes numbers and evidence the same way.
/// </summary>
internal static class FindingText
{
    /// <summary>A figure's value expressed in the unit of <paramref name="target"/> (its text when the unit is the same).</summary>
    public static decimal ValueIn(Figure figure, Figure target) =>
        figure.Scale == target.Scale ? figure.Value : Normalise(figure.BaseValue / target.Scale);

    /// <summary>Where a figure stands, as a message says it: 第3页第14行 for PDF, 第14行 otherwise.</summary>
    /// <summary>A figure as an analyst reads it: a table cell's bare number with its unit (21.35亿元), prose as written.</summary>
    public static string Shown(Figure f) => f.InTable && f.Unit.Length > 0 && !f.Text.EndsWith(f.Unit, StringComparison.Ordinal) ? f.Text + f.Unit : f.Text;

    public static string Where(Figure f) => f.Span.Page is { } p ? $"第{p}页第{f.Span.Line}行" : $"第{f.Span.Line}行";

    public static string WhereEn(Figure f) => f.Span.Page is { } p ? $"page {p} line {f.Span.Line}" : $"line {f.Span.Line}";

    /// <summary>Removes trailing zeros from a computed number's scale (1080.000 → 1080).</summary>
    public static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Formats a computed number with <paramref name="decimals"/> places, invariant, no separators.</summary>
    public static string Format(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Rounds a computed value to a fixed number of places, keeping that scale for the CSV.</summary>
    public static decimal Round(decimal value, int decimals) =>
        decimal.Round(value, decimals, MidpointRounding.AwayFromZero) + new decimal(0, 0, 0, false, (byte)Math.Clamp(decimals, 0, 28));

    /// <summary>
    /// The source text around the given figures: the text of their blocks, cut to a window that holds all of
    /// them when they share a block, joined with " … " otherwise; at most <paramref name="max"/> characters.
    /// </summary>
    public static string Evidence(SourceDocument document, IEnumerable<Figure> figures, int max = 300)
    {
        var parts = new List<string>();
        foreach (var group in figures.GroupBy(f => f.BlockIndex).OrderBy(g => g.Key))
        {
            var text = BlockText(document, group.Key);
            if (text.Length == 0)
            {
                continue;
            }

            int start = int.MaxValue, end = 0;
            foreach (var figure in group)
            {
                var at = OffsetInBlock(text, figure);
                start = Math.Min(start, at);
                end = Math.Max(end, at + figure.Text.Length);
            }

            start = ClauseStart(text, start);
            end = Math.Min(text.Length, Math.Max(end, start));
            parts.Add(text[start..end].Trim());
        }

        var joined = string.Join(" … ", parts);
        return joined.Length <= max ? joined : joined[..(max - 1)] + "…";
    }

    private static int OffsetInBlock(string blockText, Figure figure)
    {
        if (figure.BlockOffset >= 0 && figure.BlockOffset + figure.Text.Length <= blockText.Length)
        {
            return figure.BlockOffset;
        }

        var i = figure.Span.Start + figure.Text.Length <= blockText.Length
            && string.CompareOrdinal(blockText, figure.Span.Start, figure.Text, 0, figure.Text.Length) == 0
            ? figure.Span.Start
            : blockText.IndexOf(figure.Text, StringComparison.Ordinal);
        return Math.Max(i, 0);
    }

    /// <summary>Back from <paramref name="offset"/> to the start of its clause, so the evidence shows the label.</summary>
    private static int ClauseStart(string text, int offset)
    {
        var limit = Math.Max(0, offset - 60);
        for (var i = offset - 1; i >= limit; i--)
        {
            if (text[i] is '。' or '；' or ';' or '！' or '？')
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static string BlockText(SourceDocument document, int blockIndex) =>
        blockIndex >= 0 && blockIndex < document.Blocks.Count
            ? document.Blocks[blockIndex] switch
            {
                ParagraphBlock p => p.Text,
                TableBlock t => string.Join(" / ", t.Rows.Select(r => r.LineText.Replace('\t', ' '))),
                _ => "",
            }
            : "";
}
