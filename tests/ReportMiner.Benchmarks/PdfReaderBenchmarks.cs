using BenchmarkDotNet.Attributes;
using ReportMiner.Ingestion;
using ReportMiner.Ingestion.Pdf;
using UglyToad.PdfPig;

namespace ReportMiner.Benchmarks;

/// <summary>
/// PDF reading, single thread: the whole reader (layout, tables, headers, paragraphs) against PdfPig's own letter and
/// path extraction, which is the floor the reader builds on. Pages per second = pages / mean time.
/// Run: dotnet run -c Release --project tests/ReportMiner.Benchmarks -- --filter '*PdfReader*'
/// </summary>
[MemoryDiagnoser]
public class PdfReaderBenchmarks
{
    private byte[] _content = [];

    [Params("seeds/renditions/seed.pdf", "seeds/renditions/seed.cid.pdf", "corpus/office/final_accounts.pdf")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "ReportMiner.sln")))
        {
            dir = dir.Parent;
        }

        _content = System.IO.File.ReadAllBytes(Path.Combine(dir?.FullName ?? ".", File));
    }

    [Benchmark(Baseline = true)]
    public int PdfPigLettersAndPaths()
    {
        using var document = PdfDocument.Open(_content);
        var count = 0;
        for (var p = 1; p <= document.NumberOfPages; p++)
        {
            var page = document.GetPage(p);
            count += page.Letters.Count + page.Paths.Count;
        }

        return count;
    }

    [Benchmark]
    public int Reader() =>
        new PdfDocumentReader().Read("bench.pdf", _content, ReaderLimits.Default, CancellationToken.None).Blocks.Count;
}
