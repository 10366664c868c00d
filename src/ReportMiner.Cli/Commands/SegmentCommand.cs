using System.CommandLine;
using System.Text;
using ReportMiner.Segmentation;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer segment [FILE|-]</c>: one output line per input line, in the format of python
/// jieba's reference files (INPUT, TAB, tokens separated by TAB; \ TAB CR LF escaped), so the output
/// can be diffed against jieba's. Pure jieba parity unless <c>--domain-dict</c> or <c>--user-dict</c>.
/// </summary>
internal static class SegmentCommand
{
    private const string Examples = """

        Examples:
          reportminer segment seeds/000_2f247f96fcae4be4.txt > seed.cut.tsv
          cat report.txt | reportminer segment - --domain-dict
          reportminer segment report.txt --user-dict my.dict.txt

        Input is UTF-8, split on LF (one trailing CR per line is dropped). Each output line is the
        input line, a TAB, then the tokens separated by TABs; in every field \ TAB CR LF are written
        \\ \t \r \n. An empty input line gives an empty output line.
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("file")
        {
            Description = "UTF-8 text file to segment, or - for standard input.",
            DefaultValueFactory = _ => "-",
        };
        var userDict = new Option<string[]>("--user-dict")
        {
            Description = "User dictionary in jieba's 'word [freq] [tag]' format (repeatable, applied in order).",
            AllowMultipleArgumentsPerToken = false,
        };
        var domainDict = new Option<bool>("--domain-dict")
        {
            Description = "Add the bundled dictionary of budget and final-accounts terms (off: pure jieba output).",
        };

        var command = new Command("segment", "Cut Chinese text into words exactly as python jieba 0.42.1 jieba.cut(text, HMM=True) does." + Examples)
        {
            input, userDict, domainDict,
        };
        command.SetAction(parse => Segment(
            parse.GetValue(input) ?? "-", parse.GetValue(userDict) ?? [], parse.GetValue(domainDict), stdout, stderr));
        return command;
    }

    internal static int Segment(string file, IReadOnlyList<string> userDicts, bool domain, TextWriter stdout, TextWriter stderr)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        string text;
        Segmenter segmenter;
        try
        {
            text = file == "-"
                ? new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: false).ReadToEnd()
                : File.ReadAllText(file, utf8);
            segmenter = domain ? Segmenter.Domain : Segmenter.Default;
            foreach (var path in userDicts)
            {
                segmenter = segmenter.WithUserDictionary(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            stderr.WriteLine($"reportminer: {e.Message}");
            return App.ExitCodes.Usage;
        }

        // The real console gets raw UTF-8 without a BOM and a large buffer, whatever the locale says.
        var writer = ReferenceEquals(stdout, Console.Out)
            ? new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16)
            : stdout;
        try
        {
            Write(segmenter, text, writer);
        }
        finally
        {
            writer.Flush();
            if (!ReferenceEquals(writer, stdout))
            {
                writer.Dispose();
            }
        }

        return App.ExitCodes.Done;
    }

    internal static void Write(Segmenter segmenter, string text, TextWriter writer)
    {
        var tokens = new List<Range>();
        var span = text.AsSpan();
        var pos = 0;
        while (pos < span.Length)
        {
            var nl = span[pos..].IndexOf('\n');
            var end = nl < 0 ? span.Length : pos + nl;
            var line = span[pos..end];
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (line.Length > 0)
            {
                tokens.Clear();
                segmenter.Cut(line, tokens);
                WriteEscaped(writer, line);
                foreach (var r in tokens)
                {
                    writer.Write('\t');
                    WriteEscaped(writer, line[r]);
                }
            }

            writer.Write('\n');
            pos = end + 1; // a final LF ends the last line; it does not start an empty one
        }
    }

    private static void WriteEscaped(TextWriter writer, ReadOnlySpan<char> field)
    {
        while (true)
        {
            var i = field.IndexOfAny("\\\t\r\n");
            if (i < 0)
            {
                writer.Write(field);
                return;
            }

            writer.Write(field[..i]);
            writer.Write(field[i] switch { '\\' => "\\\\", '\t' => "\\t", '\r' => "\\r", _ => "\\n" });
            field = field[(i + 1)..];
        }
    }
}
