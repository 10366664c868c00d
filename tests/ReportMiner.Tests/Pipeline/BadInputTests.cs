using System.Text;
using ReportMiner.Cli;
using ReportMiner.Documents;
using ReportMiner.Ingestion;
using ReportMiner.Pipeline;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Pipeline;

/// <summary>Each bad input of a year's submissions ends as a row of its own, with the reason, and the run goes on.</summary>
public sealed class BadInputTests
{
    private static DocumentOutcome ProcessOne(string path, long maxFileBytes = 1 << 30) =>
        Processors.Default(maxFileBytes).Process(
            new InputFile(path, Path.GetFileName(path), InputDiscovery.FormatOf(path), null), CancellationToken.None);

    [Theory]
    [InlineData("empty.txt")]
    [InlineData("empty.docx")]
    [InlineData("empty.pdf")]
    public void Process_EmptyFile_FailedEmptyFile(string name)
    {
        using var dir = new TempDirectory();

        var outcome = ProcessOne(dir.Write(name, []));

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
        Assert.Contains("empty file", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_RandomBytesNamedTxt_FailedBinaryFile()
    {
        using var dir = new TempDirectory();

        var outcome = ProcessOne(dir.Write("random.txt", SampleDocs.RandomBytes(8192, 5)));

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
        Assert.Contains("binary file", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(64, outcome.Sha256.Length);
    }

    [Theory]
    [InlineData("random.docx")]
    [InlineData("random.pdf")]
    public void Process_RandomBytesNamedDocxOrPdf_NotOkAndSaysWhy(string name)
    {
        using var dir = new TempDirectory();

        var outcome = ProcessOne(dir.Write(name, SampleDocs.RandomBytes(8192, 6)));

        // Failed once the format's reader is in the build; skipped ("no reader") before.
        Assert.NotEqual(DocumentStatus.Ok, outcome.Status);
        Assert.NotEqual("", outcome.Message);
        if (CheckPipeline.Readers().Any(r => r.Format == outcome.Format))
        {
            Assert.Equal(DocumentStatus.Failed, outcome.Status);
        }
    }

    [Fact]
    public void Process_HundredMegabyteSingleLine_FailedWithLineLength()
    {
        using var dir = new TempDirectory();
        var path = dir["one-line.txt"];
        using (var stream = File.Create(path))
        {
            var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("支出预算3018.95千元，", 4096)));
            while (stream.Length < 100L * 1024 * 1024)
            {
                stream.Write(chunk);
            }
        }

        var outcome = ProcessOne(path);

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
        Assert.Contains("line 1 is ", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("characters long", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_LargerThanMaxSize_FailedTooLargeWithoutReading()
    {
        using var dir = new TempDirectory();

        var outcome = ProcessOne(dir.Write("big.txt", new byte[2048]), maxFileBytes: 1024);

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
        Assert.Contains("file too large", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("--max-size", outcome.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(23157L)]
    public void Process_MaxSizeAtOrNearLimits_ReadsWholeFile(long maxFileBytes)
    {
        var outcome = ProcessOne(Repo.Seed, maxFileBytes);

        Assert.Equal(DocumentStatus.Ok, outcome.Status);
        Assert.NotEmpty(outcome.Figures);
    }

    [Fact]
    public void Process_FewInvalidUtf8Bytes_OkWithNoteAndFigures()
    {
        using var dir = new TempDirectory();
        byte[] bytes = [.. File.ReadAllBytes(Repo.Seed), 0xFF, 0xFE, 0xC3, (byte)'\n'];

        var outcome = ProcessOne(dir.Write("nearly-utf8.txt", bytes));

        Assert.Equal(DocumentStatus.Ok, outcome.Status);
        Assert.Equal(SampleDocs.SeedFigureCount, outcome.Figures.Count);
        Assert.Contains("U+FFFD", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_MostlyInvalidUtf8_FailedNotText()
    {
        using var dir = new TempDirectory();

        var outcome = ProcessOne(dir.Write("garbage.txt", BadFiles.InvalidUtf8Garbage()));

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
        Assert.Contains("could not be decoded", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_UnreadableFile_FailedWithReason()
    {
        using var dir = new TempDirectory();
        var how = BadFiles.MakeUnreadable(dir.Path, "locked.txt");

        var outcome = ProcessOne(dir["locked.txt"]);

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
        Assert.Contains(BadFiles.PermissionsIgnored ? "broken symbolic link" : "permission denied", outcome.Message, StringComparison.Ordinal);
        Assert.NotNull(how);
    }

    [Fact]
    public void Process_SymbolicLinkLoop_FailedCannotRead()
    {
        using var dir = new TempDirectory();
        var path = dir["loop.txt"];
        File.CreateSymbolicLink(path, path);

        var outcome = ProcessOne(path);

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
        Assert.NotEqual("", outcome.Message);
    }

    [Fact]
    public void Process_Fifo_FailedWithoutBlocking()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/usr/bin/mkfifo"))
        {
            return;
        }

        using var dir = new TempDirectory();
        var path = dir["pipe.txt"];
        using (var mkfifo = System.Diagnostics.Process.Start("/usr/bin/mkfifo", [path]))
        {
            mkfifo.WaitForExit();
        }

        var outcome = ProcessOne(path);

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
    }

    [Fact]
    public void Run_OddFileNames_OkRowsWithExactNames()
    {
        using var dir = new TempDirectory();
        foreach (var name in BadFiles.OddNames)
        {
            dir.Write("in/" + name, SampleDocs.Clean);
        }

        var result = CliRunner.Run("check", dir["in"], "--out", dir["out"], "--quiet");

        Assert.True(result.ExitCode == App.ExitCodes.Done, result.ToString());
        var rows = Csv.ReadFile(dir["out/documents.csv"]);
        Assert.Equal(
            BadFiles.OddNames.Select(n => Path.Combine(dir["in"], n)).Order(StringComparer.Ordinal),
            rows.Select(r => r["document"]));
        Assert.All(rows, r => Assert.Equal("ok", r["status"]));
        Assert.Equal(rows.Count * 3, Csv.ReadFile(dir["out/figures.csv"]).Count);
    }

    [Fact]
    public void Run_BadFilesMixedWithGood_EveryDocumentAccountedForAndExitThree()
    {
        using var dir = new TempDirectory();
        var expected = BadFiles.WriteAll(dir["in/bad"]);
        for (var i = 0; i < 5; i++)
        {
            dir.Copy(Repo.Seed, $"in/good/seed{i}.txt");
        }

        foreach (var rendition in RenditionFiles())
        {
            dir.Copy(rendition, "in/renditions/" + Path.GetFileName(rendition));
        }

        var onDisk = Directory.EnumerateFileSystemEntries(dir["in"], "*", SearchOption.AllDirectories)
            .Where(p => !Directory.Exists(p) && InputDiscovery.FormatOf(p) != SourceFormat.Other)
            .Where(p => !Path.GetFileNameWithoutExtension(p).Equals("README", StringComparison.OrdinalIgnoreCase)) // a folder's README is not a submission
            .ToList();

        var result = CliRunner.Run("check", dir["in"], "--out", dir["out"], "--quiet", "--jobs", "2");

        Assert.True(result.ExitCode == App.ExitCodes.DocumentsFailed, result.ToString());
        var rows = Csv.ReadFile(dir["out/documents.csv"]).ToDictionary(r => r["document"]);
        Assert.Equal(string.Join('\n', onDisk.Order(StringComparer.Ordinal)), string.Join('\n', rows.Keys.Order(StringComparer.Ordinal)));
        foreach (var (name, reason) in expected)
        {
            var row = rows[Path.Combine(dir["in/bad"], name)];
            Assert.True(row["status"] is "failed" or "skipped", $"{name}: {row["status"]}");
            Assert.True(row["message"].Contains(reason, StringComparison.Ordinal), $"{name}: '{row["message"]}' lacks '{reason}'");
        }

        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(SampleDocs.SeedFigureCount.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[dir[$"in/good/seed{i}.txt"]]["figures"]));
        Assert.All(rows.Values, r => Assert.True(r["status"] != "failed" || r["message"] != "", r["document"]));
    }

    [Fact]
    public async Task Run_DirectoryChangingDuringTheRun_CompletesWithStableFilesOk()
    {
        using var dir = new TempDirectory();
        for (var i = 0; i < 10; i++)
        {
            dir.Copy(Repo.Seed, $"in/stable{i}.txt");
        }

        using var stop = new CancellationTokenSource();
        var churn = Task.Run(() =>
        {
            // Files and directories appear and vanish while the run lists and reads the directory.
            for (var n = 0; !stop.IsCancellationRequested && n < 100_000; n++)
            {
                var sub = dir[$"in/churn{n % 7}"];
                try
                {
                    Directory.CreateDirectory(sub);
                    File.WriteAllBytes(Path.Combine(sub, $"c{n}.txt"), SampleDocs.Clean);
                    if (n % 3 == 0)
                    {
                        Directory.Delete(sub, recursive: true);
                    }
                }
                catch (IOException)
                {
                }
            }
        });

        CliResult result;
        try
        {
            result = CliRunner.Run("check", dir["in"], "--out", dir["out"], "--quiet", "--jobs", "2");
        }
        finally
        {
            stop.Cancel();
            await churn.WaitAsync(TimeSpan.FromMinutes(1));
        }

        Assert.True(result.ExitCode is App.ExitCodes.Done or App.ExitCodes.FindingsAtOrAboveFailOn or App.ExitCodes.DocumentsFailed, result.ToString());
        var rows = Csv.ReadFile(dir["out/documents.csv"]);
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal("ok", Assert.Single(rows, r => r["document"] == dir[$"in/stable{i}.txt"])["status"]));
        Assert.All(rows, r => Assert.True(r["status"] == "ok" || r["message"].Length > 0, r["document"]));
    }

    /// <summary>The renditions of the seed (.docx, .pdf, text in other encodings) that readers must handle.</summary>
    internal static IEnumerable<string> RenditionFiles() =>
        Directory.EnumerateFiles(Repo.File("seeds/renditions")).Order(StringComparer.Ordinal);
}
