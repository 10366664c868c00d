using System.CommandLine;
using ReportMiner.Cli.Commands;

namespace ReportMiner.Cli;

/// <summary>The command line: <c>reportminer check|figures|text|segment</c>. No domain logic lives here.</summary>
internal static class App
{
    /// <summary>Exit codes: the contract with scripts that run ReportMiner.</summary>
    internal static class ExitCodes
    {
        public const int Done = 0;
        public const int FindingsAtOrAboveFailOn = 1;
        public const int Usage = 2;
        public const int DocumentsFailed = 3;
        public const int Interrupted = 130;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ReportMiner: checks the figures in Chinese budget, final-accounts and performance reports (.txt, .md, .docx, .pdf).")
        {
            CheckCommand.Create(stdout, stderr),
            FiguresCommand.Create(stdout, stderr),
            TextCommand.Create(stdout, stderr),
            SegmentCommand.Create(stdout, stderr),
        };

        var parse = root.Parse(args);
        var wantsHelp = args.Any(a => a is "-h" or "--help" or "-?" or "--version");
        if (parse.Errors.Count > 0 && !wantsHelp)
        {
            // One line: System.CommandLine lists allowed values on lines of their own.
            var message = string.Join(' ', parse.Errors[0].Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
            stderr.WriteLine($"reportminer: {message} (see 'reportminer --help')");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
