using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportMiner.Ingestion.Pdf;
using ReportMiner.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Logging;
using UglyToad.PdfPig.Parser;

namespace ReportMiner.Tests.Ingestion;

/// <summary>
/// The fast content-stream parser must give exactly PdfPig's operations, or decline and let PdfPig parse: a
/// difference would change letters, positions and so figures without any error to show for it.
/// </summary>
public sealed class ContentStreamParserTests
{
    private static readonly PageContentParser PdfPigParser = new(ReflectionGraphicsStateOperationFactory.Instance, StackDepthGuard.Infinite, useLenientParsing: true);

    private static readonly Lazy<IReadOnlyList<byte[]>> RepositoryStreams = new(LoadStreams);

    private static IReadOnlyList<byte[]> LoadStreams()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Of("seeds/renditions"), "*.pdf")
            .Concat(Directory.EnumerateFiles(RepoPaths.Corpus, "*.pdf", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        var streams = new List<byte[]>();
        foreach (var file in files)
        {
            using var document = PdfDocument.Open(File.ReadAllBytes(file), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            Assert.True(ContentStreamParser.Replace(document, inner => new Capture(inner, streams)), $"could not reach the page parser of {file}");
            for (var page = 1; page <= document.NumberOfPages; page++)
            {
                document.GetPage(page);
            }
        }

        return streams;
    }

    private static string Serialise(IReadOnlyList<IGraphicsStateOperation> operations)
    {
        using var stream = new MemoryStream();
        foreach (var operation in operations)
        {
            stream.Write(Encoding.ASCII.GetBytes("|" + operation.GetType().Name + ":"));
            operation.Write(stream);
        }

        return Encoding.Latin1.GetString(stream.ToArray());
    }

    private static string PdfPig(byte[] content) => Serialise(PdfPigParser.Parse(1, new MemoryInputBytes(content), new NoLog()));

    private static byte[] Ascii(string content) => Encoding.Latin1.GetBytes(content);

    [Fact]
    public void TryParse_EveryPageOfTheRepositoryPdfs_SameOperationsAsPdfPig()
    {
        var streams = RepositoryStreams.Value;
        Assert.True(streams.Count >= 20, $"only {streams.Count} content streams found");
        foreach (var content in streams)
        {
            var ours = ContentStreamParser.TryParse(content);
            Assert.NotNull(ours); // real Word/LibreOffice output is read without falling back
            Assert.Equal(PdfPig(content), Serialise(ours));
        }
    }

    [Theory]
    [InlineData("BT /F1 12 Tf 1 0 0 1 72.5 -.25 Tm (plain) Tj ET")]
    [InlineData("BT (a\\(b\\)c\\\\d) Tj (\\101\\0611\\7x) Tj (nested (parens) kept) Tj ET")]
    [InlineData("BT (joined \\\r\n\nline) Tj (\\n\\r\\t\\b\\f\\q) Tj ET")]
    [InlineData("BT [(x) -250 (y) 33.5 <48 65 6C6c 6f7>] TJ <FEFF0041> Tj ET")]
    [InlineData("/P <</MCID 3 /Lang (zh-CN) /Alt [1 2] /On true /Off null>> BDC q 0.5 0 0 RG 1 w 10 10 100 20 re S Q EMC")]
    [InlineData("% a comment\n--5 +3 0.0 -0 4. .5 Td 1.23456789 2 3 4 5 6 cm /Im1 Do")]
    [InlineData("1 0 0 1 0 0 cm \u0001\u0085 0 g 0 0 m 10 10 l 5 5 5 5 5 5 c h f*")]
    public void TryParse_HandWrittenStream_SameOperationsAsPdfPig(string content)
    {
        var bytes = Ascii(content);
        var ours = ContentStreamParser.TryParse(bytes);
        Assert.NotNull(ours);
        Assert.Equal(PdfPig(bytes), Serialise(ours));
    }

    [Theory]
    [InlineData("q BI /W 1 /H 1 /BPC 8 /CS /G ID \u0000 EI Q")] // inline image
    [InlineData("BT /F#231 12 Tf ET")] // name escape
    [InlineData("1e3 0 Td")] // exponent
    [InlineData("BT (unterminated Tj ET")]
    [InlineData("0 0 m 1 1 lx S")] // an operator PdfPig does not know
    [InlineData("BT (\u00FE\u00FF\u0000A) Tj ET")] // UTF-16 with a byte order mark
    public void TryParse_WhatOnlyPdfPigReads_Declines(string content) =>
        Assert.Null(ContentStreamParser.TryParse(Ascii(content)));

    [Fact]
    public void Install_RepositoryPdf_ReachesThePageParser()
    {
        // Fails if a PdfPig upgrade moves the internals the parser is installed through (reading would still work,
        // only slower: this keeps that from going unnoticed).
        using var document = PdfDocument.Open(File.ReadAllBytes(RepoPaths.Of("seeds/renditions/seed.pdf")));
        Assert.True(ContentStreamParser.Install(document));
    }

    public enum Edit
    {
        Replace,
        Insert,
        Delete,
    }

    private static readonly byte[] Interesting = Ascii("()\\<>[]/%{}#0123456789.-+eE \n\rTjJdfmlcqBIE\u0001\u00ff\u00fe");

    private static Arbitrary<(int Stream, int Seed)> Mutations() =>
        Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, int.MaxValue)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property TryParse_MutatedRepositoryStream_SameOperationsAsPdfPigOrDeclines() =>
        Prop.ForAll(Mutations(), m =>
        {
            var streams = RepositoryStreams.Value;
            var random = new Random(m.Seed);
            var bytes = streams[m.Stream % streams.Count].ToList();
            for (var e = random.Next(1, 4); e > 0 && bytes.Count > 0; e--)
            {
                var at = random.Next(bytes.Count);
                var b = Interesting[random.Next(Interesting.Length)];
                switch ((Edit)random.Next(3))
                {
                    case Edit.Replace: bytes[at] = b; break;
                    case Edit.Insert: bytes.Insert(at, b); break;
                    default: bytes.RemoveAt(at); break;
                }
            }

            var content = bytes.ToArray();
            var ours = ContentStreamParser.TryParse(content);
            string theirs;
            try
            {
                theirs = PdfPig(content);
            }
            catch (Exception)
            {
                return ours is null; // PdfPig refuses it: so must we, and the reader reports PdfPig's error
            }

            return ours is null || Serialise(ours) == theirs;
        });

    private sealed class Capture(IPageContentParser inner, List<byte[]> streams) : IPageContentParser
    {
        public IReadOnlyList<IGraphicsStateOperation> Parse(int pageNumber, IInputBytes inputBytes, ILog log)
        {
            var origin = inputBytes.CurrentOffset;
            var bytes = new byte[inputBytes.Length - origin];
            inputBytes.Read(bytes);
            inputBytes.Seek(origin);
            streams.Add(bytes);
            return inner.Parse(pageNumber, inputBytes, log);
        }
    }

    private sealed class NoLog : ILog
    {
        public void Debug(string message) { }

        public void Debug(string message, Exception ex) { }

        public void Warn(string message) { }

        public void Error(string message) { }

        public void Error(string message, Exception ex) { }
    }
}
