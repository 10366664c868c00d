using ReportMiner.Documents;

namespace ReportMiner.Output;

/// <summary>
/// The text of a document as ReportMiner read it, for an analyst who wants to see what the figures came from (and
/// for comparing a PDF's reading with another extractor's): one output line per paragraph (a PDF paragraph that
/// wrapped over several visual lines is one line again) and one per table row, its cells separated by TAB.
/// With positions, each line starts with where the block is: <c>page:line</c> for PDF, <c>line</c> otherwise,
/// then a TAB; table rows start with <c>|</c> after it so that they can be told from paragraphs.
/// </summary>
public static class DocumentText
{
    public static void Write(TextWriter writer, SourceDocument document, bool positions)
    {
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    WriteLine(writer, paragraph.Page, paragraph.Line, positions ? "" : null, paragraph.Text);
                    break;
                case TableBlock table:
                    foreach (var row in table.Rows)
                    {
                        WriteLine(writer, row.Page, row.Line, positions ? "|" : null, row.LineText);
                    }

                    break;
            }
        }
    }

    private static void WriteLine(TextWriter writer, int? page, int line, string? marker, string text)
    {
        if (marker is not null)
        {
            writer.Write(page is { } p ? $"{p}:{line}\t{marker}" : $"{line}\t{marker}");
        }

        // A paragraph never holds a line break, but a cell may (Word: a break inside a cell): keep one line per row.
        writer.Write(text.Contains('\n') || text.Contains('\r') ? text.ReplaceLineEndings(" ") : text);
        writer.Write('\n');
    }
}
