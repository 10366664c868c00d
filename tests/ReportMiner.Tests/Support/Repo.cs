namespace ReportMiner.Tests.Support;

/// <summary>Seed files of the repository the tests run from (the root found by <see cref="RepoPaths"/>).</summary>
internal static class Repo
{
    public static string Root => RepoPaths.Root;

    public static string File(string relative) => Path.Combine(Root, relative);

    public static string Seed => RepoPaths.Seed;

    public static string SeedGb18030 => File("seeds/renditions/seed.gb18030.txt");

    public static string SeedUtf16 => File("seeds/renditions/seed.utf16.txt");
}
