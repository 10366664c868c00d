using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ReportMiner.Segmentation;

namespace ReportMiner.Benchmarks;

/// <summary>Load time of the default dictionary (a fresh instance each time, not the shared one).</summary>
[MemoryDiagnoser]
public class SegmenterLoadBenchmarks
{
    [Benchmark(Description = "Load default dictionary")]
    public object LoadDefault() => Segmenter.LoadDefault();
}

/// <summary>Single-thread throughput over the benchmark text (see <see cref="BenchmarkText"/>); the
/// MB/s column is UTF-8 input bytes divided by the mean time of one pass over all lines.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SegmenterBenchmarks
{
    private string[] _lines = [];
    private readonly List<Range> _ranges = new(4096);

    internal static long Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _lines = BenchmarkText.Lines(BenchmarkText.Load());
        Bytes = BenchmarkText.Utf8Bytes(_lines);
        _ = Segmenter.Default;
        _ = Segmenter.Domain;
    }

    [Benchmark(Baseline = true, Description = "Default, Cut(span, List<Range>)")]
    public int CutSpans()
    {
        var n = 0;
        foreach (var line in _lines)
        {
            _ranges.Clear();
            Segmenter.Default.Cut(line.AsSpan(), _ranges);
            n += _ranges.Count;
        }

        return n;
    }

    [Benchmark(Description = "Default, Cut(string) -> Token[]")]
    public int CutTokens()
    {
        var n = 0;
        foreach (var line in _lines)
        {
            n += Segmenter.Default.Cut(line).Count;
        }

        return n;
    }

    [Benchmark(Description = "Domain, Cut(span, List<Range>)")]
    public int CutSpansDomain()
    {
        var n = 0;
        foreach (var line in _lines)
        {
            _ranges.Clear();
            Segmenter.Domain.Cut(line.AsSpan(), _ranges);
            n += _ranges.Count;
        }

        return n;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "UTF-8 input megabytes (10^6 bytes) segmented per second, one thread";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats || Bytes == 0)
            {
                // The summary is printed in the host process; the bytes are recomputed there.
                var bytes = Bytes != 0 ? Bytes : BenchmarkText.Utf8Bytes(BenchmarkText.Lines(BenchmarkText.Load()));
                Bytes = bytes;
                if (report?.ResultStatistics is null)
                {
                    return "-";
                }
            }

            return (Bytes / 1e6 / (summary[benchmarkCase]!.ResultStatistics!.Mean / 1e9)).ToString("0.00");
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
