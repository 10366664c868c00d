using System.CommandLine;
using ReportMiner.Output;
using ReportMiner.Pipeline;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer figures FILE</c>: the figures.csv rows of one document on stdout, for a quick look.</summary>
internal static class FiguresCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The document (.txt, .md, .docx or .pdf) whose figures to print." };
        var command = new Command("figures", "Print the figures of one document as figures.csv rows (UTF-8, no BOM).\n\nExample:\n  reportminer figures seeds/000_2f247f96fcae4be4.txt")
        {
            file,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, stdout, stderr));
        return command;
    }

    internal static int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        if (SingleDocument.Resolve(path, stderr) is not { } file)
        {
            return App.ExitCodes.Usage;
        }

        var outcome = CheckPipeline.CreateProcessor(long.MaxValue).Process(file, CancellationToken.None);
        if (outcome.Status != DocumentStatus.Ok)
        {
            return SingleDocument.NotRead(outcome, stderr);
        }

        CsvRows.WriteFigures(stdout, outcome.Name, outcome.Figures);
        return App.ExitCodes.Done;
    }
}
