using System.Text;
using ReportMiner.Ingestion;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Ingestion;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Utf8Seed => TextDecoder.Decode(File.ReadAllBytes(Repo.Seed)).Text;

    [Fact]
    public void Decode_Utf8Seed_Utf8WithoutNote()
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(Repo.Seed));

        Assert.Equal("UTF-8", decoded.EncodingName);
        Assert.Null(decoded.Note);
        Assert.Contains("沅江市总工会", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Gb18030Seed_SameTextAsUtf8Seed()
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(Repo.SeedGb18030));

        Assert.Equal("GB18030", decoded.EncodingName);
        Assert.Equal(0, decoded.ReplacedCount);
        Assert.Equal(Utf8Seed, decoded.Text);
    }

    [Fact]
    public void Decode_Utf16Seed_SameTextAsUtf8Seed()
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(Repo.SeedUtf16));

        Assert.StartsWith("UTF-16", decoded.EncodingName, StringComparison.Ordinal);
        Assert.Equal(0, decoded.ReplacedCount);
        Assert.Equal(Utf8Seed, decoded.Text);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("gb18030")]
    public void Decode_SeedReencoded_SameText(string encoding)
    {
        var text = Utf8Seed;
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.GetEncoding("GB18030").GetBytes(text),
        };

        Assert.Equal(text, TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Decode_InvalidUtf8Bytes_ReplacementCharactersAndNote()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("支出预算3018.95千元"), 0xFF, 0xC0, .. Encoding.UTF8.GetBytes("其中基本支出1900.95千元。")];

        var decoded = TextDecoder.Decode(bytes);

        Assert.True(decoded.ReplacedCount > 0);
        Assert.Contains('\uFFFD', decoded.Text);
        Assert.Contains("U+FFFD", decoded.Note, StringComparison.Ordinal);
        Assert.Contains("1900.95千元", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_OddLengthUtf16_NoteSaysTruncated()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("预算"), 0x41];

        var decoded = TextDecoder.Decode(bytes);

        Assert.StartsWith("预算", decoded.Text, StringComparison.Ordinal);
        Assert.Contains("odd number of bytes", decoded.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Empty_EmptyText()
    {
        Assert.Equal("", TextDecoder.Decode([]).Text);
    }

    [Theory]
    [InlineData("a\nb\nc", 3)]
    [InlineData("a\r\nb\r\nc\r\n", 3)]
    [InlineData("a\rb\rc", 3)]
    [InlineData("a\r\n\r\nb", 3)]
    [InlineData("a\n\rb", 3)]
    public void SplitLines_LfCrlfCr_SameLines(string text, int count)
    {
        var lines = TextDocumentReader.SplitLines(text);

        Assert.Equal(count, lines.Count);
        Assert.Equal("a", lines[0]);
        Assert.DoesNotContain(lines, l => l.Contains('\r') || l.Contains('\n'));
    }

    [Fact]
    public void Read_SeedWithCrlfAndCrLineEnds_SameLinesAsLf()
    {
        var text = Utf8Seed.Replace("\r\n", "\n", StringComparison.Ordinal);
        var reader = new TextDocumentReader();
        string[] Lines(string t) => reader.Read("x.txt", Encoding.UTF8.GetBytes(t), ReaderLimits.Default, default)
            .Blocks.Cast<ReportMiner.Documents.ParagraphBlock>().Select(b => b.Text).ToArray();

        var lf = Lines(text);

        Assert.Equal(lf, Lines(text.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.Equal(lf, Lines(text.Replace("\n", "\r", StringComparison.Ordinal)));
    }
}
