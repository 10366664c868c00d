using ReportMiner.Documents;

namespace ReportMiner.Ingestion;

/// <summary>One file to report on: read it, list it as skipped with the reason, or report it as failed.</summary>
/// <param name="Path">Full path on disk.</param>
/// <param name="Name">The name written to the outputs: relative to the working directory when inside it, '/' separated.</param>
/// <param name="FailReason">Set when discovery already knows the entry cannot be checked (a directory that could not be listed).</param>
public sealed record InputFile(string Path, string Name, SourceFormat Format, string? SkipReason, string? FailReason = null);

/// <summary>
/// Expands the user's inputs (files and directories, recursively) into the files to report on, sorted by name.
/// Files named explicitly are always reported (read or skipped); in directories, only document-like files are.
/// </summary>
public static class InputDiscovery
{
    private static readonly Dictionary<string, string> KnownUnsupported = new(StringComparer.OrdinalIgnoreCase)
    {
        [".doc"] = "legacy Word format: save as .docx",
        [".wps"] = "WPS Writer format: save as .docx",
        [".rtf"] = "RTF is not read: save as .docx",
        [".odt"] = "OpenDocument text is not read: save as .docx",
        [".xls"] = "legacy Excel format: export the tables to PDF or save as .docx",
        [".xlsx"] = "Excel workbooks are not read: export the tables to PDF or save as .docx",
        [".et"] = "WPS spreadsheet format: export to PDF",
        [".ofd"] = "OFD documents are not read: export to PDF",
    };

    public static SourceFormat FormatOf(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".md" => SourceFormat.Text,
        ".docx" => SourceFormat.Docx,
        ".pdf" => SourceFormat.Pdf,
        _ => SourceFormat.Other,
    };

    /// <summary>
    /// Expands <paramref name="inputs"/>. Returns null and a message when an input does not exist.
    /// </summary>
    public static IReadOnlyList<InputFile>? Expand(IEnumerable<string> inputs, string workingDirectory, out string? error)
    {
        error = null;
        var files = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var full = System.IO.Path.GetFullPath(input, workingDirectory);
            if (File.Exists(full))
            {
                var file = Describe(full, workingDirectory, explicitlyNamed: true);
                files.TryAdd(file!.Path, file);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Walk(full, workingDirectory))
                {
                    files.TryAdd(file.Path, file);
                }
            }
            else
            {
                error = $"no such file or directory: {input}";
                return null;
            }
        }

        return files.Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Deepest directory nesting walked; deeper directories are reported as failed rows.</summary>
    private const int MaxDepth = 64;

    /// <summary>
    /// Walks <paramref name="root"/> one directory at a time, so a directory that cannot be listed (permissions, removed
    /// while the walk runs) costs only its own entries and becomes a failed row instead of silently vanishing.
    /// Symbolic links to directories are followed once (cycles are cut by the resolved target); links to files,
    /// broken links and link loops are listed as files and fail when read, with the reason.
    /// </summary>
    private static IEnumerable<InputFile> Walk(string root, string workingDirectory)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { Resolve(root) };
        var pending = new Stack<(string Path, int Depth)>();
        pending.Push((root, 0));
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
            ReturnSpecialDirectories = false,
        };
        while (pending.Count > 0)
        {
            var (directory, depth) = pending.Pop();
            var entries = new List<(string Path, bool IsDirectory)>();
            string? failure = null;
            try
            {
                var enumerable = new System.IO.Enumeration.FileSystemEnumerable<(string, bool)>(
                    directory, (ref System.IO.Enumeration.FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory), options);
                using var enumerator = enumerable.GetEnumerator();
                while (enumerator.MoveNext())
                {
                    entries.Add(enumerator.Current);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                failure = e is UnauthorizedAccessException ? "cannot list directory: permission denied"
                    : e is DirectoryNotFoundException ? "directory disappeared while the run was listing it"
                    : $"cannot list directory: {e.Message}";
            }

            if (failure is not null)
            {
                yield return new InputFile(directory, DisplayName(directory, workingDirectory) + "/", SourceFormat.Other, null,
                    failure + (entries.Count > 0 ? $" ({entries.Count} entries listed before the error are checked)" : ""));
            }

            foreach (var (path, isDirectory) in entries)
            {
                if (!isDirectory)
                {
                    if (Describe(path, workingDirectory, explicitlyNamed: false) is { } file)
                    {
                        yield return file;
                    }

                    continue;
                }

                if (!visited.Add(Resolve(path)))
                {
                    continue;
                }

                if (depth + 1 > MaxDepth)
                {
                    yield return new InputFile(path, DisplayName(path, workingDirectory) + "/", SourceFormat.Other, null,
                        $"directory nested more than {MaxDepth} levels deep: not walked");
                    continue;
                }

                pending.Push((path, depth + 1));
            }
        }
    }

    /// <summary>The directory with a final symbolic link resolved, to cut link cycles.</summary>
    private static string Resolve(string directory)
    {
        try
        {
            var target = new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true);
            return System.IO.Path.TrimEndingDirectorySeparator(target?.FullName ?? directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return directory;
        }
    }

    private static InputFile? Describe(string path, string workingDirectory, bool explicitlyNamed)
    {
        // A README in a folder of submissions documents the folder; it is checked only when named explicitly.
        if (!explicitlyNamed && System.IO.Path.GetFileNameWithoutExtension(path).Equals("README", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = DisplayName(path, workingDirectory);
        var format = FormatOf(path);
        if (format != SourceFormat.Other)
        {
            return new InputFile(path, name, format, null);
        }

        var extension = System.IO.Path.GetExtension(path);
        if (KnownUnsupported.TryGetValue(extension, out var reason))
        {
            return new InputFile(path, name, SourceFormat.Other, reason);
        }

        return explicitlyNamed
            ? new InputFile(path, name, SourceFormat.Other,
                extension.Length == 0 ? "unsupported file type (no extension): expected .txt, .md, .docx or .pdf"
                    : $"unsupported file type '{extension}': expected .txt, .md, .docx or .pdf")
            : null;
    }

    private static string DisplayName(string path, string workingDirectory)
    {
        var relative = System.IO.Path.GetRelativePath(workingDirectory, path);
        var name = relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? path : relative;
        return name.Replace('\\', '/');
    }
}
