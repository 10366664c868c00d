using ReportMiner.Cli;
using ReportMiner.Tests.Output;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Cli;

public sealed class CheckCommandTests
{
    private static CliResult Check(string output, params string[] inputsAndOptions) =>
        CliRunner.Run(["check", .. inputsAndOptions, "--out", output, "--quiet"]);

    [Fact]
    public void Run_CleanDocument_ExitsZero()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("in/clean.txt", SampleDocs.Clean);

        var result = Check(dir["out"], input);

        Assert.True(result.ExitCode == App.ExitCodes.Done, result.ToString());
        var document = Assert.Single(Csv.ReadFile(dir["out/documents.csv"]));
        Assert.Equal("ok", document["status"]);
        Assert.Equal("3", document["figures"]);
        Assert.Equal("0", document["errors"]);
    }

    [Fact]
    public void Run_SeedWithErrorFindings_ExitsOne()
    {
        using var dir = new TempDirectory();

        var result = Check(dir["out"], Repo.Seed);

        Assert.True(result.ExitCode == App.ExitCodes.FindingsAtOrAboveFailOn, result.ToString());
        Assert.NotEmpty(Csv.ReadFile(dir["out/figures.csv"]));
        Assert.Contains(Csv.ReadFile(dir["out/findings.csv"]), f => f["severity"] == "error");
    }

    [Fact]
    public void Run_WarningsButNoErrors_ExitsZeroByDefaultAndOneWithFailOnWarning()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("warning.txt", WarningOnlyDocument());

        var byDefault = Check(dir["out1"], input);
        var onWarning = Check(dir["out2"], input, "--fail-on", "warning");

        Assert.True(byDefault.ExitCode == App.ExitCodes.Done, byDefault.ToString());
        Assert.True(onWarning.ExitCode == App.ExitCodes.FindingsAtOrAboveFailOn, onWarning.ToString());
        Assert.Contains(Csv.ReadFile(dir["out2/findings.csv"]), f => f["severity"] == "warning");
        Assert.DoesNotContain(Csv.ReadFile(dir["out2/findings.csv"]), f => f["severity"] == "error");
    }

    /// <summary>
    /// A document whose findings are warnings only, found among the lines of the seed and the corpus with the real
    /// rules (so the test does not depend on which sentence the rules currently rate a warning).
    /// </summary>
    private static byte[] WarningOnlyDocument()
    {
        var processor = Processors.Default();
        var corpus = Directory.Exists(RepoPaths.Corpus) ? Directory.EnumerateFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal).ToList() : [];
        var candidates = corpus.Select(File.ReadAllText)
            .Concat(new[] { Repo.Seed }.Concat(corpus).SelectMany(File.ReadAllLines))
            .Where(t => t.Length > 0);
        using var dir = new TempDirectory();
        var path = dir["candidate.txt"];
        foreach (var text in candidates)
        {
            File.WriteAllText(path, text + "\n");
            var outcome = processor.Process(new global::ReportMiner.Ingestion.InputFile(path, "candidate.txt", global::ReportMiner.Documents.SourceFormat.Text, null), CancellationToken.None);
            if (outcome.Count(global::ReportMiner.Reconciliation.Severity.Warning) > 0 && outcome.Count(global::ReportMiner.Reconciliation.Severity.Error) == 0)
            {
                return System.Text.Encoding.UTF8.GetBytes(text + "\n");
            }
        }

        throw new InvalidOperationException("no line of the seed or the corpus gives warnings without errors");
    }

    [Fact]
    public void Run_NoSuchPath_ExitsTwoWithOneLineMessageAndWritesNothing()
    {
        using var dir = new TempDirectory();
        var missing = dir["no-such-path"];

        var result = Check(dir["out"], missing);

        Assert.Equal(App.ExitCodes.Usage, result.ExitCode);
        Assert.Equal($"reportminer: no such file or directory: {missing}", result.Stderr.TrimEnd());
        Assert.DoesNotContain('\n', result.Stderr.TrimEnd());
        Assert.False(Directory.Exists(dir["out"]));
    }

    [Fact]
    public void Run_OneGoodOneMissingInput_ExitsTwoAndWritesNothing()
    {
        using var dir = new TempDirectory();
        var good = dir.Write("good.txt", SampleDocs.Clean);

        var result = Check(dir["out"], good, dir["missing.txt"]);

        Assert.Equal(App.ExitCodes.Usage, result.ExitCode);
        Assert.False(Directory.Exists(dir["out"]));
    }

    [Fact]
    public void Run_DirectoryWithoutDocuments_ExitsTwoNothingToCheck()
    {
        using var dir = new TempDirectory();
        dir.Write("in/notes.xyz", [1, 2, 3]);

        var result = Check(dir["out"], dir["in"]);

        Assert.Equal(App.ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("reportminer: nothing to check", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir["out"]));
    }

    [Fact]
    public void Run_OutIsUnderAFile_ExitsTwoAndWritesNothing()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("clean.txt", SampleDocs.Clean);
        var blocker = dir.Write("blocker", [0]);

        var result = Check(Path.Combine(blocker, "out"), input);

        Assert.Equal(App.ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("reportminer: cannot write to --out", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFileSystemEntries(dir.Path).Length);
    }

    [Theory]
    [InlineData("--jobs", "0")]
    [InlineData("--jobs", "many")]
    [InlineData("--timeout", "0")]
    [InlineData("--fail-on", "fatal")]
    [InlineData("--lang", "fr")]
    [InlineData("--no-such-option", "1")]
    public void Run_BadOption_ExitsTwoWithOneLineMessageAndWritesNothing(string option, string value)
    {
        using var dir = new TempDirectory();
        var input = dir.Write("clean.txt", SampleDocs.Clean);

        var result = CliRunner.Run("check", input, "--out", dir["out"], option, value);

        Assert.Equal(App.ExitCodes.Usage, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("reportminer: ", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir["out"]));
    }

    [Fact]
    public void Run_UnreadableAndGoodFileInDirectory_BothRowsAndExitsThree()
    {
        using var dir = new TempDirectory();
        dir.Write("in/good.txt", SampleDocs.Clean);
        var how = BadFiles.MakeUnreadable(dir["in"], "unreadable.txt");

        var result = Check(dir["out"], dir["in"]);

        Assert.True(result.ExitCode == App.ExitCodes.DocumentsFailed, $"{how}: {result}");
        var rows = Csv.ReadFile(dir["out/documents.csv"]);
        Assert.Equal(2, rows.Count);
        Assert.Equal("ok", Assert.Single(rows, r => r["document"].EndsWith("good.txt", StringComparison.Ordinal))["status"]);
        var bad = Assert.Single(rows, r => r["document"].EndsWith("unreadable.txt", StringComparison.Ordinal));
        Assert.Equal("failed", bad["status"]);
        Assert.NotEqual("", bad["message"]);
    }

    [Fact]
    public void Run_FailedDocumentAndErrorFinding_ExitThreeWins()
    {
        using var dir = new TempDirectory();
        dir.Copy(Repo.Seed, "in/seed.txt");
        dir.Write("in/empty.txt", []);

        var result = Check(dir["out"], dir["in"]);

        Assert.Equal(App.ExitCodes.DocumentsFailed, result.ExitCode);
    }

    [Fact]
    public void Run_Twice_ByteIdenticalOutputs()
    {
        using var dir = new TempDirectory();
        var inputs = SeedBatch(dir);

        Assert.Equal(App.ExitCodes.DocumentsFailed, Check(dir["out1"], inputs).ExitCode);
        Assert.Equal(App.ExitCodes.DocumentsFailed, Check(dir["out2"], inputs).ExitCode);

        Assert.Equal(ResultFilesTests.ResultFileBytes(dir["out1"]), ResultFilesTests.ResultFileBytes(dir["out2"]));
    }

    [Fact]
    public void Run_JobsOneAndJobsTwo_ByteIdenticalOutputs()
    {
        using var dir = new TempDirectory();
        var inputs = SeedBatch(dir);

        var one = Check(dir["out1"], inputs, "--jobs", "1");
        var two = Check(dir["out2"], inputs, "--jobs", "2");
        var four = Check(dir["out4"], inputs, "--jobs", "4");

        Assert.Equal(App.ExitCodes.DocumentsFailed, one.ExitCode);
        Assert.Equal(one.ExitCode, two.ExitCode);
        Assert.Equal(ResultFilesTests.ResultFileBytes(dir["out1"]), ResultFilesTests.ResultFileBytes(dir["out2"]));
        Assert.Equal(ResultFilesTests.ResultFileBytes(dir["out1"]), ResultFilesTests.ResultFileBytes(dir["out4"]));
        Assert.Equal(24, Csv.ReadFile(dir["out1/documents.csv"]).Count);
    }

    [Fact]
    public void Run_Gb18030AndUtf16Copies_SameFigureRowsAsUtf8Original()
    {
        using var dir = new TempDirectory();

        var result = Check(dir["out"], Repo.Seed, Repo.SeedGb18030, Repo.SeedUtf16);

        Assert.Equal(App.ExitCodes.FindingsAtOrAboveFailOn, result.ExitCode);
        var figures = Csv.ReadFile(dir["out/figures.csv"]);
        List<string> RowsOf(string path) => figures
            .Where(r => r["document"] == path)
            .Select(r => string.Join('|', r.Where(c => c.Key != "document").Select(c => c.Value)))
            .ToList();
        var original = RowsOf(Repo.Seed);
        Assert.NotEmpty(original);
        Assert.Equal(original, RowsOf(Repo.SeedGb18030));
        Assert.Equal(original, RowsOf(Repo.SeedUtf16));
    }

    [Fact]
    public void Run_DocumentWithFormulaLikeText_EveryTextCellNeutralised()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("hostile.txt", SampleDocs.Hostile);

        Check(dir["out"], input);

        var figures = Csv.ReadFile(dir["out/figures.csv"]);
        var findings = Csv.ReadFile(dir["out/findings.csv"]);
        Assert.Contains(figures, r => r["label"].StartsWith("'+cmd", StringComparison.Ordinal));
        Assert.Contains(figures, r => r["label"].StartsWith("'=1+1", StringComparison.Ordinal));
        Assert.Contains(figures, r => r["label"].StartsWith("'-2+3", StringComparison.Ordinal));
        Assert.Contains(figures, r => r["label"].StartsWith("'@cmd", StringComparison.Ordinal));
        Assert.Contains(findings, r => r["evidence"].StartsWith("'=HYPERLINK(", StringComparison.Ordinal));
        Assert.Contains(findings, r => r["evidence"].StartsWith("'@SUM(", StringComparison.Ordinal));
        string[] numeric = ["page", "line", "start", "length", "value", "base_value", "stated", "computed", "difference", "pages", "lines", "figures", "errors", "warnings", "infos"];
        foreach (var file in new[] { "documents.csv", "figures.csv", "findings.csv" })
        {
            foreach (var (column, cell) in Csv.ReadFile(dir["out/" + file]).SelectMany(r => r))
            {
                if (numeric.Contains(column) && !(file == "findings.csv" && column == "figures"))
                {
                    Assert.Matches(@"^(-?\d+(\.\d+)?)?$", cell);
                }
                else
                {
                    Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n', $"{file} {column}: {cell}");
                }
            }
        }
    }

    [Fact]
    public void Check_CancelledBeforeTheEnd_ExitsInterruptedAndPreviousFilesUntouched()
    {
        using var dir = new TempDirectory();
        var inputs = SeedBatch(dir);
        Assert.Equal(App.ExitCodes.DocumentsFailed, Check(dir["out"], inputs).ExitCode);
        var before = ResultFilesTests.ResultFileBytes(dir["out"]);
        var stderr = new StringWriter();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var exit = global::ReportMiner.Cli.Commands.CheckCommand.Check(
            new global::ReportMiner.Cli.Commands.CheckCommand.CheckOptions([Repo.Seed], dir["out"], 2, global::ReportMiner.Reconciliation.Severity.Error,
                global::ReportMiner.Pipeline.OutputLanguage.Zh, TimeSpan.FromSeconds(60), 1 << 20, Quiet: true),
            TextWriter.Null, stderr, cancelled.Token);

        Assert.Equal(App.ExitCodes.Interrupted, exit);
        Assert.Contains("interrupted: no output written", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, ResultFilesTests.ResultFileBytes(dir["out"]));
        Assert.Equal(3, Directory.GetFileSystemEntries(dir["out"]).Length);
    }

    /// <summary>Seeds in three encodings, a clean and a hostile document, and bad files: 24 rows in all.</summary>
    private static string SeedBatch(TempDirectory dir)
    {
        for (var i = 0; i < 6; i++)
        {
            dir.Copy(Repo.Seed, $"in/{i:00}/seed.txt");
            dir.Copy(Repo.SeedGb18030, $"in/{i:00}/seed.gb18030.txt");
            dir.Copy(Repo.SeedUtf16, $"in/{i:00}/seed.utf16.txt");
        }

        dir.Write("in/clean.txt", SampleDocs.Clean);
        dir.Write("in/hostile.txt", SampleDocs.Hostile);
        dir.Write("in/empty.txt", []);
        dir.Write("in/random.txt", SampleDocs.RandomBytes(4096, 1));
        dir.Write("in/random.docx", SampleDocs.RandomBytes(4096, 2));
        dir.Write("in/random.pdf", SampleDocs.RandomBytes(4096, 3));
        return dir["in"];
    }
}
