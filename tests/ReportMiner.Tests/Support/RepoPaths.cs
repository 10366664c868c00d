namespace ReportMiner.Tests.Support;

/// <summary>Paths inside the repository, found from the test assembly's folder (no dependence on the working directory).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportMiner.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"no ReportMiner.sln above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;

    public static string Seed => Path.Combine(Root, "seeds", "000_2f247f96fcae4be4.txt");

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);
}
