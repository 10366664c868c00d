using System.Text;

namespace ReportMiner.Tests.Support;

/// <summary>
/// Makes the bad inputs a year's submissions contain, in a temp directory: every one must end as a row of its own
/// (failed or skipped, with the reason) while the run goes on.
/// </summary>
internal static class BadFiles
{
    /// <summary>True when permissions do not stop this process reading (root, CAP_DAC_OVERRIDE).</summary>
    public static bool PermissionsIgnored { get; } = ProbePermissionsIgnored();

    /// <summary>
    /// Makes <paramref name="name"/> in <paramref name="directory"/> a file the run cannot read: mode 000, or, where
    /// permissions are ignored (tests running as root), a symbolic link to nowhere. Returns which it made.
    /// </summary>
    public static string MakeUnreadable(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        if (!OperatingSystem.IsWindows() && !PermissionsIgnored)
        {
            File.WriteAllBytes(path, SampleDocs.Clean);
            File.SetUnixFileMode(path, UnixFileMode.None);
            return "mode 000";
        }

        File.CreateSymbolicLink(path, Path.Combine(directory, "no-such-target-" + Guid.NewGuid().ToString("N")));
        return "dangling symbolic link (permissions are ignored for this user)";
    }

    /// <summary>Writes every kind of bad input into <paramref name="directory"/>; returns name → what the row must say.</summary>
    public static Dictionary<string, string> WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(directory, name), bytes);

        Write("empty.txt", []);
        Write("empty.docx", []);
        Write("empty.pdf", []);
        Write("random.txt", SampleDocs.RandomBytes(8192, 11));
        Write("random.docx", SampleDocs.RandomBytes(8192, 12));
        Write("random.pdf", SampleDocs.RandomBytes(8192, 13));
        Write("garbage-utf8.txt", InvalidUtf8Garbage());
        Write("long-line.txt", Encoding.UTF8.GetBytes(new string('数', 1_000_001) + "100万元"));
        var unreadable = MakeUnreadable(directory, "unreadable.txt");
        File.CreateSymbolicLink(Path.Combine(directory, "loop.txt"), Path.Combine(directory, "loop.txt"));

        return new Dictionary<string, string>
        {
            ["empty.txt"] = "empty file",
            ["empty.docx"] = "empty file",
            ["empty.pdf"] = "empty file",
            ["random.txt"] = "binary file",
            ["random.docx"] = "",
            ["random.pdf"] = "",
            ["garbage-utf8.txt"] = "could not be decoded",
            ["long-line.txt"] = "characters long",
            ["unreadable.txt"] = unreadable == "mode 000" ? "permission denied" : "broken symbolic link",
            ["loop.txt"] = "cannot read file",
        };
    }

    /// <summary>No NUL bytes, but neither UTF-8 nor GB18030: a lone high byte after every letter.</summary>
    public static byte[] InvalidUtf8Garbage()
    {
        var bytes = new List<byte>();
        for (var i = 0; i < 4000; i++)
        {
            bytes.Add((byte)('a' + (i % 26)));
            bytes.Add(0xFF);
        }

        return [.. bytes];
    }

    /// <summary>Odd but valid file names: spaces, Chinese, punctuation, quotes, a comma, a leading '='.</summary>
    public static readonly string[] OddNames =
    [
        "with space.txt",
        "预算 报告（2019年）.txt",
        "=HYPERLINK(x).txt",
        "a,b;c'd\"e#f&g!.txt",
        "-dash start.txt",
        "tab\tin name.txt",
        "[brackets] {braces} $dollar%.md",
    ];

    private static bool ProbePermissionsIgnored()
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        var probe = Path.Combine(Path.GetTempPath(), "reportminer-probe-" + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(probe, [1]);
        try
        {
            File.SetUnixFileMode(probe, UnixFileMode.None);
            File.ReadAllBytes(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            File.SetUnixFileMode(probe, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Delete(probe);
        }
    }
}
