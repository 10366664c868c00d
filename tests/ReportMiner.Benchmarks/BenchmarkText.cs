using System.Text;

namespace ReportMiner.Benchmarks;

/// <summary>
/// The text the segmenter benchmarks cut: the file named by SEGMENTER_BENCH_TEXT when set (for
/// example the corpus made by scripts/make-corpus.sh), otherwise the repository's own seed reports
/// (seeds/*.txt and the .expected.txt renditions), found by walking up to ReportMiner.sln.
/// </summary>
internal static class BenchmarkText
{
    public static string Load()
    {
        var path = Environment.GetEnvironmentVariable("SEGMENTER_BENCH_TEXT");
        if (!string.IsNullOrEmpty(path))
        {
            return File.ReadAllText(path);
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportMiner.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException("repository root not found; set SEGMENTER_BENCH_TEXT to a UTF-8 text file");
        }

        var seeds = Path.Combine(dir.FullName, "seeds");
        var files = Directory.GetFiles(seeds, "*.txt").Concat(Directory.GetFiles(Path.Combine(seeds, "renditions"), "*.expected.txt")).Order(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var f in files)
        {
            sb.Append(File.ReadAllText(f)).Append('\n');
        }

        return sb.ToString();
    }

    public static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    public static long Utf8Bytes(IEnumerable<string> lines) => lines.Sum(l => (long)Encoding.UTF8.GetByteCount(l));
}
