using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Pipeline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Fonts.SystemFonts;

namespace ReportMiner.Ingestion.Pdf;

/// <summary>
/// Reads PDF files with PdfPig into the document model. Per page: glyphs into lines by baseline (reading order, not
/// content-stream order), tables from rulings (or from column alignment when there are none), repeated page headers,
/// footers and page numbers dropped; then over the document: wrapped lines joined into paragraphs (so "1690." at a
/// line end and "95千元" on the next are one figure again, across a page break too), and a table continued on the next
/// page joined to its start, its repeated heading rows kept but marked (<see cref="TableRow.Repeated"/>).
/// <para>Lines: <see cref="Block.Line"/> is the visual line within its page, counted from the top and including
/// headers and footers; a table row counts as one line however many lines its cells wrap to.</para>
/// <para>Encrypted files, files without a text layer (scans: no OCR is done) and files whose fonts have no usable
/// Unicode mapping fail with the reason; partial problems become notes.</para>
/// </summary>
public sealed partial class PdfDocumentReader : IDocumentReader
{
    /// <summary>Share of undecodable characters above which the text is not trusted at all.</summary>
    private const double MaxBadShare = 0.2;

    /// <summary>Share of the page height at top and bottom where running headers and footers live.</summary>
    private const double MarginZone = 0.12;

    public SourceFormat Format => SourceFormat.Pdf;

    private static ParsingOptions Options => new() { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false };

    /// <summary>
    /// Runs PdfPig's static set-up (the Standard 14 font metrics, parsed from 14 AFM files, and the system font
    /// table: over 0.1 s, paid inside the first PdfDocument.Open) on a pool thread, so that it overlaps the rest of
    /// the start-up. For runs that have a PDF among their inputs.
    /// </summary>
    public static void WarmUpInBackground() => ThreadPool.QueueUserWorkItem(static _ =>
    {
        try
        {
            RuntimeHelpers.RunClassConstructor(typeof(SystemFontFinder).TypeHandle);
        }
        catch (TypeInitializationException)
        {
            // The first document's Open meets the same failure and reports it as that document's.
        }
    });

    public SourceDocument Read(string name, ReadOnlyMemory<byte> content, ReaderLimits limits, CancellationToken cancellationToken) =>
        Read(name, content, limits, SpareCores.TryBorrow, cancellationToken);

    /// <param name="borrowCore">
    /// Asked before each page until it gives one: a core (a lease, disposed when done with it) to lay out pages on
    /// while PdfPig reads the next ones; tests force it either way.
    /// </param>
    internal static SourceDocument Read(string name, ReadOnlyMemory<byte> content, ReaderLimits limits, Func<IDisposable?> borrowCore, CancellationToken cancellationToken)
    {
        // PdfPig reads from an array: the caller's own when it is one whole (a file's bytes), else a copy.
        var bytes = MemoryMarshal.TryGetArray(content, out var whole) && whole is { Offset: 0, Array: { } array } && array.Length == whole.Count
            ? array
            : content.ToArray();
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (bytes.Length == 0)
        {
            throw new DocumentReadException("empty file");
        }

        if (head.IndexOf("%PDF-"u8) < 0)
        {
            throw new DocumentReadException("not a PDF file: no %PDF header");
        }

        if (bytes.AsSpan(Math.Max(0, bytes.Length - 2048)).IndexOf("%%EOF"u8) < 0)
        {
            // PdfPig would try to rebuild the file from what is left; a clerk is better told it is cut off.
            throw new DocumentReadException("truncated PDF: the file ends before its end-of-file marker (incomplete download or copy?)");
        }

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, Options);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DocumentReadException("encrypted PDF: it needs a password to open; submit an unprotected copy", e);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new DocumentReadException($"damaged PDF: {Plain(e)}", e);
        }

        using (document)
        {
            ContentStreamParser.Install(document);
            try
            {
                return Read(name, bytes, document, limits, borrowCore, cancellationToken);
            }
            catch (Exception e) when (e is not DocumentReadException and not OperationCanceledException and not OutOfMemoryException)
            {
                throw e is PdfDocumentEncryptedException
                    ? new DocumentReadException("encrypted PDF: it needs a password to open; submit an unprotected copy", e)
                    : new DocumentReadException($"damaged PDF: {Plain(e)}", e);
            }
        }
    }

    private static string Plain(Exception e) => e is PdfDocumentFormatException or InvalidOperationException or ArgumentException
        ? e.Message
        : $"{e.GetType().Name}: {e.Message}";

    private abstract record Item(double Top);

    private sealed record LineItem(double Top, TextLine Line) : Item(Top);

    private sealed record RowItem(double Top, PageTable Table, int Row) : Item(Top);

    private sealed class PageLayout
    {
        public required int Number { get; init; }
        public required double Height { get; init; }
        public required List<Item> Items { get; init; }
        public HashSet<Item> Removed { get; } = [];
        public int Glyphs { get; init; }
        public int Bad { get; init; }
        public int Images { get; init; }

        /// <summary>Single rows at the page's top that are a table only if they continue the previous page's: the line each was.</summary>
        public Dictionary<Item, Item> Fragments { get; init; } = [];
    }

    private static SourceDocument Read(string name, byte[] bytes, PdfDocument document, ReaderLimits limits, Func<IDisposable?> borrowCore, CancellationToken cancellationToken)
    {
        var pageCount = document.NumberOfPages;
        if (pageCount <= 0)
        {
            throw new DocumentReadException("damaged PDF: no pages");
        }

        if (pageCount > limits.MaxPages)
        {
            throw new DocumentReadException($"PDF has {pageCount} pages, more than the limit of {limits.MaxPages}");
        }

        var notes = new List<string>();
        var layouts = ReadPages(bytes, document, pageCount, borrowCore, cancellationToken);
        var pages = new List<PageLayout>(pageCount);
        var unreadable = new List<int>();
        for (var n = 1; n <= pageCount; n++)
        {
            if (layouts[n - 1] is { } layout)
            {
                pages.Add(layout);
            }
            else
            {
                unreadable.Add(n);
                pages.Add(new PageLayout { Number = n, Height = 1, Items = [] });
            }
        }

        if (unreadable.Count == pageCount)
        {
            throw new DocumentReadException("damaged PDF: no page could be read");
        }

        if (unreadable.Count > 0)
        {
            notes.Add($"page(s) {Pages(unreadable)} damaged and not read");
        }

        CheckText(pages, notes);
        ResolveFragments(pages);
        RemoveRunningHeaders(pages);
        var blocks = Assemble(pages, cancellationToken);
        var lineCount = pages.Sum(p => p.Items.Count);
        return new SourceDocument(name, SourceFormat.Pdf, pageCount, lineCount, blocks, notes);
    }

    /// <summary>
    /// Each page read by PdfPig and laid out, null where the page is damaged. When cores are idle (a single long
    /// document, or the last ones of a batch) each borrowed core opens its own copy of the document (PdfPig documents
    /// are not thread-safe) and takes the next unread page, as this thread does, until none is left. A page's layout
    /// depends on that page alone, so the result is the same page by page whichever thread read it.
    /// </summary>
    private static PageLayout?[] ReadPages(byte[] bytes, PdfDocument document, int pageCount, Func<IDisposable?> borrowCore, CancellationToken cancellationToken)
    {
        var pages = new PageQueue(pageCount);
        var helpers = new List<Task>();
        try
        {
            while (pages.TryTake(out var n))
            {
                cancellationToken.ThrowIfCancellationRequested();
                pages.Layouts[n - 1] = ReadPage(document, n);

                // A copy opened for the last page or two costs more than it saves.
                if (pages.Left >= MinPagesForHelper && helpers.Count < MaxHelpers && borrowCore() is { } core)
                {
                    helpers.Add(StartHelper(bytes, pages, core, cancellationToken));
                }
            }
        }
        catch
        {
            pages.Stop();
            throw;
        }
        finally
        {
            // Never leave a helper reading a document this call is about to dispose of.
            WaitQuietly(helpers);
        }

        foreach (var helper in helpers)
        {
            if (helper.Exception is { InnerExceptions.Count: > 0 } e)
            {
                ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return pages.Layouts;
    }

    /// <summary>Pages still unread when a helper is worth starting: fewer are done before its copy is open.</summary>
    private const int MinPagesForHelper = 3;

    /// <summary>Helpers per document: beyond this the copies' font parsing outweighs what another core adds.</summary>
    private const int MaxHelpers = 7;

    /// <summary>The page numbers not yet taken, shared by the threads that read one document.</summary>
    private sealed class PageQueue(int pageCount)
    {
        private int _taken;

        public PageLayout?[] Layouts { get; } = new PageLayout?[pageCount];

        public int Left => Math.Max(0, pageCount - Volatile.Read(ref _taken));

        public bool TryTake(out int number)
        {
            number = Interlocked.Increment(ref _taken);
            return number <= pageCount;
        }

        /// <summary>After a failure: no thread takes another page.</summary>
        public void Stop() => Interlocked.Exchange(ref _taken, pageCount);
    }

    /// <summary>
    /// A thread of its own, not a pool thread (a host that reads documents on pool threads cannot starve it), reading
    /// pages from its own copy of the document. A copy that cannot be opened reads nothing: the other threads read
    /// its pages.
    /// </summary>
    private static Task StartHelper(byte[] bytes, PageQueue pages, IDisposable core, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() =>
        {
            try
            {
                PdfDocument copy;
                try
                {
                    copy = PdfDocument.Open(bytes, Options);
                }
                catch (Exception e) when (Unreadable(e))
                {
                    return;
                }

                using (copy)
                {
                    ContentStreamParser.Install(copy);
                    while (!cancellationToken.IsCancellationRequested && pages.TryTake(out var n))
                    {
                        pages.Layouts[n - 1] = ReadPage(copy, n);
                    }
                }
            }
            catch
            {
                // Encrypted or out of memory: the reading thread rethrows it once every thread has stopped.
                pages.Stop();
                throw;
            }
            finally
            {
                core.Dispose();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void WaitQuietly(List<Task> helpers)
    {
        try
        {
            Task.WaitAll(helpers);
        }
        catch (AggregateException)
        {
            // Looked at by the caller, helper by helper.
        }
    }

    /// <summary>One page read and laid out; null if it is damaged.</summary>
    private static PageLayout? ReadPage(PdfDocument document, int number)
    {
        try
        {
            return Layout(document.GetPage(number));
        }
        catch (PdfDocumentEncryptedException)
        {
            throw;
        }
        catch (Exception e) when (Unreadable(e))
        {
            return null;
        }
    }

    private static bool Unreadable(Exception e) => e is not OperationCanceledException and not OutOfMemoryException and not StackOverflowException;

    private static string Pages(List<int> numbers) =>
        numbers.Count <= 10
            ? string.Join(", ", numbers)
            : string.Join(", ", numbers.Take(10)) + $" and {numbers.Count - 10} more";

    /// <summary>Fails on no text or undecodable text; notes scanned pages and partly undecodable text.</summary>
    private static void CheckText(List<PageLayout> pages, List<string> notes)
    {
        var glyphs = pages.Sum(p => p.Glyphs);
        var bad = pages.Sum(p => p.Bad);
        if (glyphs == 0)
        {
            throw new DocumentReadException(pages.Any(p => p.Images > 0)
                ? "PDF has no text layer (scanned images); text recognition (OCR) is not done: submit the original file or a text PDF"
                : "PDF has no text");
        }

        if (bad > glyphs * MaxBadShare)
        {
            throw new DocumentReadException(
                $"PDF fonts have no usable Unicode mapping: {bad * 100 / glyphs}% of the characters cannot be decoded, so its text cannot be read; export the PDF again with fonts embedded as Unicode");
        }

        if (bad > 0)
        {
            notes.Add($"{bad} of {glyphs} characters could not be decoded (font without Unicode mapping)");
        }

        var scanned = pages.Where(p => p.Glyphs == 0 && p.Images > 0).Select(p => p.Number).ToList();
        if (scanned.Count > 0)
        {
            notes.Add($"page(s) {Pages(scanned)} have no text layer (scanned images, not read; no OCR)");
        }
    }

    private static PageLayout Layout(Page page)
    {
        var (glyphs, bad) = Glyphs(page, out var transform);
        var rulings = Rulings(page, transform);
        var tables = PdfTables.FromRulings(rulings, glyphs);
        var body = tables.Count == 0 ? [.. glyphs] : glyphs.Where(g => !tables.Any(t => Inside(t, g))).ToList();
        var lines = LineBuilder.Build(body);
        var items = new List<Item>();
        foreach (var t in tables)
        {
            for (var r = 0; r < t.Rows.Count; r++)
            {
                items.Add(new RowItem(t.Rows[r].Top, t, r));
            }
        }

        var aligned = PdfTables.FromAlignment(lines);
        var inAligned = new HashSet<TextLine>(aligned.SelectMany(a => a.Lines));
        var fragments = new Dictionary<Item, Item>();
        foreach (var (table, tableLines) in aligned)
        {
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = new RowItem(table.Rows[r].Top, table, r);
                items.Add(row);
                if (table.Fragment)
                {
                    fragments[row] = new LineItem(tableLines[r].Top, tableLines[r]);
                }
            }
        }

        foreach (var line in lines)
        {
            if (!inAligned.Contains(line))
            {
                items.Add(new LineItem(line.Top, line));
            }
        }

        items.Sort((a, b) => b.Top.CompareTo(a.Top));
        int images;
        try
        {
            // Images only matter for telling a scan from an empty page; counting them costs a pass over resources.
            images = glyphs.Count == 0 ? page.NumberOfImages : 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            images = 0;
        }

        var height = transform.SwapsAxes ? page.Width : page.Height;
        return new PageLayout { Number = page.Number, Height = height, Items = items, Glyphs = glyphs.Count, Bad = bad, Images = images, Fragments = fragments };
    }

    private static bool Inside(PageTable t, Glyph g) =>
        g.MidX >= t.Columns[0] - 2 && g.MidX <= t.Columns[^1] + 2 && g.MidY <= t.Top + 2 && g.MidY >= t.Bottom - 2;

    /// <summary>Maps page coordinates so text reads left to right, top down, when the page's text runs sideways.</summary>
    private readonly record struct Transform(TextOrientation Orientation, double Width, double Height)
    {
        public bool SwapsAxes => Orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270;

        public (double X, double Y) Map(PdfPoint p) => Orientation switch
        {
            TextOrientation.Rotate90 => (p.Y, Width - p.X),
            TextOrientation.Rotate270 => (Height - p.Y, p.X),
            TextOrientation.Rotate180 => (Width - p.X, Height - p.Y),
            _ => (p.X, p.Y),
        };
    }

    private static (List<Glyph> Glyphs, int Bad) Glyphs(Page page, out Transform transform)
    {
        var letters = page.Letters;
        var dominant = letters.Count == 0
            ? TextOrientation.Horizontal
            : letters.GroupBy(l => l.TextOrientation).OrderByDescending(g => g.Count()).First().Key;
        if (dominant == TextOrientation.Other)
        {
            dominant = TextOrientation.Horizontal;
        }

        transform = new Transform(dominant, page.Width, page.Height);
        var glyphs = new List<Glyph>(letters.Count);
        var bad = 0;
        foreach (var letter in letters)
        {
            // Sideways text against the page's own direction is a watermark or a margin note, not body text.
            if (letter.TextOrientation != dominant && letter.TextOrientation != TextOrientation.Other)
            {
                continue;
            }

            var value = Clean(letter.Value, ref bad);
            if (value is null)
            {
                continue;
            }

            var (x0, y0) = transform.Map(letter.StartBaseLine);
            var (x1, _) = transform.Map(letter.EndBaseLine);
            if (!double.IsFinite(x0) || !double.IsFinite(x1) || !double.IsFinite(y0))
            {
                // A degenerate text matrix: the letter has no place on the page.
                continue;
            }

            var size = letter.PointSize > 0.5 ? letter.PointSize : letter.BoundingBox.Height > 0.5 ? letter.BoundingBox.Height : letter.FontSize;
            if (x1 < x0)
            {
                (x0, x1) = (x1, x0);
            }

            glyphs.Add(new Glyph(value, x0, Math.Max(x1, x0 + 0.01), y0, Math.Max(size, 1)));
        }

        return (glyphs, bad);
    }

    /// <summary>
    /// A letter's text, or null to drop it. Undecodable letters (no Unicode: empty, U+FFFD, control codes, private
    /// use) are counted. Kangxi radicals that some CJK fonts map instead of the ideograph (⼀ for 一) are folded.
    /// </summary>
    private static string? Clean(string? value, ref int bad)
    {
        if (string.IsNullOrEmpty(value))
        {
            bad++;
            return null;
        }

        if (value.Length == 1)
        {
            var c = value[0];
            if (c == ' ' || c == '\u00A0' || c == '\u3000')
            {
                return " ";
            }

            if (c is '\uFFFD' or < ' ' || c is >= '\uE000' and <= '\uF8FF')
            {
                bad++;
                return null;
            }

            if (c is >= '\u2F00' and <= '\u2FD5' || c is >= '\uF900' and <= '\uFAFF')
            {
                return value.Normalize(NormalizationForm.FormKC);
            }

            return value;
        }

        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\uFFFD' or < ' ' || c is >= '\uE000' and <= '\uF8FF')
            {
                continue;
            }

            sb.Append(c);
        }

        if (sb.Length == 0)
        {
            bad++;
            return null;
        }

        return sb.ToString();
    }

    /// <summary>Axis-aligned lines and thin rectangles drawn on the page: the rulings tables are made of.</summary>
    private static List<Ruling> Rulings(Page page, Transform transform)
    {
        var rulings = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled))
            {
                continue;
            }

            foreach (var sub in path)
            {
                if (path.IsStroked && IsGlyphOutline(sub))
                {
                    continue;
                }

                PdfPoint? last = null;
                var points = new List<(double X, double Y)>();
                var onlyLines = true;
                foreach (var command in sub.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            last = move.Location;
                            points.Add(transform.Map(move.Location));
                            break;
                        case PdfSubpath.Line line:
                            points.Add(transform.Map(line.To));
                            if (path.IsStroked)
                            {
                                AddSegment(rulings, transform.Map(line.From), transform.Map(line.To));
                            }

                            last = line.To;
                            break;
                        case PdfSubpath.BezierCurve:
                            onlyLines = false;
                            break;
                    }
                }

                _ = last;
                if (!onlyLines || points.Count < 3)
                {
                    continue;
                }

                var x0 = points.Min(p => p.X);
                var x1 = points.Max(p => p.X);
                var y0 = points.Min(p => p.Y);
                var y1 = points.Max(p => p.Y);
                if (path.IsFilled && !path.IsStroked)
                {
                    // Filled hairline rectangles are how many exporters draw cell borders; big fills are shading.
                    if (x1 - x0 <= 3 && y1 - y0 > 3)
                    {
                        rulings.Add(new Ruling(false, (x0 + x1) / 2, y0, y1));
                    }
                    else if (y1 - y0 <= 3 && x1 - x0 > 3)
                    {
                        rulings.Add(new Ruling(true, (y0 + y1) / 2, x0, x1));
                    }
                }
            }
        }

        return rulings;
    }

    /// <summary>
    /// A glyph drawn as an outline (cairo and some printer drivers embolden text by stroking its outline): a closed
    /// shape of glyph size with more sides than a box. The stem of a "1" stroked so is no column border.
    /// </summary>
    private static bool IsGlyphOutline(PdfSubpath sub)
    {
        if (sub.GetBoundingRectangle() is not { } box || box.Width < 1.5 || box.Height < 1.5 || box.Width > 15 || box.Height > 15)
        {
            return false;
        }

        var sides = 0;
        foreach (var command in sub.Commands)
        {
            if (command is PdfSubpath.BezierCurve)
            {
                return true;
            }

            if (command is PdfSubpath.Line)
            {
                sides++;
            }
        }

        return sides > 5;
    }

    private static void AddSegment(List<Ruling> rulings, (double X, double Y) a, (double X, double Y) b)
    {
        var dx = Math.Abs(a.X - b.X);
        var dy = Math.Abs(a.Y - b.Y);
        if (dy <= 1 && dx > 3)
        {
            rulings.Add(new Ruling(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        }
        else if (dx <= 1 && dy > 3)
        {
            rulings.Add(new Ruling(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        }
    }

    /// <summary>
    /// Drops running headers and footers: lines in the top or bottom margin zone whose text (digits ignored) comes
    /// back on at least half the pages, and page-number lines (第 3 页 共 11 页, - 3 -, 3 / 11) wherever they are alone.
    /// </summary>
    /// <summary>
    /// A single row at the top of a page stays a row only when the page before ends with a row of a table it can
    /// continue (the last row of a table carried over by the page break); otherwise it is the line it was.
    /// </summary>
    private static void ResolveFragments(List<PageLayout> pages)
    {
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var (row, line) in pages[p].Fragments)
            {
                var before = p > 0 ? pages[p - 1].Items.LastOrDefault(i => i is not LineItem { Line.Text: var t } || !IsPageNumber(t)) : null;
                if (before is RowItem end && row is RowItem fragment && end.Table.SameColumns(fragment.Table))
                {
                    continue;
                }

                var items = pages[p].Items;
                items[items.IndexOf(row)] = line;
            }
        }
    }

    private static void RemoveRunningHeaders(List<PageLayout> pages)
    {
        var candidates = new List<(PageLayout Page, LineItem Item, string Key)>();
        foreach (var page in pages)
        {
            var lines = page.Items.OfType<LineItem>().ToList();
            var marginal = lines.Take(3).Concat(lines.TakeLast(3)).Distinct()
                .Where(l => l.Top > page.Height * (1 - MarginZone) || l.Line.Baseline < page.Height * MarginZone);
            foreach (var item in marginal)
            {
                var text = item.Line.Text.Trim();
                if (PageNumber().IsMatch(text))
                {
                    page.Removed.Add(item);
                    continue;
                }

                if (text.Contains("单位：", StringComparison.Ordinal) || text.Contains("单位:", StringComparison.Ordinal))
                {
                    continue; // "单位：万元" above each sheet's table is the tables' unit, not a running header
                }

                // Same text (page numbers aside) at the same height: a running header repeats its position, while
                // body lines that merely look alike ("（20）本年度第20项…") sit anywhere. The height of a header is
                // measured from the page's top and that of a footer from its bottom, so that a landscape page's header
                // is the portrait pages' one.
                var top = item.Top > page.Height * (1 - MarginZone);
                var height = (top ? "t" : "b") + Math.Round((top ? page.Height - item.Line.Baseline : item.Line.Baseline) / 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
                candidates.Add((page, item, Digits().Replace(text.Replace(" ", ""), "#") + "@" + height));
            }
        }

        var threshold = Math.Max(2, (pages.Count + 1) / 2);
        foreach (var group in candidates.GroupBy(c => c.Key))
        {
            if (group.Select(g => g.Page.Number).Distinct().Count() >= threshold)
            {
                foreach (var (page, item, _) in group)
                {
                    page.Removed.Add(item);
                }
            }
        }
    }

    /// <summary>A page number line (第 3 页，共 12 页 / - 3 - / 3 / 3/12 / Page 3 of 12), to be dropped.</summary>
    internal static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|[-—–－\s]*\d{1,4}[-—–－\s]*|\d{1,4}\s*/\s*\d{1,4}|(?:Page|页码)\s*\d+(?:\s*(?:of|/)\s*\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>Paragraphs and tables over the whole document, in reading order.</summary>
    private static List<Block> Assemble(List<PageLayout> pages, CancellationToken cancellationToken)
    {
        var blocks = new List<Block>();
        ParagraphBuilder? open = null;
        TableBuilder? table = null;

        void Flush()
        {
            if (open is not null)
            {
                blocks.Add(open.Build());
                open = null;
            }

            if (table is not null)
            {
                blocks.Add(table.Build());
                table = null;
            }
        }

        for (var pi = 0; pi < pages.Count; pi++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = pages[pi];
            var body = page.Items.Where(i => !page.Removed.Contains(i)).ToList();
            var bodyLines = body.OfType<LineItem>().Select(l => l.Line).ToList();
            var (left, right) = Margins(bodyLines);
            LineItem? previous = null;
            var firstOnPage = true;
            foreach (var item in body)
            {
                var lineNo = page.Items.IndexOf(item) + 1;
                switch (item)
                {
                    case LineItem li:
                        if (table is not null)
                        {
                            Flush();
                        }

                        var text = li.Line.Text.TrimEnd();
                        var indented = li.Line.X0 > left + 0.8 * li.Line.Size;
                        if (open is not null && !indented && !StartsSection(open.LastText, text) && open.Continues(li.Line, previous?.Line, firstOnPage))
                        {
                            open.Add(text, page.Number, lineNo, li.Line);
                        }
                        else
                        {
                            if (open is not null)
                            {
                                blocks.Add(open.Build());
                            }

                            open = new ParagraphBuilder(right);
                            open.Add(text, page.Number, lineNo, li.Line);
                        }

                        open.Right = right;
                        previous = li;
                        break;
                    case RowItem ri:
                        if (open is not null)
                        {
                            blocks.Add(open.Build());
                            open = null;
                        }

                        if (table is not null && ReferenceEquals(table.Current, ri.Table))
                        {
                            table.AddContinued(ri.Table, ri.Row, page.Number, lineNo);
                        }
                        else if (table is not null && firstOnPage && table.CanContinueWith(ri.Table))
                        {
                            table.Continue(ri.Table, page.Number, lineNo);
                        }
                        else
                        {
                            if (table is not null)
                            {
                                blocks.Add(table.Build());
                            }

                            table = new TableBuilder(Caption(blocks));
                            table.AddRow(ri.Table, ri.Row, page.Number, lineNo);
                        }

                        previous = null;
                        break;
                }

                firstOnPage = false;
            }

            // A paragraph or table may go on at the top of the next page: keep them open.
            if (open is not null)
            {
                open.EndOfPage = true;
            }
        }

        Flush();
        return blocks;
    }

    /// <summary>A heading (一、 （五） 1.) after a finished sentence starts a new paragraph even when the line above is full.</summary>
    private static bool StartsSection(string before, string next) =>
        before.Length > 0 && before[^1] is '。' or '！' or '？' or '；' or '：' && SectionMarker().IsMatch(next);

    [GeneratedRegex(@"^[\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d))")]
    private static partial Regex SectionMarker();

    private static (double Left, double Right) Margins(List<TextLine> lines)
    {
        var full = lines.Where(l => l.Text.Length >= 8).ToList();
        if (full.Count == 0)
        {
            full = lines;
        }

        if (full.Count == 0)
        {
            return (0, double.MaxValue);
        }

        // The most common left edge (to a point) is the text margin; indented first lines sit right of it.
        var left = full.GroupBy(l => Math.Round(l.X0)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        left = Math.Min(left, full.Min(l => l.X0) + 0.5);
        var right = full.Max(l => l.X1);
        return (left, right);
    }

    private static string? Caption(List<Block> blocks)
    {
        var parts = new List<string>();
        var skipped = 0;
        for (var i = blocks.Count - 1; i >= 0 && parts.Count < 2; i--)
        {
            if (blocks[i] is not ParagraphBlock p)
            {
                break;
            }

            var text = p.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            // 单位 with its colon: 附属单位上缴收入 in a heading line is no unit line.
            if (!(text.Length <= 60 && (text.Contains('表') || text.Contains("单位：") || text.Contains("单位:") || text.Contains("万元") || text.Contains("元）")) && !text.EndsWith('。')))
            {
                // 收入　支出 over the two halves of a 收入支出决算总表, 项目 / 本年收入合计 财政拨款收入 …: heading lines the
                // table's rows did not take, between the table and its caption.
                if (skipped < 3 && parts.Count == 0 && text.Length <= 60 && text.AsSpan().IndexOfAny("。，；：,;:0123456789") < 0)
                {
                    skipped++;
                    continue;
                }

                break;
            }

            parts.Insert(0, text);
        }

        // A caption wrapped inside its brackets ("（单位：万" / "元）") is one caption: no space where it broke.
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => parts[0].Count(c => c is '（' or '(') > parts[0].Count(c => c is '）' or ')') ? parts[0] + parts[1] : parts[0] + " " + parts[1],
        };
    }

    /// <summary>Collects the visual lines of one paragraph with an anchor per line.</summary>
    private sealed class ParagraphBuilder(double right)
    {
        private readonly StringBuilder _text = new();
        private readonly List<LineAnchor> _anchors = [];
        private TextLine? _last;

        public double Right { get; set; } = right;

        public bool EndOfPage { get; set; }

        public string LastText => _text.ToString();

        public void Add(string text, int page, int line, TextLine source)
        {
            var before = _text.ToString();
            var joined = LineBuilder.JoinWrapped(before, text);
            var offset = joined.Length - text.Length;
            _text.Clear().Append(joined);
            _anchors.Add(new LineAnchor(offset, page, line, 0));
            _last = source;
            EndOfPage = false;
        }

        /// <summary>
        /// The next line continues this paragraph when the last line ran to the right margin (the sentence wrapped),
        /// the font size is the same, and the line follows closely (or opens the next page).
        /// </summary>
        /// <summary>
        /// Left-aligned text (Writer's default, and WPS's) wraps before a number that does not fit, leaving the line
        /// short of the margin: "…政府性基金预算拨款收入" / "180.00万元，…". The line still continues when it does not end a
        /// sentence and the next line opens with a number (with its unit) at least as wide as the gap left.
        /// </summary>
        private bool PushedDown(TextLine next, double gap, double em)
        {
            var last = _last!.Text.TrimEnd();
            var text = next.Text;
            if (EndsSentence(last) || text.Length == 0 || !(char.IsAsciiDigit(text[0]) || (text[0] is '.' or '-' && text.Length > 1 && char.IsAsciiDigit(text[1]))))
            {
                return false;
            }

            // Width of the leading number and the unit or punctuation glued to it, in ems: digits are about half an em.
            var width = 0.0;
            var i = 0;
            for (; i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '.' or ',' or '-' or '%' or '‰'); i++)
            {
                width += 0.55;
            }

            for (var cjk = 0; i < text.Length && cjk < 2 && text[i] > 0x2E80 && !char.IsWhiteSpace(text[i]); i++, cjk++)
            {
                width += 1;
            }

            return gap <= (width + 1) * em;
        }

        private static bool EndsSentence(string line) =>
            line.Length == 0 || line[^1] is '。' or '；' or '！' or '？' or '：' or ':' or ';' or '!' or '?'
            || (line[^1] == '.' && !(line.Length > 1 && char.IsAsciiDigit(line[^2]))); // "1690." is a number cut in two

        public bool Continues(TextLine next, TextLine? previousOnPage, bool firstOnPage)
        {
            if (_last is null || Math.Abs(next.Size - _last.Size) > 1.0)
            {
                return false;
            }

            // A line that is only a number (a column of a table printed on a page of its own) is never glued to a
            // neighbour's digits: 1084.16 and 16409.76 would become one false figure.
            var lastText = _last.Text.TrimEnd();
            var nextText = next.Text.TrimStart();
            if (lastText.Length > 0 && nextText.Length > 0 && char.IsAsciiDigit(lastText[^1]) && char.IsAsciiDigit(nextText[0])
                && (PdfTables.IsNumeric(lastText) || PdfTables.IsNumeric(nextText)))
            {
                return false;
            }

            // A line that stops mid-sentence may end up to a few ems short in left-aligned text (half-width digits and
            // punctuation do not fill the line); one that ends a sentence must reach the margin to be continued.
            var em = Math.Max(_last.Size, 1);
            var slack = EndsSentence(_last.Text.TrimEnd()) ? 1.5 : 3.5;
            if (_last.X1 < Right - slack * em && !PushedDown(next, Right - _last.X1, em))
            {
                return false;
            }

            if (EndOfPage)
            {
                return firstOnPage;
            }

            return previousOnPage is not null && ReferenceEquals(previousOnPage, _last) && _last.Baseline - next.Baseline < 2.2 * em;
        }

        public ParagraphBlock Build() => new(_anchors[0].Page, _anchors[0].Line, _text.ToString(), _anchors.ToArray());
    }

    /// <summary>Collects the rows of one table, possibly over several pages.</summary>
    private sealed class TableBuilder(string? caption)
    {
        private readonly List<TableRow> _rows = [];
        private readonly List<string> _headerTexts = [];
        private int _dataRowsSeen;

        public PageTable? Current { get; private set; }

        /// <param name="repeated">The row repeats the heading rows after a page break: kept for the text, not a row of data.</param>
        public void AddRow(PageTable table, int row, int page, int line, bool repeated = false)
        {
            Current = table;

            var cells = table.Rows[row].Cells;
            var em = cells.Where(c => c.Size > 0).Select(c => c.Size).DefaultIfEmpty(10).Average();
            var list = new List<TableCell>(cells.Count);
            var start = 0;
            foreach (var c in cells)
            {
                var indent = (int)Math.Round(Math.Max(0, c.TextX0 - c.Left - MinPad(table, c.Column)) / Math.Max(em, 1));
                list.Add(new TableCell(c.Text, c.Column, c.ColumnSpan, c.RowSpan, start) { Indent = indent });
                start += c.Text.Length + 1;
            }

            var tableRow = new TableRow(page, line, list) { Repeated = repeated };
            var isData = cells.Any(c => PdfTables.IsNumeric(c.Text));
            if (!repeated && !isData && _dataRowsSeen == 0)
            {
                _headerTexts.Add(tableRow.LineText);
            }
            else if (!repeated)
            {
                _dataRowsSeen++;
            }

            _rows.Add(tableRow);
        }

        private static double MinPad(PageTable table, int column) =>
            table.Rows.SelectMany(r => r.Cells).Where(c => c.Column == column && c.Text.Length > 0)
                .Select(c => c.TextX0 - c.Left).DefaultIfEmpty(0).Min();

        /// <summary>Same columns (to 3 points): the table goes on from the previous page.</summary>
        public bool CanContinueWith(PageTable next) => Current is not null && Current.SameColumns(next);

        /// <summary>Starts the continuation: its first rows repeating the heading rows are marked as repeated.</summary>
        public void Continue(PageTable next, int page, int line)
        {
            Current = next;
            _pendingRepeat = 0;
            var first = RowText(next, 0);
            if (_headerTexts.Count > 0 && first == _headerTexts[0])
            {
                _pendingRepeat = Math.Min(_headerTexts.Count, next.Rows.Count);
                _pendingRepeat--;
                AddRow(next, 0, page, line, repeated: true);
                return;
            }

            AddRow(next, 0, page, line);
        }

        private int _pendingRepeat;

        public void AddContinued(PageTable table, int row, int page, int line)
        {
            if (_pendingRepeat > 0 && row <= _headerTexts.Count - 1 && RowText(table, row) == _headerTexts[row])
            {
                _pendingRepeat--;
                AddRow(table, row, page, line, repeated: true);
                return;
            }

            AddRow(table, row, page, line);
        }

        private static string RowText(PageTable table, int row) => string.Join('\t', table.Rows[row].Cells.Select(c => c.Text));

        public TableBlock Build() => new(_rows.Count > 0 ? _rows[0].Page : null, _rows.Count > 0 ? _rows[0].Line : 0, caption, _rows.ToArray());
    }
}
