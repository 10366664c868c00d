using ReportMiner.Documents;
using ReportMiner.Ingestion;
using ReportMiner.Pipeline;
using ReportMiner.Reconciliation;
using ReportMiner.Tests.Support;
using Xunit.Abstractions;

namespace ReportMiner.Tests.Reconciliation;

/// <summary>
/// The text corpus (corpus/*.txt, see corpus/README.md): every document's error and warning findings must equal
/// corpus/expected/NAME.findings.csv exactly (document, line, rule, severity). Precision and recall per rule are printed.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private sealed record Expected(string Document, int Line, string Rule, string Severity) : IComparable<Expected>
    {
        public int CompareTo(Expected? other) =>
            other is null ? 1 : (Line, Rule, Severity).CompareTo((other.Line, other.Rule, other.Severity));
    }

    public static TheoryData<string> Documents() => new(Files());

    private static IEnumerable<string> Files() =>
        Directory.GetFiles(RepoPaths.Corpus, "*.txt").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Check_CorpusDocument_GivesExactlyTheExpectedFindings(string file)
    {
        // Findings the tool is known to miss (corpus/expected/known-misses.csv, each with its reason) are left out of
        // what must be found, and must stay missed: finding one means the list is out of date.
        // Likewise findings known to be false alarms (known-false-alarms.csv) are allowed, and must still occur.
        var known = KnownMisses().Where(k => k.Document == "corpus/" + file).ToList();
        var falseAlarms = KnownFalseAlarms().Where(k => k.Document == "corpus/" + file).ToList();
        var expected = LoadExpected(file).Where(e => !known.Contains(e)).Concat(falseAlarms);
        var actual = Run(file);

        Assert.Equal(expected.Order().ToList(), actual.Order().ToList());
    }

    [Fact]
    public void Check_WholeCorpus_PrintsPrecisionAndRecallPerRule()
    {
        var expected = new List<Expected>();
        var actual = new List<Expected>();
        foreach (var file in Files())
        {
            expected.AddRange(LoadExpected(file));
            actual.AddRange(Run(file));
        }

        var rules = expected.Select(e => e.Rule).Concat(actual.Select(a => a.Rule)).Distinct().Order(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var e = expected.Where(x => x.Rule == rule).ToHashSet();
            var a = actual.Where(x => x.Rule == rule).ToHashSet();
            var hit = e.Intersect(a).Count();
            output.WriteLine($"{rule,-22} expected {e.Count,3}  found {a.Count,3}  precision {Ratio(hit, a.Count)}  recall {Ratio(hit, e.Count)}");
        }

        var known = KnownMisses();
        var falseAlarms = KnownFalseAlarms();
        output.WriteLine($"known misses: {known.Count} of {expected.Count} expected findings (corpus/expected/known-misses.csv)");
        output.WriteLine($"known false alarms: {falseAlarms.Count}, all warnings (corpus/expected/known-false-alarms.csv)");
        Assert.All(falseAlarms, f => Assert.Equal("warning", f.Severity));
        expected.AddRange(falseAlarms);
        Assert.True(expected.Count >= 40, $"the corpus should plant at least 40 findings, has {expected.Count}");
        Assert.Equal(expected.Except(known).ToHashSet().Count, expected.Except(known).ToHashSet().Intersect(actual).Count());
        Assert.Empty(actual.Except(expected));
    }

    private static string Ratio(int hit, int of) => of == 0 ? "  -   " : $"{100.0 * hit / of,5:0.0}%";

    private static IEnumerable<Expected> Run(string file)
    {
        var path = Path.Combine(RepoPaths.Corpus, file);
        var processor = CheckPipeline.CreateProcessor(long.MaxValue);
        var outcome = processor.Process(new InputFile(path, "corpus/" + file, SourceFormat.Text, null), CancellationToken.None);
        Assert.Equal(DocumentStatus.Ok, outcome.Status);
        return outcome.Findings
            .Where(f => f.Severity >= Severity.Warning)
            .Select(f => new Expected(outcome.Name, f.Location.Line, f.Rule, f.Severity.ToString().ToLowerInvariant()))
            .ToList();
    }

    private static List<Expected> KnownMisses() => KnownList("known-misses.csv");

    private static List<Expected> KnownFalseAlarms() => KnownList("known-false-alarms.csv");

    private static List<Expected> KnownList(string name) =>
        File.ReadAllLines(Path.Combine(RepoPaths.Corpus, "expected", name)).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(c => new Expected(c[0], int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), c[2], c[3]))
            .ToList();

    private static List<Expected> LoadExpected(string file)
    {
        var path = Path.Combine(RepoPaths.Corpus, "expected", Path.ChangeExtension(file, null) + ".findings.csv");
        Assert.True(File.Exists(path), $"no expected findings for corpus/{file}: add {path}");
        var lines = File.ReadAllLines(path);
        Assert.Equal("document,line,rule,severity", lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(c => new Expected(c[0], int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), c[2], c[3]))
            .ToList();
    }
}
