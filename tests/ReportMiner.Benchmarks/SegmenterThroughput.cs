using System.Diagnostics;
using System.Text;
using ReportMiner.Segmentation;

namespace ReportMiner.Benchmarks;

/// <summary>
/// The side-by-side measurement (same protocol as scripts/cut_python.py and scripts/cut_node.js):
/// the first use of the default segmenter in a fresh process is the load time; then every line of
/// FILE is cut, R rounds, and the best round gives MB/s (UTF-8 bytes of the lines / seconds).
/// With --threads N the lines are dealt in blocks of 64 to N dedicated threads that cut at once. --out writes the tokens in
/// the jieba TSV format for the agreement count.
/// </summary>
internal static class SegmenterThroughput
{
    private const int Block = 64; // lines dealt to the threads in turn, so every thread gets a like mix of text

    public static int Run(string[] args)
    {
        var file = args[0];
        var threads = Option(args, "--threads", 1);
        var rounds = Option(args, "--rounds", 3);
        var outPath = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();

        var before = GC.GetTotalMemory(true);
        var sw = Stopwatch.StartNew();
        var segmenter = Segmenter.Default;
        var loadMs = sw.Elapsed.TotalMilliseconds;
        var heapMb = (GC.GetTotalMemory(true) - before) / 1e6;

        var lines = BenchmarkText.Lines(File.ReadAllText(file));
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        var bytes = BenchmarkText.Utf8Bytes(lines);
        // One dedicated thread per part (blocks of lines dealt in turn), kept for every round and
        // released together by a barrier, so a round times the cutting alone: no thread-pool injection or
        // work stealing in the measurement.
        var counts = new long[threads * 16]; // one cache line apart: no false sharing between the counters
        using var start = new Barrier(threads + 1);
        using var done = new Barrier(threads + 1);
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            var index = t;
            var slot = t * 16;
            workers[t] = new Thread(() =>
            {
                var ranges = new List<Range>(4096);
                for (var r = 0; r < rounds; r++)
                {
                    start.SignalAndWait();
                    long n = 0;
                    for (var b = index * Block; b < lines.Length; b += threads * Block)
                    {
                        for (var i = b; i < Math.Min(b + Block, lines.Length); i++)
                        {
                            ranges.Clear();
                            segmenter.Cut(lines[i].AsSpan(), ranges);
                            n += ranges.Count;
                        }
                    }

                    counts[slot] = n;
                    done.SignalAndWait();
                }
            }) { IsBackground = true };
            workers[t].Start();
        }

        var best = double.MaxValue;
        long tokens = 0;
        for (var r = 0; r < rounds; r++)
        {
            start.SignalAndWait();
            sw.Restart();
            done.SignalAndWait();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
            tokens = 0;
            for (var t = 0; t < threads; t++)
            {
                tokens += counts[t * 16];
            }
        }

        if (outPath is not null)
        {
            using var w = new StreamWriter(outPath, false, new UTF8Encoding(false), 1 << 16);
            var ranges = new List<Range>();
            foreach (var line in lines)
            {
                if (line.Length > 0)
                {
                    ranges.Clear();
                    segmenter.Cut(line.AsSpan(), ranges);
                    w.Write(Esc(line));
                    foreach (var r in ranges)
                    {
                        w.Write('\t');
                        w.Write(Esc(line[r]));
                    }
                }

                w.Write('\n');
            }
        }

        Console.WriteLine(
            $"{{\"port\":\"ReportMiner.Segmentation\",\"threads\":{threads},\"load_s\":{loadMs / 1000:0.000},\"heap_mb\":{heapMb:0.0}," +
            $"\"mb\":{bytes / 1e6:0.00},\"lines\":{lines.Length},\"tokens\":{tokens},\"best_s\":{best:0.000},\"mb_per_s\":{bytes / 1e6 / best:0.00}}}");
        return 0;
    }

    private static string Esc(string s) => s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\r", "\\r").Replace("\n", "\\n");

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }
}
