using BenchmarkDotNet.Running;

namespace ReportMiner.Benchmarks;

internal static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/ReportMiner.Benchmarks -- --filter '*'</c> runs BenchmarkDotNet;
    /// <c>... -- segment-throughput FILE [--threads N] [--rounds R] [--out TSV]</c> is the plain
    /// side-by-side measurement used with the python and node ports (see docs/PERFORMANCE.md).
    /// </summary>
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "segment-throughput")
        {
            return SegmenterThroughput.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
