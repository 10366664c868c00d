using ReportMiner.Tests.Support;
using System.Text;
using ReportMiner.Documents;
using ReportMiner.Ingestion;
using ReportMiner.Ingestion.Pdf;

namespace ReportMiner.Tests.Ingestion;

public sealed class PdfDocumentReaderTests
{
    private static SourceDocument Read(byte[] bytes, ReaderLimits? limits = null, CancellationToken token = default) =>
        new PdfDocumentReader().Read("t.pdf", bytes, limits ?? ReaderLimits.Default, token);

    private static byte[] Seed => File.ReadAllBytes(RepoPaths.Of("seeds/renditions/seed.pdf"));

    private static string AllText(SourceDocument d) => string.Join("\n", d.Blocks.Select(b => b switch
    {
        ParagraphBlock p => p.Text,
        TableBlock t => string.Join("\n", t.Rows.Select(r => r.LineText)),
        _ => "",
    }));

    [Fact]
    public void Read_SeedPdf_FootersRemovedNoCjkSpacesWrappedFiguresRejoined()
    {
        var doc = Read(Seed);
        var text = AllText(doc);
        Assert.Equal(11, doc.PageCount);
        Assert.DoesNotContain("共 11 页", text, StringComparison.Ordinal);
        Assert.Contains("做好2019年财政预算绩效自评工作", text, StringComparison.Ordinal);
        // A paragraph wrapped over three visual lines is one block whose anchors map back to each line.
        var p = doc.Blocks.OfType<ParagraphBlock>().First(b => b.Text.Contains("其中工资福利支出1690.95千元", StringComparison.Ordinal));
        Assert.True(p.Anchors.Count >= 2);
        var at = p.Text.IndexOf("培训费", StringComparison.Ordinal);
        Assert.Equal(p.Anchors[^1].Line, p.Locate(p.Text.Length - 1).Line);
        Assert.True(p.Locate(at).Line > p.Line);
    }

    [Fact]
    public void Read_SeedPdf_TableAcrossPagesJoinedHeaderRowMarkedRepeated()
    {
        var doc = Read(Seed);
        var table = Assert.Single(doc.Blocks.OfType<TableBlock>());
        Assert.Equal(16, table.Rows.Count(r => !r.Repeated));
        Assert.Equal("项目\t金额（千元）", table.Rows[0].LineText);
        // The heading row printed again at the top of page 3 is kept for the text, marked as a repetition.
        var repeated = Assert.Single(table.Rows, r => r.Repeated);
        Assert.Equal(("项目\t金额（千元）", (int?)3), (repeated.LineText, repeated.Page));
        Assert.Single(table.Rows, r => !r.Repeated && r.LineText.StartsWith("项目", StringComparison.Ordinal));
        Assert.Equal([2, 3], table.Rows.Select(r => r.Page!.Value).Distinct());
        Assert.Equal("表1 2019年收入支出预算安排表", table.Caption);
        Assert.Equal("二、项目支出\t1118.00", table.Rows.Single(r => r.LineText.Contains("项目支出", StringComparison.Ordinal) && !r.LineText.Contains("其中", StringComparison.Ordinal)).LineText);
    }

    [Fact]
    public void Read_Encrypted_FailsWithPasswordReason()
    {
        var e = Assert.Throws<DocumentReadException>(() => Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData/office/encrypted.pdf"))));
        Assert.Contains("encrypted", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Truncated_FailsWithReason()
    {
        var e = Assert.Throws<DocumentReadException>(() => Read(Seed.Take(Seed.Length / 2).ToArray()));
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TooManyPages_FailsWithLimit()
    {
        var e = Assert.Throws<DocumentReadException>(() => Read(Seed, new ReaderLimits(1 << 20, 5)));
        Assert.Contains("more than the limit of 5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CyclicPageTree_FailsWithoutCrashing()
    {
        // The page tree lists itself as its own kid.
        var pdf = TestFiles.Pdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", "<< /Type /Pages /Kids [2 0 R] /Parent 2 0 R /Count 1 >>"]);
        Assert.Throws<DocumentReadException>(() => Read(pdf));
    }

    [Fact]
    public void Read_BrokenXref_ReadsTextOrFailsWithReason()
    {
        var text = Encoding.Latin1.GetString(Seed);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var broken = Encoding.Latin1.GetBytes(text[..at] + "startxref\n99999999\n%%EOF\n");
        try
        {
            var doc = Read(broken);
            Assert.Contains("做好2019年财政预算绩效自评工作", AllText(doc), StringComparison.Ordinal);
        }
        catch (DocumentReadException e)
        {
            Assert.Contains("damaged", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_ImageOnly_FailsAsScanWithoutOcr()
    {
        var pdf = TestFiles.Pdf([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            TestFiles.Stream("q 100 0 0 100 50 50 cm /Im1 Do Q"),
            "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream",
        ]);
        var e = Assert.Throws<DocumentReadException>(() => Read(pdf));
        Assert.Contains("OCR", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotPdf_FailsWithReason()
    {
        var e = Assert.Throws<DocumentReadException>(() => Read(Encoding.UTF8.GetBytes("hello")));
        Assert.Contains("not a PDF", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Read(Seed, token: cts.Token));
    }

    [Theory]
    [InlineData("seeds/renditions/seed.pdf")]
    [InlineData("seeds/renditions/seed.cid.pdf")]
    [InlineData("corpus/office/final_accounts.pdf")]
    [InlineData("corpus/office/sangong.pdf")]
    public void Read_PagesReadOnMoreCores_SameDocumentAsOnOne(string path)
    {
        var bytes = File.ReadAllBytes(RepoPaths.Of(path));
        var lease = new Lease();

        var one = PdfDocumentReader.Read("t.pdf", bytes, ReaderLimits.Default, () => null, CancellationToken.None);
        var many = PdfDocumentReader.Read("t.pdf", bytes, ReaderLimits.Default, lease.Lend, CancellationToken.None);

        Assert.Equal(Dump(one), Dump(many));
        // Cores are asked for only while three pages are left after the one just read; every core lent is given back.
        Assert.Equal(one.PageCount >= 4, lease.Lent > 0);
        Assert.True(lease.AllReturned(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Read_CancelledWhilePagesAreReadOnASecondCore_ThrowsAndGivesTheCoreBack()
    {
        using var cts = new CancellationTokenSource();
        var lease = new Lease();

        Assert.ThrowsAny<OperationCanceledException>(() => PdfDocumentReader.Read("t.pdf", Seed, ReaderLimits.Default, () =>
        {
            cts.Cancel();
            return lease.Lend();
        }, cts.Token));
        Assert.True(lease.AllReturned(TimeSpan.FromSeconds(10)));
    }

    private sealed class Lease
    {
        private int _lent;
        private int _returned;

        public int Lent => Volatile.Read(ref _lent);

        public IDisposable Lend()
        {
            Interlocked.Increment(ref _lent);
            return new Core(this);
        }

        public bool AllReturned(TimeSpan timeout) => SpinWait.SpinUntil(() => Volatile.Read(ref _returned) == Lent, timeout);

        private sealed class Core(Lease lease) : IDisposable
        {
            public void Dispose() => Interlocked.Increment(ref lease._returned);
        }
    }

    /// <summary>Every field of the document, blocks, anchors and cells included.</summary>
    private static string Dump(SourceDocument d)
    {
        var sb = new StringBuilder($"{d.PageCount} {d.LineCount} [{string.Join("|", d.Notes)}]\n");
        foreach (var block in d.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    sb.Append($"P {p.Page}:{p.Line} {p.Text} {string.Join(",", p.Anchors)}\n");
                    break;
                case TableBlock t:
                    sb.Append($"T {t.Page}:{t.Line} {t.Caption}\n");
                    foreach (var r in t.Rows)
                    {
                        sb.Append($"  R {r.Page}:{r.Line} {r.IsHeader} {string.Join(" | ", r.Cells.Select(c => $"{c} {c.Indent}"))}\n");
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    [Fact]
    public void Read_TextPdfWithLatinFont_LinesAndSpaces()
    {
        var pdf = TestFiles.Pdf([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            TestFiles.Stream("BT /F1 12 Tf 72 760 Td (Total 2961.68) Tj ET BT /F1 12 Tf 72 700 Td (Second line) Tj ET"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]);
        var doc = Read(pdf);
        Assert.Equal(["Total 2961.68", "Second line"], doc.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Equal([1, 2], doc.Blocks.Select(b => b.Line));
    }

    private static byte[] HelveticaPdf(params (double Y, string Text)[] lines) => TestFiles.Pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        TestFiles.Stream(string.Concat(lines.Select(l => $"BT /F1 10 Tf 72 {l.Y} Td ({l.Text}) Tj ET "))),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]);

    /// <summary>Two Helvetica pages; each line is runs of text at their x, 10 pt.</summary>
    private static byte[] TwoPagePdf((double Y, (double X, string Text)[] Runs)[] first, (double Y, (double X, string Text)[] Runs)[] second)
    {
        static string Content((double Y, (double X, string Text)[] Runs)[] lines) =>
            string.Concat(lines.SelectMany(l => l.Runs.Select(r => $"BT /F1 10 Tf {r.X} {l.Y} Td ({r.Text}) Tj ET ")));
        return TestFiles.Pdf([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 7 0 R >> >> >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Resources << /Font << /F1 7 0 R >> >> >>",
            TestFiles.Stream(Content(first)),
            TestFiles.Stream(Content(second)),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]);
    }

    private static (double, (double, string)[]) Row(double y, string name, string a, string b) => (y, [(72, name), (250, a), (350, b)]);

    [Fact]
    public void Read_OneRowOfABorderlessTableCarriedToTheNextPage_JoinedToTheTable()
    {
        var doc = Read(TwoPagePdf(
            [(800, [(72, "Expenditure by item")]), Row(780, "Alpha", "10.00", "20.00"), Row(766, "Beta", "30.00", "40.00"), Row(752, "Gamma", "50.00", "60.00")],
            [Row(800, "Total", "90.00", "120.00"), (780, [(72, "The table ends here.")])]));

        var table = Assert.Single(doc.Blocks.OfType<TableBlock>());
        Assert.Equal(["Alpha", "Beta", "Gamma", "Total"], table.Rows.Select(r => r.Cells[0].Text));
        Assert.Equal((int?)2, table.Rows[^1].Page);
    }

    [Fact]
    public void Read_RunningHeaderEndingInAPageNumber_NeitherATableNorKept()
    {
        // "Chapter 2 Handling 3": words and a number last, like a table row; at the top of every page, after prose.
        var doc = Read(TwoPagePdf(
            [(800, [(72, "Chapter 2 Handling"), (450, "3")]), (700, [(72, "Body text of the first page.")])],
            [(800, [(72, "Chapter 2 Handling"), (450, "4")]), (700, [(72, "Body text of the second page.")])]));

        Assert.Empty(doc.Blocks.OfType<TableBlock>());
        Assert.DoesNotContain(doc.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("Chapter", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LeftAlignedLinesEndingShort_JoinedUnlessASentenceEnds()
    {
        // Helvetica 10 pt: "a" and digits are 5.56 pt wide. The 20-letter line sets the right margin at 183.2 pt.
        var doc = Read(HelveticaPdf(
            (800, new string('a', 20)),
            (700, new string('a', 17)),          // stops mid-sentence 1.7 em short: a left-aligned wrap
            (688, "bbbb"),
            (600, new string('a', 16) + "."),    // ends a sentence 2 em short: the paragraph ends
            (588, "cccc"),
            (500, new string('a', 13)),          // 3.9 em short, then a number too wide for the gap: pushed down
            (488, "1234567.00 dddd"),
            (400, new string('a', 13)),          // 3.9 em short, then a word: a new paragraph
            (388, "eeee")));
        var texts = doc.Blocks.OfType<ParagraphBlock>().Select(p => p.Text.Replace(" ", "", StringComparison.Ordinal)).ToList();
        Assert.Contains(new string('a', 17) + "bbbb", texts);
        Assert.Contains(new string('a', 16) + ".", texts);
        Assert.Contains("cccc", texts);
        Assert.Contains(new string('a', 13) + "1234567.00dddd", texts);
        Assert.Contains("eeee", texts);
    }
}
