namespace ReportMiner.Documents;

/// <summary>
/// One block of a document in reading order. <see cref="Page"/> is 1-based and set for PDF only.
/// <see cref="Line"/> is the 1-based line where the block starts, counted per format:
/// text files use the file's own lines; .docx counts one line per body paragraph and one per table row;
/// PDF counts visual lines within the page.
/// </summary>
public abstract record Block(int? Page, int Line);

/// <summary>
/// A paragraph of text. For text and .docx it is exactly one line. For PDF a paragraph joined from several
/// visual lines (a sentence that wraps) carries one <see cref="LineAnchor"/> per visual line, so a character
/// offset in <see cref="Text"/> maps back to its page, line and column.
/// </summary>
public sealed record ParagraphBlock(int? Page, int Line, string Text, IReadOnlyList<LineAnchor> Anchors) : Block(Page, Line)
{
    /// <summary>A single-line paragraph (text files, .docx).</summary>
    public static ParagraphBlock SingleLine(int? page, int line, string text) =>
        new(page, line, text, [new LineAnchor(0, page, line, 0)]);

    /// <summary>Where the character at <paramref name="offset"/> of <see cref="Text"/> sits in the source.</summary>
    public (int? Page, int Line, int Column) Locate(int offset)
    {
        var anchor = Anchors[0];
        for (var i = 1; i < Anchors.Count && Anchors[i].Offset <= offset; i++)
        {
            anchor = Anchors[i];
        }

        return (anchor.Page, anchor.Line, anchor.Column + (offset - anchor.Offset));
    }
}

/// <summary>From <paramref name="Offset"/> on, the paragraph's text is on this page and line, starting at <paramref name="Column"/>.</summary>
public readonly record struct LineAnchor(int Offset, int? Page, int Line, int Column);

/// <summary>A table: rows of cells. <paramref name="Caption"/> is the title or unit line found with it, if any.</summary>
public sealed record TableBlock(int? Page, int Line, string? Caption, IReadOnlyList<TableRow> Rows) : Block(Page, Line);

/// <summary>
/// A table row. Its line text (for locating figures) is its cells' text joined by TAB;
/// <see cref="TableCell.Start"/> is each cell's offset in that text.
/// </summary>
public sealed record TableRow(int? Page, int Line, IReadOnlyList<TableCell> Cells)
{
    public string LineText => string.Join('\t', Cells.Select(c => c.Text));

    /// <summary>
    /// True when the source marks the row as a heading row (Word's "repeat as header row"); readers that cannot
    /// tell leave it false and <see cref="Extraction.TableFigures"/> finds heading rows by their content.
    /// </summary>
    public bool IsHeader { get; init; }

    /// <summary>
    /// True for a heading row printed again where the table goes on after a page break (Word's repeated header row,
    /// Excel's print titles): kept so that the text reads as the page does, but not a row of the table — it carries no
    /// figures.
    /// </summary>
    public bool Repeated { get; init; }
}

/// <summary>
/// A table cell. <paramref name="Column"/> is its 0-based grid column; spans count grid columns and rows.
/// A cell covered by a vertical merge is not repeated: it appears once, in its first row, with RowSpan &gt; 1.
/// </summary>
public sealed record TableCell(string Text, int Column, int ColumnSpan, int RowSpan, int Start)
{
    /// <summary>
    /// Indentation of the cell's text in character widths (Word paragraph indent and leading spaces; the offset from
    /// the cell's left edge in a PDF). Row headings of budget tables show their hierarchy this way.
    /// </summary>
    public int Indent { get; init; }
}
