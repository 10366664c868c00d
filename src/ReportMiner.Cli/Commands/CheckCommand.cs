using System.CommandLine;
using ReportMiner.Ingestion;
using ReportMiner.Output;
using ReportMiner.Pipeline;
using ReportMiner.Reconciliation;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer check &lt;input&gt;...</c>: the batch job.</summary>
internal static class CheckCommand
{
    private const string Examples = """

        Examples:
          reportminer check seeds corpus
          reportminer check 2019/决算公开 --out results --jobs 4
          reportminer check report.docx --fail-on warning --lang en

        Writes documents.csv, figures.csv and findings.csv (UTF-8 with BOM) into --out.
        Exit codes: 0 done; 1 a finding at or above --fail-on; 2 usage error; 3 a document failed.
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Files or directories (searched recursively) to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Directory for documents.csv, figures.csv and findings.csv (created if missing).",
            DefaultValueFactory = _ => "reportminer-out",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents processed at once (default: the number of cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding of this severity or worse exists: error or warning.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning");
        var lang = new Option<string>("--lang")
        {
            Description = "Language of the finding messages: zh or en.",
            DefaultValueFactory = _ => "zh",
        };
        lang.AcceptOnlyFromAmong("zh", "en");
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds one document may take before it is abandoned and reported as failed.",
            DefaultValueFactory = _ => 60,
        };
        var maxSize = new Option<int>("--max-size")
        {
            Description = "Largest file read, in MB; larger files are reported as failed.",
            DefaultValueFactory = _ => 200,
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No progress and no summary on stderr.",
        };

        var command = new Command("check", "Check documents and write the three result files." + Examples)
        {
            inputs, output, jobs, failOn, lang, timeout, maxSize, quiet,
        };

        command.SetAction(parse =>
        {
            var options = new CheckOptions(
                parse.GetValue(inputs) ?? [],
                parse.GetValue(output)!,
                parse.GetValue(jobs),
                parse.GetValue(failOn) == "warning" ? Severity.Warning : Severity.Error,
                parse.GetValue(lang) == "en" ? OutputLanguage.En : OutputLanguage.Zh,
                TimeSpan.FromSeconds(parse.GetValue(timeout)),
                (long)parse.GetValue(maxSize) * 1024 * 1024,
                parse.GetValue(quiet));
            return Check(options, stdout, stderr);
        });
        return command;
    }

    internal sealed record CheckOptions(
        IReadOnlyList<string> Inputs,
        string OutputDirectory,
        int Jobs,
        Severity FailOn,
        OutputLanguage Language,
        TimeSpan Timeout,
        long MaxFileBytes,
        bool Quiet);

    /// <param name="cancellationToken">Stops the run as Ctrl-C does (for tests and hosts); Ctrl-C is always watched.</param>
    internal static int Check(CheckOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (options.Jobs < 1 || options.Timeout <= TimeSpan.Zero || options.MaxFileBytes <= 0)
        {
            stderr.WriteLine("reportminer: --jobs, --timeout and --max-size must be positive");
            return App.ExitCodes.Usage;
        }

        var files = InputDiscovery.Expand(options.Inputs, Environment.CurrentDirectory, out var error);
        if (files is null)
        {
            stderr.WriteLine($"reportminer: {error}");
            return App.ExitCodes.Usage;
        }

        if (files.Count == 0)
        {
            stderr.WriteLine("reportminer: nothing to check: no .txt, .md, .docx or .pdf files in the inputs");
            return App.ExitCodes.Usage;
        }

        CheckPipeline.WarmUpFor(files);

        ResultFiles output;
        try
        {
            output = ResultFiles.Create(options.OutputDirectory, options.Language);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"reportminer: cannot write to --out '{options.OutputDirectory}': {e.Message}");
            return App.ExitCodes.Usage;
        }

        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            using (output)
            {
                var processor = CheckPipeline.CreateProcessor(options.MaxFileBytes);
                var runner = new BatchRunner(processor, options.Jobs, options.Timeout);
                var summary = Progress.Run(stderr, options.Quiet, files.Count,
                    progress => runner.Run(files, output, progress, interrupt.Token));
                output.Commit();
                if (!options.Quiet)
                {
                    WriteSummary(stderr, summary, output.Directory);
                }

                return summary.Failed > 0 ? App.ExitCodes.DocumentsFailed
                    : summary.HasFindingAtOrAbove(options.FailOn) ? App.ExitCodes.FindingsAtOrAboveFailOn
                    : App.ExitCodes.Done;
            }
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine($"reportminer: interrupted: no output written; any earlier results in '{options.OutputDirectory}' are untouched");
            return App.ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Disk full, --out removed or made read-only during the run: the temporary files are gone, the old results stay.
            stderr.WriteLine($"reportminer: cannot write the results to --out '{options.OutputDirectory}': {e.Message}; no output written");
            return App.ExitCodes.Usage;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static void WriteSummary(TextWriter stderr, BatchSummary s, string directory)
    {
        stderr.WriteLine(
            $"documents: {s.Documents} ({s.Ok} ok, {s.Failed} failed, {s.Skipped} skipped); figures: {s.Figures}; " +
            $"findings: {s.Errors} error, {s.Warnings} warning, {s.Infos} info");
        stderr.WriteLine($"results: {Path.GetFullPath(directory)}/{{{ResultFiles.DocumentsFile},{ResultFiles.FiguresFile},{ResultFiles.FindingsFile}}}; elapsed {s.Elapsed.TotalSeconds:0.00} s");
    }
}
