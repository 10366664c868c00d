using ReportMiner.Ingestion;
using ReportMiner.Output;
using ReportMiner.Pipeline;
using ReportMiner.Tests.Output;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Pipeline;

public sealed class BatchRunnerTests
{
    private static IReadOnlyList<InputFile> Discover(string directory) =>
        InputDiscovery.Expand([directory], directory, out var error) ?? throw new InvalidOperationException(error);

    private static (BatchSummary Summary, List<Dictionary<string, string>> Documents) Run(
        DocumentProcessor processor, string inputs, string output, int jobs, TimeSpan timeout, IProgress<BatchProgress>? progress = null)
    {
        BatchSummary summary;
        using (var files = ResultFiles.Create(output, OutputLanguage.Zh))
        {
            summary = new BatchRunner(processor, jobs, timeout).Run(Discover(inputs), files, progress, CancellationToken.None);
            files.Commit();
        }

        return (summary, Csv.ReadFile(Path.Combine(output, ResultFiles.DocumentsFile)));
    }

    private static void WriteGood(TempDirectory dir, int count)
    {
        for (var i = 0; i < count; i++)
        {
            dir.Copy(Repo.Seed, $"in/good{i:00}.txt");
        }
    }

    [Fact]
    public void Run_ReaderHangsPastTimeout_FailedRowWithReasonAndOthersComplete()
    {
        using var dir = new TempDirectory();
        WriteGood(dir, 4);
        dir.Write("in/HANG.txt", SampleDocs.Clean);
        var reader = new MisbehavingReader();
        var processor = Processors.With(reader);
        // Warm up (compile the extractor) so the short limit only ever catches the hanging document.
        processor.Process(Discover(dir["in"]).First(f => f.Name == "good00.txt"), CancellationToken.None);
        try
        {
            var (summary, rows) = Run(processor, dir["in"], dir["out"], jobs: 2, TimeSpan.FromSeconds(2));

            Assert.Equal(5, rows.Count);
            var hung = Assert.Single(rows, r => r["document"] == "HANG.txt");
            Assert.Equal("failed", hung["status"]);
            Assert.Contains("timed out", hung["message"], StringComparison.Ordinal);
            Assert.Contains("--timeout", hung["message"], StringComparison.Ordinal);
            Assert.All(rows.Where(r => r != hung), r => Assert.Equal(SampleDocs.SeedFigureCount.ToString(System.Globalization.CultureInfo.InvariantCulture), r["figures"]));
            Assert.Equal(1, summary.Failed);
            Assert.Equal(4, summary.Ok);
        }
        finally
        {
            reader.Release.Set();
        }
    }

    [Fact]
    public void Run_TwoHangsWithOneJob_BothFailedAndEveryOtherDocumentChecked()
    {
        using var dir = new TempDirectory();
        WriteGood(dir, 3);
        dir.Write("in/HANG-a.txt", SampleDocs.Clean);
        dir.Write("in/HANG-b.txt", SampleDocs.Clean);
        var reader = new MisbehavingReader();
        var processor = Processors.With(reader);
        processor.Process(Discover(dir["in"]).First(f => f.Name == "good00.txt"), CancellationToken.None);
        try
        {
            // One job: the worker stuck in the first hang must be replaced, or nothing after it would be checked.
            var (summary, rows) = Run(processor, dir["in"], dir["out"], jobs: 1, TimeSpan.FromSeconds(1));

            Assert.Equal(5, rows.Count);
            Assert.Equal(["HANG-a.txt", "HANG-b.txt"], rows.Where(r => r["status"] == "failed").Select(r => r["document"]).Order(StringComparer.Ordinal));
            Assert.Equal(2, summary.Failed);
            Assert.Equal(3, summary.Ok);
        }
        finally
        {
            reader.Release.Set();
        }
    }

    [Fact]
    public void Run_DocumentOverTimeLimit_ItsCancellationTokenIsCancelled()
    {
        using var dir = new TempDirectory();
        dir.Write("in/SLOW.txt", SampleDocs.Clean);
        using var cancelled = new ManualResetEventSlim(false);
        var reader = new MisbehavingReader((name, token) =>
        {
            // A cooperative reader: it stops as soon as the batch gives up on it.
            if (token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30)))
            {
                cancelled.Set();
                token.ThrowIfCancellationRequested();
            }

            return 0;
        });

        var (summary, rows) = Run(Processors.With(reader), dir["in"], dir["out"], jobs: 1, TimeSpan.FromSeconds(1));

        Assert.True(cancelled.Wait(TimeSpan.FromSeconds(10)));
        Assert.Equal("failed", Assert.Single(rows)["status"]);
        Assert.Contains("timed out", rows[0]["message"], StringComparison.Ordinal);
        Assert.Equal(1, summary.Failed);
    }

    [Theory]
    [InlineData("THROW", "InvalidOperationException: reader bug for the test")]
    [InlineData("OOM", "out of memory")]
    [InlineData("EXTRACT", "internal error while checking figures: IndexOutOfRangeException")]
    public void Run_ReaderOrExtractorThrows_FailedRowWithReasonAndOthersComplete(string marker, string reason)
    {
        using var dir = new TempDirectory();
        WriteGood(dir, 3);
        dir.Write($"in/{marker}.txt", SampleDocs.Clean);

        var (summary, rows) = Run(Processors.With(new MisbehavingReader(), new ThrowingExtractor()), dir["in"], dir["out"], jobs: 2, TimeSpan.FromSeconds(60));

        Assert.Equal(4, rows.Count);
        var bad = Assert.Single(rows, r => r["document"] == $"{marker}.txt");
        Assert.Equal("failed", bad["status"]);
        Assert.Contains(reason, bad["message"], StringComparison.Ordinal);
        Assert.Equal(3, summary.Ok);
        Assert.Equal(1, summary.Failed);
    }

    [Fact]
    public void Run_DocumentsFinishOutOfOrder_RowsInInputOrderAndSameAsOneJob()
    {
        using var dir = new TempDirectory();
        WriteGood(dir, 12);
        // Earlier documents take longer, so later ones finish first when several run at once.
        var slow = new MisbehavingReader((name, _) =>
        {
            Thread.Sleep(Math.Max(0, 12 - int.Parse(name[4..6], System.Globalization.CultureInfo.InvariantCulture)) * 5);
            return 0;
        });

        var (_, four) = Run(Processors.With(slow), dir["in"], dir["out4"], jobs: 4, TimeSpan.FromSeconds(60));
        var (_, one) = Run(Processors.With(slow), dir["in"], dir["out1"], jobs: 1, TimeSpan.FromSeconds(60));

        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"good{i:00}.txt"), four.Select(r => r["document"]));
        Assert.Equal(ResultFilesTests.ResultFileBytes(dir["out1"]), ResultFilesTests.ResultFileBytes(dir["out4"]));
    }

    [Fact]
    public void Run_ManyDocuments_WorkersStayWithinABoundedWindowOfTheWriter()
    {
        using var dir = new TempDirectory();
        const int documents = 200;
        for (var i = 0; i < documents; i++)
        {
            dir.Write($"in/d{i:000}.txt", SampleDocs.Clean);
        }

        var started = 0;
        var written = 0;
        var maxAhead = 0;
        var reader = new MisbehavingReader((_, _) =>
        {
            var ahead = Interlocked.Increment(ref started) - Volatile.Read(ref written);
            int seen;
            while ((seen = Volatile.Read(ref maxAhead)) < ahead && Interlocked.CompareExchange(ref maxAhead, ahead, seen) != seen)
            {
            }

            return 0;
        });
        var progress = new SyncProgress(p => Volatile.Write(ref written, p.Done));

        var (summary, rows) = Run(Processors.With(reader), dir["in"], dir["out"], jobs: 2, TimeSpan.FromSeconds(60), progress);

        Assert.Equal(documents, rows.Count);
        Assert.Equal(documents, summary.Ok);
        // The window is BatchRunner.WindowPerJob documents per worker; one more may start between a write and its
        // progress report. With more documents than the window, running ahead without bound would exceed it.
        Assert.InRange(maxAhead, 1, (2 * BatchRunner.WindowPerJob) + 1);
    }

    [Fact]
    public void Run_CancelledMidway_ThrowsAndPreviousResultFilesUntouched()
    {
        using var dir = new TempDirectory();
        WriteGood(dir, 8);
        Run(Processors.Default(), dir["in"], dir["out"], jobs: 2, TimeSpan.FromSeconds(60));
        var before = ResultFilesTests.ResultFileBytes(dir["out"]);
        using var cancel = new CancellationTokenSource();
        var reader = new MisbehavingReader((name, token) =>
        {
            if (name == "good03.txt")
            {
                cancel.Cancel();
                token.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
            }

            return 0;
        });

        using (var files = ResultFiles.Create(dir["out"], OutputLanguage.Zh))
        {
            var runner = new BatchRunner(Processors.With(reader), 2, TimeSpan.FromSeconds(60));
            Assert.ThrowsAny<OperationCanceledException>(() => runner.Run(Discover(dir["in"]), files, null, cancel.Token));
        }

        Assert.Equal(before, ResultFilesTests.ResultFileBytes(dir["out"]));
        Assert.Equal(3, Directory.GetFileSystemEntries(dir["out"]).Length);
    }

    [Fact]
    public void Run_FileDeletedAfterDiscovery_FailedRowSaysItDisappeared()
    {
        using var dir = new TempDirectory();
        WriteGood(dir, 2);
        dir.Write("in/gone.txt", SampleDocs.Clean);
        var inputs = Discover(dir["in"]);
        File.Delete(dir["in/gone.txt"]);

        BatchSummary summary;
        using (var files = ResultFiles.Create(dir["out"], OutputLanguage.Zh))
        {
            summary = new BatchRunner(Processors.Default(), 2, TimeSpan.FromSeconds(60)).Run(inputs, files, null, CancellationToken.None);
            files.Commit();
        }

        var gone = Assert.Single(Csv.ReadFile(dir["out/documents.csv"]), r => r["document"] == "gone.txt");
        Assert.Equal("failed", gone["status"]);
        Assert.Contains("disappeared", gone["message"], StringComparison.Ordinal);
        Assert.Equal(2, summary.Ok);
    }

    private sealed class SyncProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
