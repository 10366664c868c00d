namespace ReportMiner.Tests.Support;

/// <summary>A fresh directory under the system temp folder, removed (with everything in it) on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportminer-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relative"/> (directories created) and returns the full path.</summary>
    public string Write(string relative, byte[] bytes)
    {
        var full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Copy(string source, string relative) => Write(relative, File.ReadAllBytes(source));

    public void Dispose()
    {
        try
        {
            // Give back permissions a test took away, so the directory can be removed.
            foreach (var entry in Directory.EnumerateFileSystemEntries(Path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint }))
            {
                TryRestore(entry);
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is not worth failing a test for.
        }
    }

    private static void TryRestore(string entry)
    {
        try
        {
            if (!OperatingSystem.IsWindows() && (File.GetAttributes(entry) & FileAttributes.ReparsePoint) == 0)
            {
                File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
