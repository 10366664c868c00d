using ReportMiner.Documents;
using ReportMiner.Output;
using ReportMiner.Pipeline;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Output;

public sealed class ResultFilesTests
{
    private static DocumentOutcome Row(string name) =>
        new(name, SourceFormat.Text, DocumentStatus.Ok, null, 1, [], [], "", "");

    [Fact]
    public void Dispose_WithoutCommit_LeavesPreviousFilesAndNoTemporaries()
    {
        using var dir = new TempDirectory();
        using (var first = ResultFiles.Create(dir.Path, OutputLanguage.Zh))
        {
            first.Write(Row("old.txt"));
            first.Commit();
        }

        var before = ResultFileBytes(dir.Path);
        using (var second = ResultFiles.Create(dir.Path, OutputLanguage.Zh))
        {
            second.Write(Row("new.txt"));
        }

        Assert.Equal(before, ResultFileBytes(dir.Path));
        Assert.Equal(3, Directory.GetFiles(dir.Path).Length);
    }

    [Fact]
    public void Dispose_WithoutCommitInEmptyDirectory_LeavesNothing()
    {
        using var dir = new TempDirectory();
        using (var files = ResultFiles.Create(dir.Path, OutputLanguage.Zh))
        {
            files.Write(Row("a.txt"));
        }

        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Write_BeforeCommit_OnlyTemporaryFilesExist()
    {
        using var dir = new TempDirectory();
        using var files = ResultFiles.Create(dir.Path, OutputLanguage.Zh);
        files.Write(Row("a.txt"));

        Assert.All(Directory.GetFiles(dir.Path), f => Assert.EndsWith(".tmp", f, StringComparison.Ordinal));
        Assert.False(File.Exists(dir["documents.csv"]));
    }

    [Fact]
    public void Create_DirectoryIsAFile_ThrowsIOExceptionAndWritesNothing()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plain", [1, 2, 3]);

        Assert.ThrowsAny<IOException>(() => ResultFiles.Create(Path.Combine(file, "out"), OutputLanguage.Zh));
        Assert.Single(Directory.GetFileSystemEntries(dir.Path));
    }

    /// <summary>The three result files' bytes (base64), by name, for byte-for-byte comparisons.</summary>
    internal static Dictionary<string, string> ResultFileBytes(string directory) =>
        new[] { ResultFiles.DocumentsFile, ResultFiles.FiguresFile, ResultFiles.FindingsFile }
            .ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(Path.Combine(directory, f))));
}
