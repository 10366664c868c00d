using ReportMiner.Documents;

namespace ReportMiner.Ingestion;

/// <summary>
/// Reads .txt and .md files: one paragraph per line of the file (LF, CRLF or CR), line numbers as in the file.
/// </summary>
public sealed class TextDocumentReader : IDocumentReader
{
    /// <summary>Share of undecodable characters above which a file is not text at all.</summary>
    private const double MaxReplacedShare = 0.05;

    public SourceFormat Format => SourceFormat.Text;

    public SourceDocument Read(string name, ReadOnlyMemory<byte> content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        if (content.IsEmpty)
        {
            throw new DocumentReadException("empty file");
        }

        if (content.Span.IndexOf((byte)0) >= 0 && !HasUtf16Bom(content.Span) && !LooksUtf16(content.Span))
        {
            throw new DocumentReadException("binary file, not text (contains NUL bytes)");
        }

        var decoded = TextDecoder.Decode(content.Span);
        if (decoded.ReplacedCount > 0 && decoded.ReplacedCount > decoded.Text.Length * MaxReplacedShare)
        {
            throw new DocumentReadException(
                $"not a text file: {decoded.ReplacedCount} of {decoded.Text.Length} characters could not be decoded as UTF-8, UTF-16 or GB18030");
        }

        var (longest, longestLength) = LongestLine(decoded.Text);
        if (longestLength > limits.MaxLineChars)
        {
            throw new DocumentReadException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"line {longest} is {longestLength} characters long, more than the {limits.MaxLineChars} a text line may have: not a report's text"));
        }

        // One paragraph per line, except runs of label-and-numbers lines, which are tables laid out as text.
        var lines = SplitLines(decoded.Text);
        var blocks = TextTables.Blocks(lines, cancellationToken);

        var notes = decoded.Note is null ? Array.Empty<string>() : [decoded.Note];
        return new SourceDocument(name, SourceFormat.Text, null, lines.Count, blocks, notes);
    }

    /// <summary>The 1-based number and the length of the longest line (first of equals), without copying lines.</summary>
    internal static (int Line, int Length) LongestLine(string text)
    {
        int line = 1, start = 0, best = 1, bestLength = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            if (i - start > bestLength)
            {
                (best, bestLength) = (line, i - start);
            }

            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            line++;
            start = i + 1;
        }

        return (best, bestLength);
    }

    /// <summary>Splits on LF, CRLF and CR. A final line end does not start another line.</summary>
    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> b) =>
        b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF));

    private static bool LooksUtf16(ReadOnlySpan<byte> b)
    {
        var d = TextDecoder.Decode(b);
        return d.EncodingName.StartsWith("UTF-16", StringComparison.Ordinal) && d.ReplacedCount == 0;
    }
}
