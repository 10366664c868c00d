using System.Text;
using BenchmarkDotNet.Attributes;
using ReportMiner.Documents;
using ReportMiner.Extraction;
using ReportMiner.Ingestion;
using ReportMiner.Pipeline;
using ReportMiner.Reconciliation;

namespace ReportMiner.Benchmarks;

/// <summary>
/// Figure extraction (scanning, labels with segmentation, relations) and reconciliation on one thread, over 1 MB of
/// report text made from the seed and the corpus. MB/s = 1 / (mean seconds) for the 1 MB input.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private SourceDocument _document = null!;
    private ExtractedDocument _extracted = null!;
    private readonly FigureExtractor _extractor = new();
    private readonly Reconciler _reconciler = new(CheckPipeline.Rules());

    /// <summary>UTF-8 size of the input.</summary>
    public int Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = BenchmarkInputs.ReportText(1_000_000);
        var content = Encoding.UTF8.GetBytes(text);
        Bytes = content.Length;
        _document = new TextDocumentReader().Read("bench.txt", content, ReaderLimits.Default, CancellationToken.None);
        _extracted = _extractor.Extract(_document);
    }

    [Benchmark]
    public int Extract() => _extractor.Extract(_document).Figures.Count;

    [Benchmark]
    public int Reconcile() => _reconciler.Check(_extracted).Count;
}

/// <summary>
/// Rules over one document of about 2,500 and 10,000 figures (the seed and corpus repeated): the rules index by key
/// and sentence, so the time grows linearly with the number of figures.
/// </summary>
[MemoryDiagnoser]
public class ReconciliationScalingBenchmarks
{
    private ExtractedDocument _extracted = null!;
    private readonly Reconciler _reconciler = new(CheckPipeline.Rules());

    [Params(2_500, 10_000)]
    public int Figures { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var extractor = new FigureExtractor();
        // About 80 bytes of report text per figure: take the text that gives at least the wanted number of figures.
        var text = BenchmarkInputs.ReportText(Figures * 80);
        var document = new TextDocumentReader().Read("bench.txt", Encoding.UTF8.GetBytes(text), ReaderLimits.Default, CancellationToken.None);
        _extracted = extractor.Extract(document);
        Console.WriteLine($"// {_extracted.Figures.Count} figures, {_extracted.Relations.Count} relations");
    }

    [Benchmark]
    public int Reconcile() => _reconciler.Check(_extracted).Count;
}
