using System.Runtime.CompilerServices;

namespace ReportMiner.Segmentation.Tests;

internal static class TestFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    /// <summary>The repository root, found from this source file's location (for the regeneration mode only).</summary>
    public static string RepositoryRoot([CallerFilePath] string here = "") =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(here)!, "..", ".."));
}
