using System.Text;

namespace ReportMiner.Tests.Support;

/// <summary>Small documents with known outcomes.</summary>
internal static class SampleDocs
{
    /// <summary>A consistent report: figures, no findings.</summary>
    public static byte[] Clean => Encoding.UTF8.GetBytes("一、收支预算总体情况\n2019年支出预算300.00千元，其中：基本支出200.00千元，项目支出100.00千元。\n");

    /// <summary>Text whose labels and evidence start with spreadsheet formula characters.</summary>
    public static byte[] Hostile => Encoding.UTF8.GetBytes(
        "=HYPERLINK(\"http://evil.example/\",\"点击\")支出合计300万元，其中基本支出100万元，项目支出100万元。\n" +
        "+cmd|calc 人员经费50万元。\n" +
        "@SUM(A1:A2)合计50万元，其中甲类30万元，乙类30万元。\n" +
        "\t合计60万元，其中丙类30万元，丁类40万元。\n" +
        "@cmd 公用经费20万元。\n" +
        "\t-2+3 其他支出10万元。\n" +
        "=1+1 收入合计100万元。\n");

    /// <summary>Figures the current extractor finds in the seed (it improves; the tests compare against it, not a constant).</summary>
    public static int SeedFigureCount => SeedFigures.Value;

    private static readonly Lazy<int> SeedFigures = new(() =>
    {
        var outcome = Processors.Default().Process(
            new ReportMiner.Ingestion.InputFile(Repo.Seed, "seed.txt", ReportMiner.Documents.SourceFormat.Text, null), CancellationToken.None);
        return outcome.Status == ReportMiner.Pipeline.DocumentStatus.Ok && outcome.Figures.Count > 0
            ? outcome.Figures.Count
            : throw new InvalidOperationException($"the seed gives no figures: {outcome.Message}");
    });

    /// <summary>Deterministic pseudo-random bytes (never valid text: they contain NUL bytes).</summary>
    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        bytes[length / 2] = 0;
        return bytes;
    }
}
