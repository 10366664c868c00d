using System.IO.Compression;
using System.Text;
using ReportMiner.Documents;
using ReportMiner.Ingestion;

namespace ReportMiner.Tests.Ingestion;

public sealed class DocxDocumentReaderTests
{
    private static SourceDocument Read(byte[] bytes, ReaderLimits? limits = null, CancellationToken token = default) =>
        new DocxDocumentReader().Read("t.docx", bytes, limits ?? ReaderLimits.Default, token);

    private static List<string> Paragraphs(SourceDocument d) => d.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

    private const string Numbering = $"""
        <w:numbering xmlns:w="{TestFiles.W}">
          <w:abstractNum w:abstractNumId="0">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        </w:numbering>
        """;

    private static string Numbered(int level, string text) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>";

    [Fact]
    public void Read_AutomaticNumbering_RenderedFromNumberingPart()
    {
        var body = Numbered(0, "部门概况") + Numbered(1, "收入情况") + Numbered(1, "支出情况") + Numbered(2, "基本支出")
                   + Numbered(2, "项目支出") + Numbered(0, "其他事项") + Numbered(1, "说明");
        var doc = Read(TestFiles.Docx(body, new Dictionary<string, string> { ["word/numbering.xml"] = Numbering },
            """<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>"""));
        Assert.Equal(["一、部门概况", "（一）收入情况", "（二）支出情况", "1.基本支出", "2.项目支出", "二、其他事项", "（一）说明"], Paragraphs(doc));
        Assert.Equal(7, doc.LineCount);
    }

    [Fact]
    public void Read_TrackedChangesFieldsAndHiddenText_ReadAsAccepted()
    {
        const string body = """
            <w:p><w:r><w:t>支出</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>1000</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>1200</w:t></w:r></w:ins><w:r><w:t>万元</w:t></w:r></w:p>
            <w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p>
            <w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>可见</w:t></w:r></w:p>
            <w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:del w:id="4" w:author="a"><w:r><w:delText>删掉的段落</w:delText></w:r></w:del></w:p>
            <w:p><w:r><w:t>末段</w:t></w:r></w:p>
            """;
        var doc = Read(TestFiles.Docx(body));
        Assert.Equal(["支出1200万元", "第3页9", "可见", "末段"], Paragraphs(doc));
        Assert.Contains("tracked changes read as accepted", doc.Notes);
    }

    [Fact]
    public void Read_TextBoxInDrawing_ReadOnceAfterItsParagraph()
    {
        const string body = """
            <w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框110万元</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框110万元</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
            <w:p><w:r><w:t>后文</w:t></w:r></w:p>
            """;
        Assert.Equal(["正文", "文本框110万元", "后文"], Paragraphs(Read(TestFiles.Docx(body))));
    }

    [Fact]
    public void Read_HeadersFootersFootnotes_KeptOutOfTheBody()
    {
        var parts = new Dictionary<string, string>
        {
            ["word/footer1.xml"] = $"<w:ftr xmlns:w=\"{TestFiles.W}\">{TestFiles.P("页脚999万元")}</w:ftr>",
            ["word/footnotes.xml"] = $"<w:footnotes xmlns:w=\"{TestFiles.W}\"><w:footnote w:id=\"1\">{TestFiles.P("脚注888万元")}</w:footnote></w:footnotes>",
        };
        const string rels = """
            <Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
            <Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
            """;
        var body = "<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p><w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdF\"/></w:sectPr>";
        var doc = Read(TestFiles.Docx(body, parts, rels));
        Assert.Equal(["正文"], Paragraphs(doc));
    }

    [Fact]
    public void Read_MergedAndNestedCells_EachValueOnce()
    {
        static string Tc(string text, string props = "") => $"<w:tc><w:tcPr>{props}</w:tcPr>{TestFiles.P(text)}</w:tc>";
        var nested = "<w:tbl><w:tr>" + Tc("内表") + Tc("7") + "</w:tr></w:tbl>";
        var body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                   + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + Tc("项目", "<w:vMerge w:val=\"restart\"/>") + Tc("金额（万元）", "<w:gridSpan w:val=\"2\"/>") + "</w:tr>"
                   + "<w:tr>" + Tc("", "<w:vMerge/>") + Tc("预算") + Tc("决算") + "</w:tr>"
                   + "<w:tr>" + Tc("合计") + Tc("10") + "<w:tc><w:tcPr/>" + TestFiles.P("12") + nested + "</w:tc></w:tr>"
                   + "</w:tbl>";
        var doc = Read(TestFiles.Docx(body));
        var tables = doc.Blocks.OfType<TableBlock>().ToList();
        Assert.Equal(2, tables.Count);
        var outer = tables[0];
        Assert.Equal(3, outer.Rows.Count);
        Assert.True(outer.Rows[0].IsHeader);
        var head = outer.Rows[0].Cells;
        Assert.Equal(2, head[0].RowSpan);
        Assert.Equal(2, head[1].ColumnSpan);
        Assert.Equal(["预算", "决算"], outer.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(1, outer.Rows[1].Cells[0].Column);
        Assert.Equal("合计\t10\t12", outer.Rows[2].LineText);
        Assert.Equal("内表\t7", tables[1].Rows[0].LineText);
        Assert.Equal([1, 2, 3, 4], doc.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).Select(r => r.Line));
    }

    [Fact]
    public void Read_ExternalRelationships_NotFetchedDocumentRead()
    {
        const string rels = """
            <Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.invalid/x" TargetMode="External"/>
            <Relationship Id="rIdI" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/>
            <Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="\\server\share\t.dotm" TargetMode="External"/>
            """;
        var body = "<w:p><w:hyperlink r:id=\"rIdH\"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:r><w:t>正文</w:t></w:r></w:p>";
        Assert.Equal(["链接正文"], Paragraphs(Read(TestFiles.Docx(body, documentRels: rels))));
    }

    [Fact]
    public void Read_Dtd_RejectedWithReason()
    {
        var xml = $"""<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="{TestFiles.W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>""";
        var e = Assert.Throws<DocumentReadException>(() => Read(TestFiles.Docx("", documentXml: xml)));
        Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBomb_RejectedBeforeParsing()
    {
        // 4 MB of one repeated paragraph compresses to a few KB; the limit is 1 MB.
        var body = string.Concat(Enumerable.Repeat(TestFiles.P("重复"), 4 * 1024 * 1024 / 60));
        var bytes = TestFiles.Docx(body);
        Assert.True(bytes.Length < 200_000);
        var e = Assert.Throws<DocumentReadException>(() => Read(bytes, new ReaderLimits(1024 * 1024, 100)));
        Assert.Contains("zip bomb", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LyingSizeHeaders_StillStoppedByCountingLimit()
    {
        // The declared uncompressed size says 10 bytes; the data inflates to 2 MB.
        var bytes = TestFiles.Docx(string.Concat(Enumerable.Repeat(TestFiles.P("重复"), 2 * 1024 * 1024 / 60)));
        var patched = PatchDeclaredSizes(bytes, "word/document.xml", 10);
        var e = Assert.Throws<DocumentReadException>(() => Read(patched, new ReaderLimits(1024 * 1024, 100)));
        Assert.True(e.Message.Contains("zip bomb", StringComparison.Ordinal) || e.Message.Contains("damaged", StringComparison.Ordinal), e.Message);
    }

    [Theory]
    [InlineData("not a zip", "not a zip package")]
    [InlineData("corrupt", "damaged")]
    [InlineData("truncated", "damaged")]
    [InlineData("ole", "password-protected")]
    [InlineData("empty", "empty file")]
    public void Read_BrokenContainer_DocumentReadExceptionWithReason(string kind, string reason)
    {
        var good = File.ReadAllBytes(RepoPaths.Of("seeds/renditions/seed.docx"));
        var bytes = kind switch
        {
            "not a zip" => Encoding.UTF8.GetBytes("这不是Word文件"),
            "corrupt" => [.. good.Take(30), .. Enumerable.Repeat((byte)0x5A, 4000)],
            "truncated" => good.Take(good.Length / 2).ToArray(),
            "ole" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]],
            _ => [],
        };
        var e = Assert.Throws<DocumentReadException>(() => Read(bytes));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var bytes = File.ReadAllBytes(RepoPaths.Of("seeds/renditions/seed.docx"));
        Assert.ThrowsAny<OperationCanceledException>(() => Read(bytes, token: cts.Token));
    }

    /// <summary>Rewrites the uncompressed-size fields of one entry in the local header and the central directory.</summary>
    private static byte[] PatchDeclaredSizes(byte[] zip, string name, uint size)
    {
        var result = (byte[])zip.Clone();
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < result.Length; i++)
        {
            if (result[i] == 0x50 && result[i + 1] == 0x4B && result[i + 2] == 3 && result[i + 3] == 4
                && result.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BitConverter.TryWriteBytes(result.AsSpan(i + 22, 4), size);
            }
            else if (result[i] == 0x50 && result[i + 1] == 0x4B && result[i + 2] == 1 && result[i + 3] == 2
                     && i + 46 + nameBytes.Length <= result.Length && result.AsSpan(i + 46, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BitConverter.TryWriteBytes(result.AsSpan(i + 24, 4), size);
            }
        }

        _ = ZipArchiveMode.Read;
        return result;
    }
}
