namespace ReportMiner.Documents;

/// <summary>The file formats ReportMiner reads. The CSV name is <see cref="SourceFormats.Name"/>.</summary>
public enum SourceFormat
{
    Text,
    Docx,
    Pdf,
    Other,
}

public static class SourceFormats
{
    public static string Name(this SourceFormat format) => format switch
    {
        SourceFormat.Text => "txt",
        SourceFormat.Docx => "docx",
        SourceFormat.Pdf => "pdf",
        _ => "other",
    };
}

/// <summary>
/// A document as read from its file: blocks in reading order. Every format maps to this model,
/// so extraction and reconciliation never know where the text came from.
/// </summary>
/// <param name="Name">The document as the user named it (path relative to the input root, '/' separated).</param>
/// <param name="Format">The format it was read as.</param>
/// <param name="PageCount">Pages for PDF, otherwise null.</param>
/// <param name="LineCount">Lines in the document's own line numbering (see <see cref="Block.Line"/>).</param>
/// <param name="Blocks">Paragraphs and tables in reading order.</param>
/// <param name="Notes">Notes for documents.csv (e.g. "decoded as GB18030"), in the order they arose.</param>
public sealed record SourceDocument(
    string Name,
    SourceFormat Format,
    int? PageCount,
    int LineCount,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<string> Notes);
