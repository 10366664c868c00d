using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportMiner.Documents;

namespace ReportMiner.Ingestion;

/// <summary>
/// Reads .docx files (Word, WPS, LibreOffice) into the document model: body paragraphs and tables in order, with the
/// text a reader of the printed page sees. Lines: one per body paragraph (text-box paragraphs included, after the
/// paragraph that anchors them) and one per table row; paragraphs inside table cells belong to their row.
/// <list type="bullet">
/// <item>automatic list numbers are rendered from numbering.xml (一、 （二） 1.), because sections hang on them;</item>
/// <item>tracked changes read as accepted: insertions kept, deletions dropped;</item>
/// <item>fields give their result, never their code (PAGE, REF, formulas);</item>
/// <item>merged cells appear once (gridSpan → ColumnSpan, vMerge → RowSpan), nested tables become their own tables
/// right after the outer one, so no value is read twice;</item>
/// <item>headers, footers, footnotes and comments are never read: they are not body text.</item>
/// </list>
/// The package is checked first by <see cref="ZipGuard"/> (zip bombs, DTDs, damage); nothing external is resolved.
/// </summary>
public sealed class DocxDocumentReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Docx;

    public SourceDocument Read(string name, ReadOnlyMemory<byte> content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ZipGuard.Inspect(content, limits, cancellationToken);
        try
        {
            var settings = new OpenSettings
            {
                AutoSave = false,
                MaxCharactersInPart = limits.MaxExpandedBytes,
            };
            using var document = WordprocessingDocument.Open(ZipGuard.AsStream(content), false, settings);
            var main = document.MainDocumentPart
                ?? throw new DocumentReadException("not a Word document: the package has no main document part (an .xlsx or .pptx renamed?)");
            var body = main.Document?.Body
                ?? throw new DocumentReadException("not a Word document: the main part has no body");
            var walker = new Walker(new DocxNumbering(main), cancellationToken);
            walker.BlockLevel(body);
            return new SourceDocument(name, SourceFormat.Docx, null, walker.Line, walker.Blocks, walker.Notes());
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (XmlException e)
        {
            throw new DocumentReadException($"damaged .docx: a part is not well-formed XML ({e.Message})", e);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or UriFormatException
                                      or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new DocumentReadException($"damaged or unsupported .docx: {e.Message}", e);
        }
    }

    /// <summary>Walks the body once, in document order, keeping the line count and the field state.</summary>
    private sealed class Walker(DocxNumbering numbering, CancellationToken cancellationToken)
    {
        /// <summary>Twentieths of a point per character width used to turn paragraph indents into characters (10.5 pt 五号).</summary>
        private const int TwipsPerChar = 210;

        private readonly List<bool> _fields = [];
        private bool _trackedChanges;
        private bool _altChunk;

        public List<Block> Blocks { get; } = [];

        public int Line { get; private set; }

        public List<string> Notes()
        {
            var notes = new List<string>();
            if (_trackedChanges)
            {
                notes.Add("tracked changes read as accepted");
            }

            if (_altChunk)
            {
                notes.Add("embedded alternative-format content (altChunk) not read");
            }

            return notes;
        }

        public void BlockLevel(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child.LocalName)
                {
                    case "p":
                        Paragraph(child);
                        break;
                    case "tbl":
                        Table(child);
                        break;
                    case "sdt":
                        BlockLevel(DocxNumbering.Child(child, "sdtContent") ?? child.ChildElements.First());
                        break;
                    case "customXml" or "sdtContent" or "moveTo":
                        BlockLevel(child);
                        break;
                    case "ins":
                        _trackedChanges = true;
                        BlockLevel(child);
                        break;
                    case "del" or "moveFrom":
                        _trackedChanges = true;
                        break;
                    case "AlternateContent":
                        var choice = child.ChildElements.FirstOrDefault(c => c.LocalName == "Choice");
                        if (choice is not null)
                        {
                            BlockLevel(choice);
                        }

                        break;
                    case "altChunk":
                        _altChunk = true;
                        break;
                }
            }
        }

        private void Paragraph(OpenXmlElement p)
        {
            var (text, boxes, deletedMark) = ParagraphText(p);
            if (deletedMark && text.Length == 0)
            {
                // A paragraph whose mark and content were deleted with tracking is gone once the change is accepted.
                _trackedChanges = true;
                return;
            }

            Line++;
            if ((Line & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Blocks.Add(ParagraphBlock.SingleLine(null, Line, text));
            foreach (var box in boxes)
            {
                BlockLevel(box);
            }
        }

        /// <summary>The paragraph's text with its list number, the text boxes anchored in it, and whether its mark is deleted.</summary>
        private (string Text, List<OpenXmlElement> Boxes, bool DeletedMark) ParagraphText(OpenXmlElement p)
        {
            var pPr = DocxNumbering.Child(p, "pPr");
            var deletedMark = DocxNumbering.Child(DocxNumbering.Child(pPr, "rPr"), "del") is not null;
            var sb = new StringBuilder();
            var boxes = new List<OpenXmlElement>();
            Inline(p, sb, boxes);
            var number = sb.Length == 0 && deletedMark ? "" : numbering.Next(pPr);
            return (number + sb, boxes, deletedMark);
        }

        private bool InFieldCode
        {
            get
            {
                foreach (var inResult in _fields)
                {
                    if (!inResult)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private void Inline(OpenXmlElement element, StringBuilder sb, List<OpenXmlElement> boxes)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child.LocalName)
                {
                    case "r":
                        Run(child, sb, boxes);
                        break;
                    case "ins":
                        _trackedChanges = true;
                        Inline(child, sb, boxes);
                        break;
                    case "moveTo" or "hyperlink" or "smartTag" or "customXml" or "fldSimple" or "bdo" or "dir" or "sdtContent":
                        Inline(child, sb, boxes);
                        break;
                    case "sdt":
                        var content = DocxNumbering.Child(child, "sdtContent");
                        if (content is not null)
                        {
                            Inline(content, sb, boxes);
                        }

                        break;
                    case "del" or "moveFrom":
                        _trackedChanges = true;
                        break;
                    case "oMath" or "oMathPara":
                        foreach (var t in child.Descendants().Where(d => d.LocalName == "t"))
                        {
                            sb.Append(t.InnerText);
                        }

                        break;
                    case "AlternateContent":
                        var choice = child.ChildElements.FirstOrDefault(c => c.LocalName == "Choice");
                        if (choice is not null)
                        {
                            Inline(choice, sb, boxes);
                        }

                        break;
                }
            }
        }

        private void Run(OpenXmlElement run, StringBuilder sb, List<OpenXmlElement> boxes)
        {
            var rPr = DocxNumbering.Child(run, "rPr");
            var hidden = IsOn(DocxNumbering.Child(rPr, "vanish")) || IsOn(DocxNumbering.Child(rPr, "webHidden"));
            foreach (var child in run.ChildElements)
            {
                switch (child.LocalName)
                {
                    case "t" when !hidden && !InFieldCode:
                        sb.Append(child.InnerText);
                        break;
                    case "tab" or "ptab" when !hidden && !InFieldCode:
                        sb.Append('\t');
                        break;
                    case "br" or "cr" when !hidden && !InFieldCode:
                        // A manual line break inside a paragraph: keep words apart, but a page or column break is layout only.
                        if (DocxNumbering.Attr(child, "type") is not ("page" or "column"))
                        {
                            sb.Append(' ');
                        }

                        break;
                    case "noBreakHyphen" when !hidden && !InFieldCode:
                        sb.Append('-');
                        break;
                    case "sym" when !hidden && !InFieldCode:
                        var code = DocxNumbering.Attr(child, "char");
                        if (code is not null && int.TryParse(code, System.Globalization.NumberStyles.HexNumber, null, out var cp)
                            && cp is > 0x20 and < 0xD800 and not (>= 0xE000 and <= 0xF8FF))
                        {
                            sb.Append((char)cp);
                        }

                        break;
                    case "fldChar":
                        switch (DocxNumbering.Attr(child, "fldCharType"))
                        {
                            case "begin":
                                _fields.Add(false);
                                break;
                            case "separate" when _fields.Count > 0:
                                _fields[^1] = true;
                                break;
                            case "end" when _fields.Count > 0:
                                _fields.RemoveAt(_fields.Count - 1);
                                break;
                        }

                        break;
                    case "drawing" or "pict" or "object" or "AlternateContent":
                        FindTextBoxes(child, boxes);
                        break;
                    case "ruby":
                        var rubyBase = DocxNumbering.Child(child, "rubyBase");
                        if (rubyBase is not null)
                        {
                            Inline(rubyBase, sb, boxes);
                        }

                        break;
                }
            }
        }

        private static bool IsOn(OpenXmlElement? toggle) =>
            toggle is not null && DocxNumbering.Attr(toggle, "val") is not ("0" or "false" or "off");

        /// <summary>Text boxes inside a drawing; of an mc:AlternateContent only the first choice, so a box is not read twice.</summary>
        private static void FindTextBoxes(OpenXmlElement element, List<OpenXmlElement> boxes)
        {
            if (element.LocalName == "txbxContent")
            {
                boxes.Add(element);
                return;
            }

            if (element.LocalName == "AlternateContent")
            {
                var choice = element.ChildElements.FirstOrDefault(c => c.LocalName == "Choice");
                if (choice is not null)
                {
                    FindTextBoxes(choice, boxes);
                }

                return;
            }

            foreach (var child in element.ChildElements)
            {
                FindTextBoxes(child, boxes);
            }
        }

        private sealed class CellBuilder
        {
            public required string Text { get; init; }
            public required int Column { get; init; }
            public required int ColumnSpan { get; set; }
            public int RowSpan { get; set; } = 1;
            public int Indent { get; init; }
        }

        private void Table(OpenXmlElement tbl)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var caption = Caption();
            var rows = new List<(int Line, bool Header, List<CellBuilder> Cells)>();
            var nested = new List<OpenXmlElement>();
            var openMerges = new Dictionary<int, CellBuilder>();
            foreach (var tr in Rows(tbl))
            {
                var trPr = DocxNumbering.Child(tr, "trPr");
                if (DocxNumbering.Child(trPr, "del") is not null)
                {
                    _trackedChanges = true;
                    continue;
                }

                var column = int.TryParse(DocxNumbering.Attr(DocxNumbering.Child(trPr, "gridBefore"), "val"), out var before) ? Math.Max(0, before) : 0;
                var cells = new List<CellBuilder>();
                foreach (var tc in Cells(tr))
                {
                    var tcPr = DocxNumbering.Child(tc, "tcPr");
                    var span = int.TryParse(DocxNumbering.Attr(DocxNumbering.Child(tcPr, "gridSpan"), "val"), out var s) ? Math.Clamp(s, 1, 64) : 1;
                    var vMerge = DocxNumbering.Child(tcPr, "vMerge");
                    var hMerge = DocxNumbering.Attr(DocxNumbering.Child(tcPr, "hMerge"), "val");
                    if (hMerge is not null && hMerge != "restart" && cells.Count > 0)
                    {
                        // Legacy horizontal merge: the covered cell widens the one before it.
                        cells[^1].ColumnSpan += span;
                        column += span;
                        continue;
                    }

                    if (vMerge is not null && DocxNumbering.Attr(vMerge, "val") is null or "continue"
                        && openMerges.TryGetValue(column, out var above))
                    {
                        above.RowSpan++;
                        column += span;
                        continue;
                    }

                    var (text, indent) = CellText(tc, nested);
                    var cell = new CellBuilder { Text = text, Column = column, ColumnSpan = span, Indent = indent };
                    cells.Add(cell);
                    for (var c = column; c < column + span; c++)
                    {
                        openMerges.Remove(c);
                    }

                    if (vMerge is not null)
                    {
                        openMerges[column] = cell;
                    }

                    column += span;
                }

                Line++;
                rows.Add((Line, IsOn(DocxNumbering.Child(trPr, "tblHeader")), cells));
            }

            if (rows.Count > 0)
            {
                var tableRows = rows.Select(r => MakeRow(r.Line, r.Header, r.Cells)).ToList();
                Blocks.Add(new TableBlock(null, rows[0].Line, caption, tableRows));
            }

            foreach (var inner in nested)
            {
                Table(inner);
            }
        }

        private static TableRow MakeRow(int line, bool header, List<CellBuilder> cells)
        {
            var list = new List<TableCell>(cells.Count);
            var start = 0;
            foreach (var c in cells)
            {
                list.Add(new TableCell(c.Text, c.Column, c.ColumnSpan, c.RowSpan, start) { Indent = c.Indent });
                start += c.Text.Length + 1;
            }

            return new TableRow(null, line, list) { IsHeader = header };
        }

        private static IEnumerable<OpenXmlElement> Rows(OpenXmlElement tbl)
        {
            foreach (var child in tbl.ChildElements)
            {
                if (child.LocalName == "tr")
                {
                    yield return child;
                }
                else if (child.LocalName is "sdt" or "customXml" or "sdtContent")
                {
                    foreach (var r in Rows(child.LocalName == "sdt" ? DocxNumbering.Child(child, "sdtContent") ?? child : child))
                    {
                        yield return r;
                    }
                }
            }
        }

        private static IEnumerable<OpenXmlElement> Cells(OpenXmlElement tr)
        {
            foreach (var child in tr.ChildElements)
            {
                if (child.LocalName == "tc")
                {
                    yield return child;
                }
                else if (child.LocalName is "sdt" or "customXml" or "sdtContent")
                {
                    foreach (var c in Cells(child.LocalName == "sdt" ? DocxNumbering.Child(child, "sdtContent") ?? child : child))
                    {
                        yield return c;
                    }
                }
            }
        }

        /// <summary>A cell's paragraphs joined (nested tables set aside), trimmed, and the indentation of its first line.</summary>
        private (string Text, int Indent) CellText(OpenXmlElement tc, List<OpenXmlElement> nested)
        {
            var sb = new StringBuilder();
            int? indent = null;
            foreach (var p in CellParagraphs(tc, nested))
            {
                var (text, boxes, deletedMark) = ParagraphText(p);
                foreach (var box in boxes)
                {
                    // Text boxes in cells are rare; keep their text in the cell rather than lose it.
                    foreach (var bp in box.Descendants().Where(d => d.LocalName == "p"))
                    {
                        text += ParagraphText(bp).Text;
                    }
                }

                if (deletedMark && text.Length == 0)
                {
                    continue;
                }

                if (indent is null && text.Trim().Length > 0)
                {
                    indent = IndentOf(DocxNumbering.Child(p, "pPr"), text);
                }

                var trimmed = text.Trim(' ', '\u3000', '\t');
                if (trimmed.Length == 0)
                {
                    continue;
                }

                if (sb.Length > 0 && NeedsSpace(sb[^1], trimmed[0]))
                {
                    sb.Append(' ');
                }

                sb.Append(trimmed);
            }

            return (sb.ToString().Replace('\t', ' '), indent ?? 0);
        }

        private static IEnumerable<OpenXmlElement> CellParagraphs(OpenXmlElement container, List<OpenXmlElement> nested)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child.LocalName)
                {
                    case "p":
                        yield return child;
                        break;
                    case "tbl":
                        nested.Add(child);
                        break;
                    case "sdt" or "sdtContent" or "customXml" or "ins":
                        foreach (var p in CellParagraphs(child, nested))
                        {
                            yield return p;
                        }

                        break;
                }
            }
        }

        /// <summary>Two paragraphs of one cell run together, except where two numbers or Latin words would merge.</summary>
        private static bool NeedsSpace(char before, char after) =>
            char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after);

        private static int IndentOf(OpenXmlElement? pPr, string text)
        {
            var ind = DocxNumbering.Child(pPr, "ind");
            var twips = 0;
            if (ind is not null)
            {
                twips += Twips(ind, "left") ?? Twips(ind, "start") ?? 0;
                twips += Twips(ind, "firstLine") ?? 0;
                twips -= Twips(ind, "hanging") ?? 0;
                var chars = Twips(ind, "leftChars") ?? Twips(ind, "startChars");
                if (chars is not null && twips == 0)
                {
                    twips = chars.Value * TwipsPerChar / 100;
                }
            }

            var spaces = 0;
            foreach (var c in text)
            {
                if (c == '\u3000')
                {
                    spaces += 2;
                }
                else if (c == ' ')
                {
                    spaces += 1;
                }
                else
                {
                    break;
                }
            }

            return Math.Max(0, twips / TwipsPerChar) + spaces / 2;
        }

        private static int? Twips(OpenXmlElement ind, string name) =>
            int.TryParse(DocxNumbering.Attr(ind, name), out var v) ? v : null;

        /// <summary>
        /// The table's caption: the last one or two short non-empty paragraphs right before it (the title 表1 …,
        /// the unit line 单位：万元), joined. Null when the table follows running text.
        /// </summary>
        private string? Caption()
        {
            var parts = new List<string>();
            var skippedEmpty = 0;
            for (var i = Blocks.Count - 1; i >= 0 && parts.Count < 2; i--)
            {
                if (Blocks[i] is not ParagraphBlock p)
                {
                    break;
                }

                var text = p.Text.Trim(' ', '\u3000', '\t');
                if (text.Length == 0)
                {
                    if (++skippedEmpty > 2)
                    {
                        break;
                    }

                    continue;
                }

                if (!LooksLikeCaption(text))
                {
                    break;
                }

                parts.Insert(0, text);
            }

            return parts.Count == 0 ? null : string.Join(" ", parts);
        }

        internal static bool LooksLikeCaption(string text) =>
            text.Length <= 60 && (text.Contains('表') || text.Contains("单位") || text.Contains("万元") || text.Contains("元）"))
            && !text.EndsWith('。');
    }
}
