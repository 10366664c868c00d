using ReportMiner.Documents;

namespace ReportMiner.Extraction;

/// <summary>
/// A structure stated as a ratio (三次产业结构为10.0∶38.7∶52.3): the shares, in percent, of every part of one whole.
/// Its terms are kept as percentage figures inside the relations that check them, not as figures of the document:
/// figures.csv lists what is written with a unit.
/// </summary>
/// <param name="Name">The structure named before the ratio: 三次产业结构.</param>
/// <param name="Terms">The terms in order, as percentages (no id).</param>
/// <param name="Prior">True for an earlier period's structure (由上年的10.2∶38.1∶51.7调整为…).</param>
internal sealed record StructureRatio(string Name, IReadOnlyList<Figure> Terms, bool Prior);

/// <summary>Reads the structure ratios of a paragraph.</summary>
internal static class StructureRatios
{
    /// <summary>Terms adding up to this far from 100 are no percentages (1∶2∶7) and are left alone.</summary>
    private const decimal PercentReach = 10m;

    public static void Read(string text, int blockIndex, int firstSentence, Func<int, int, SourceSpan> locate, List<StructureRatio> output)
    {
        var ratios = FigureScanner.ScanRatios(text);
        if (ratios.Count == 0)
        {
            return;
        }

        var sentences = TextSpans.Sentences(text);
        var previousEnd = -1;
        foreach (var ratio in ratios)
        {
            var s = sentences.FindIndex(x => ratio.Start >= x.Start && ratio.Start <= x.End);
            var sentenceStart = s < 0 ? 0 : sentences[s].Start;
            var clauseStart = ratio.Start;
            while (clauseStart > sentenceStart && !TextSpans.IsClauseEnd(text, clauseStart - 1))
            {
                clauseStart--;
            }

            // The structure is named in the ratio's clause: 三次产业结构为…, 三次产业结构由上年的…调整为….
            var head = text.AsSpan(clauseStart, ratio.Start - clauseStart);
            var named = head.IndexOf("结构", StringComparison.Ordinal);
            var sum = ratio.Terms.Sum(t => t.Value);
            if (named < 0 || Math.Abs(sum - 100m) > PercentReach)
            {
                previousEnd = ratio.End;
                continue;
            }

            var nameStart = TextSpans.SkipListMarker(text, clauseStart, clauseStart + named);
            var name = Labels.Normalise(text.AsSpan(nameStart, clauseStart + named + 2 - nameStart));
            var since = Math.Max(clauseStart, previousEnd);
            var own = text.AsSpan(since, ratio.Start - since);
            var prior = own.IndexOf("上年", StringComparison.Ordinal) >= 0 || own.IndexOf("去年", StringComparison.Ordinal) >= 0
                        || own.IndexOf("上一年", StringComparison.Ordinal) >= 0 || own.IndexOf("同期", StringComparison.Ordinal) >= 0;
            var terms = ratio.Terms.Select(t => new Figure
            {
                Id = "",
                Span = locate(t.Start, t.Length),
                Text = text.Substring(t.Start, t.Length),
                Value = t.Value,
                Unit = "%",
                Kind = FigureKind.Percent,
                BaseValue = t.Value,
                Label = name,
                BlockIndex = blockIndex,
                BlockOffset = t.Start,
                Sentence = firstSentence + Math.Max(s, 0),
            }).ToList();
            output.Add(new StructureRatio(name, terms, prior));
            previousEnd = ratio.End;
        }
    }
}
