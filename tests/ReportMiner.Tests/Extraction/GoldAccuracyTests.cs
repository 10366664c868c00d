using System.Globalization;
using ReportMiner.Extraction;
using ReportMiner.Tests.Support;
using Xunit.Abstractions;

namespace ReportMiner.Tests.Extraction;

/// <summary>
/// The extractor against the hand-checked figures of the seed (TestData/gold/seed.figures.tsv, 113 figures): recall
/// and precision of span + base value + kind, and label agreement for money figures. The numbers are printed.
/// </summary>
public sealed class GoldAccuracyTests(ITestOutputHelper output)
{
    private const double MinRecall = 0.99;
    private const double MinPrecision = 0.99;
    private const double MinMoneyLabelAgreement = 0.85;

    private sealed record GoldFigure(int Line, int Start, string Surface, decimal Value, string Kind, bool Approx, string Label);

    [Fact]
    public void Extract_Seed_MeetsGoldRecallPrecisionAndLabelTargets()
    {
        var lines = File.ReadAllLines(RepoPaths.Seed);
        var gold = LoadGold(lines);
        var figures = Checked.Figures(File.ReadAllText(RepoPaths.Seed));
        var ours = figures.ToDictionary(f => (f.Span.Line, f.Span.Start, f.Span.Length));

        var matched = 0;
        var money = 0;
        var labelled = 0;
        var problems = new List<string>();
        foreach (var g in gold)
        {
            if (!ours.TryGetValue((g.Line, g.Start, g.Surface.Length), out var f)
                || f.BaseValue != g.Value || !f.Kind.ToString().Equals(g.Kind, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"missed line {g.Line}: {g.Surface}");
                continue;
            }

            matched++;
            if (f.Approx != g.Approx)
            {
                problems.Add($"approx differs line {g.Line}: {g.Surface}");
            }

            if (g.Kind == "money")
            {
                money++;
                if (LabelsAgree(f.Label, g.Label))
                {
                    labelled++;
                }
                else
                {
                    problems.Add($"label line {g.Line} {g.Surface}: ours '{f.Label}', gold '{g.Label}'");
                }
            }
        }

        var goldSpans = gold.Select(g => (g.Line, g.Start, g.Surface.Length)).ToHashSet();
        problems.AddRange(figures.Where(f => !goldSpans.Contains((f.Span.Line, f.Span.Start, f.Span.Length)))
            .Select(f => $"extra line {f.Span.Line}: {f.Text}"));

        var recall = (double)matched / gold.Count;
        var precision = (double)matched / figures.Count;
        var labels = (double)labelled / money;
        output.WriteLine($"gold {gold.Count}, extracted {figures.Count}, matched {matched}");
        output.WriteLine($"recall {recall:P2}, precision {precision:P2}, money label agreement {labels:P2} ({labelled}/{money})");
        problems.ForEach(output.WriteLine);

        Assert.True(recall >= MinRecall, $"recall {recall:P2} below {MinRecall:P0}: {string.Join("; ", problems)}");
        Assert.True(precision >= MinPrecision, $"precision {precision:P2} below {MinPrecision:P0}: {string.Join("; ", problems)}");
        Assert.True(labels >= MinMoneyLabelAgreement, $"money label agreement {labels:P2} below {MinMoneyLabelAgreement:P0}: {string.Join("; ", problems)}");
    }

    /// <summary>The gold's rule: labels agree when one contains the other, after normalisation.</summary>
    private static bool LabelsAgree(string ours, string gold)
    {
        var a = Labels.Normalise(ours);
        var b = Labels.Normalise(gold);
        return a.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    /// <summary>
    /// Reads the gold file; a row is placed as the k-th occurrence of its surface on its line that is not preceded
    /// by a digit or '.', k counting earlier rows of the same line and surface (the file's own rule).
    /// </summary>
    private static List<GoldFigure> LoadGold(string[] seedLines)
    {
        var rows = File.ReadAllLines(RepoPaths.TestData("gold", "seed.figures.tsv"))
            .Where(l => !l.StartsWith('#') && l.Length > 0)
            .Skip(1)
            .Select(l => l.Split('\t'))
            .ToList();
        var seen = new Dictionary<(int, string), int>();
        var gold = new List<GoldFigure>();
        foreach (var r in rows)
        {
            var line = int.Parse(r[0], CultureInfo.InvariantCulture);
            var surface = r[1];
            var k = seen.GetValueOrDefault((line, surface));
            seen[(line, surface)] = k + 1;
            var text = seedLines[line - 1];
            var at = -1;
            for (int from = 0, found = 0; ;)
            {
                var p = text.IndexOf(surface, from, StringComparison.Ordinal);
                Assert.True(p >= 0, $"gold surface '{surface}' #{k} not on seed line {line}");
                if (p > 0 && (char.IsAsciiDigit(text[p - 1]) || text[p - 1] == '.'))
                {
                    from = p + 1;
                    continue;
                }

                if (found++ == k)
                {
                    at = p;
                    break;
                }

                from = p + 1;
            }

            gold.Add(new GoldFigure(line, at, surface, decimal.Parse(r[2], CultureInfo.InvariantCulture), r[3], r[5] == "yes", r[6]));
        }

        return gold;
    }
}
