using ReportMiner.Documents;
using ReportMiner.Ingestion;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Ingestion;

public sealed class InputDiscoveryTests
{
    private static IReadOnlyList<InputFile> Expand(TempDirectory dir, params string[] inputs) =>
        InputDiscovery.Expand(inputs.Select(i => dir[i]), dir.Path, out var error) ?? throw new InvalidOperationException(error);

    [Fact]
    public void Expand_NestedDirectories_DocumentsSortedByNameOthersLeftOut()
    {
        using var dir = new TempDirectory();
        dir.Write("in/b/2.txt", [1]);
        dir.Write("in/a/1.md", [1]);
        dir.Write("in/a/3.docx", [1]);
        dir.Write("in/c.pdf", [1]);
        dir.Write("in/notes.xyz", [1]);
        dir.Write("in/old.doc", [1]);

        var files = Expand(dir, "in");

        Assert.Equal(["in/a/1.md", "in/a/3.docx", "in/b/2.txt", "in/c.pdf", "in/old.doc"], files.Select(f => f.Name));
        Assert.Equal("legacy Word format: save as .docx", files[^1].SkipReason);
    }

    [Fact]
    public void Expand_NoSuchInput_NullWithMessage()
    {
        using var dir = new TempDirectory();

        var files = InputDiscovery.Expand([dir["missing"]], dir.Path, out var error);

        Assert.Null(files);
        Assert.Equal($"no such file or directory: {dir["missing"]}", error);
    }

    [Fact]
    public void Expand_SymbolicLinkCycle_TerminatesAndListsEachFileOnce()
    {
        using var dir = new TempDirectory();
        dir.Write("in/sub/a.txt", [1]);
        Directory.CreateSymbolicLink(dir["in/sub/back"], dir["in"]);
        Directory.CreateSymbolicLink(dir["in/self"], dir["in"]);

        var files = Expand(dir, "in");

        Assert.Equal(["in/sub/a.txt"], files.Select(f => f.Name));
    }

    [Fact]
    public void Expand_LinkToDirectoryOutside_Followed()
    {
        using var dir = new TempDirectory();
        dir.Write("elsewhere/x.txt", [1]);
        Directory.CreateDirectory(dir["in"]);
        Directory.CreateSymbolicLink(dir["in/linked"], dir["elsewhere"]);

        var files = Expand(dir, "in");

        Assert.Equal(["in/linked/x.txt"], files.Select(f => f.Name));
    }

    [Fact]
    public void Expand_BrokenLinkNamedTxt_Listed()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir["in"]);
        File.CreateSymbolicLink(dir["in/broken.txt"], dir["nowhere"]);

        var file = Assert.Single(Expand(dir, "in"));

        Assert.Equal("in/broken.txt", file.Name);
        Assert.Equal(SourceFormat.Text, file.Format);
    }

    [Fact]
    public void Expand_UnlistableSubdirectory_FailedRowForIt()
    {
        if (OperatingSystem.IsWindows() || BadFiles.PermissionsIgnored)
        {
            // Permissions do not stop this user (root) listing a directory: nothing to test here.
            return;
        }

        using var dir = new TempDirectory();
        dir.Write("in/ok.txt", [1]);
        dir.Write("in/locked/hidden.txt", [1]);
        File.SetUnixFileMode(dir["in/locked"], UnixFileMode.None);

        var files = Expand(dir, "in");

        var locked = Assert.Single(files, f => f.Name == "in/locked/");
        Assert.Contains("permission denied", locked.FailReason, StringComparison.Ordinal);
        Assert.Contains(files, f => f.Name == "in/ok.txt");
    }
}
