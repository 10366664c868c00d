using System.CommandLine;
using ReportMiner.Output;
using ReportMiner.Pipeline;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer text FILE [--positions]</c>: the text of one document as it was read, on stdout.</summary>
internal static class TextCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The document (.txt, .md, .docx or .pdf) to read." };
        var positions = new Option<bool>("--positions")
        {
            Description = "Start each line with where it is (page:line for PDF, line otherwise) and a TAB; table rows get a '|' after it.",
        };
        var command = new Command("text", "Print the text of one document as it was read: one line per paragraph (wrapped PDF lines joined), one per table row with its cells separated by TAB (UTF-8, no BOM).\n\nExample:\n  reportminer text seeds/renditions/seed.pdf --positions")
        {
            file,
            positions,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(positions), stdout, stderr));
        return command;
    }

    internal static int Run(string path, bool positions, TextWriter stdout, TextWriter stderr)
    {
        if (SingleDocument.Resolve(path, stderr) is not { } file)
        {
            return App.ExitCodes.Usage;
        }

        var (document, outcome) = CheckPipeline.CreateProcessor(long.MaxValue).Read(file, CancellationToken.None);
        if (document is null)
        {
            return SingleDocument.NotRead(outcome, stderr);
        }

        if (outcome.Message.Length > 0)
        {
            stderr.WriteLine($"reportminer: {outcome.Name}: {outcome.Message}");
        }

        DocumentText.Write(stdout, document, positions);
        return App.ExitCodes.Done;
    }
}
