using ReportMiner.Documents;

namespace ReportMiner.Ingestion;

/// <summary>One file to report on: read it, or list it as skipped with the reason.</summary>
/// <param name="Path">Full path on disk.</param>
/// <param name="Name">The name written to the outputs: relative to the working directory when inside it, '/' separated.</param>
public sealed record InputFile(string Path, string Name, SourceFormat Format, string? SkipReason);

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
                foreach (var path in Walk(full))
                {
                    var file = Describe(path, workingDirectory, explicitlyNamed: false);
                    if (file is not null)
                    {
                        files.TryAdd(file.Path, file);
                    }
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

    private static IEnumerable<string> Walk(string directory)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            ReturnSpecialDirectories = false,
        };
        try
        {
            return Directory.EnumerateFiles(directory, "*", options).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A directory removed while we walk it: report what we found so far is not possible with the
            // built-in enumerator, so fall back to an empty listing for that root; the run goes on.
            return [];
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
