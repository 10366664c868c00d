using ReportMiner.Ingestion;
using ReportMiner.Pipeline;

namespace ReportMiner.Cli.Commands;

/// <summary>What the one-document commands (<c>figures</c>, <c>text</c>) share: finding the document and reporting one not read.</summary>
internal static class SingleDocument
{
    /// <summary>The one document <paramref name="path"/> names, or null after saying on stderr why not.</summary>
    public static InputFile? Resolve(string path, TextWriter stderr)
    {
        var files = InputDiscovery.Expand([path], Environment.CurrentDirectory, out var error);
        if (files is null || files.Count != 1 || !File.Exists(files[0].Path))
        {
            stderr.WriteLine($"reportminer: {error ?? $"'{path}' is not a single document"}");
            return null;
        }

        return files[0];
    }

    /// <summary>Says on stderr why the document was not read (failed or skipped) and gives the exit code for it.</summary>
    public static int NotRead(DocumentOutcome outcome, TextWriter stderr)
    {
        stderr.WriteLine($"reportminer: {outcome.Name}: {outcome.Status.ToString().ToLowerInvariant()}: {outcome.Message}");
        return outcome.Status == DocumentStatus.Failed ? App.ExitCodes.DocumentsFailed : App.ExitCodes.Usage;
    }
}
