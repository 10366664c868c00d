namespace ReportMiner.Tests.Support;

/// <summary>Files of the repository the tests run from (found by walking up to ReportMiner.sln).</summary>
internal static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "ReportMiner.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ReportMiner.sln not found above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;

    public static string File(string relative) => Path.Combine(Root, relative);

    public static string Seed => File("seeds/000_2f247f96fcae4be4.txt");

    public static string SeedGb18030 => File("seeds/renditions/seed.gb18030.txt");

    public static string SeedUtf16 => File("seeds/renditions/seed.utf16.txt");
}
