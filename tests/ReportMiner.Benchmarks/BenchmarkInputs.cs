using System.Text;

namespace ReportMiner.Benchmarks;

/// <summary>Benchmark inputs built from the repository's own documents (the seed and the corpus), so runs are repeatable.</summary>
internal static class BenchmarkInputs
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportMiner.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"no ReportMiner.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>The seed and every corpus text, repeated until the text is at least <paramref name="bytes"/> of UTF-8.</summary>
    public static string ReportText(int bytes)
    {
        var root = RepoRoot();
        var sources = new[] { Path.Combine(root, "seeds", "000_2f247f96fcae4be4.txt") }
            .Concat(Directory.GetFiles(Path.Combine(root, "corpus"), "*.txt").Order(StringComparer.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < bytes)
        {
            foreach (var source in sources)
            {
                text.Append(source).Append('\n');
            }
        }

        return text.ToString();
    }
}
