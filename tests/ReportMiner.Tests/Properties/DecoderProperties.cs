using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportMiner.Ingestion;

namespace ReportMiner.Tests.Properties;

public sealed class DecoderProperties
{
    private static readonly byte[][] Prefixes =
    [
        [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x81, 0x30], [0xE6, 0x94], [0x00, 0x41],
    ];

    /// <summary>Arbitrary bytes, often after a BOM or the start of a multi-byte sequence.</summary>
    private static Arbitrary<byte[]> Bytes() =>
        Gen.Zip(Gen.Elements(Prefixes), ArbMap.Default.GeneratorFor<byte[]>())
            .Select(p => (byte[])[.. p.Item1, .. p.Item2])
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Decode_ArbitraryBytes_NeverThrowsAndReplacementsCounted() =>
        Prop.ForAll(Bytes(), bytes =>
        {
            var decoded = TextDecoder.Decode(bytes);
            return decoded.Text is not null
                && decoded.ReplacedCount >= 0
                && decoded.ReplacedCount <= decoded.Text.Count(c => c == '\uFFFD')
                && (decoded.ReplacedCount == 0 || decoded.Note is not null);
        });

    [Property(MaxTest = 300)]
    public Property Read_ArbitraryBytes_DocumentOrDocumentReadException() =>
        Prop.ForAll(Bytes(), bytes =>
        {
            try
            {
                var document = new TextDocumentReader().Read("x.txt", bytes, ReaderLimits.Default, CancellationToken.None);
                return document.LineCount == document.Blocks.Count;
            }
            catch (DocumentReadException e)
            {
                return e.Message.Length > 0;
            }
        });

    [Property(MaxTest = 200)]
    public Property Decode_ArbitraryString_Utf8RoundTrips() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null && !s.StartsWith('\uFEFF')), text =>
        {
            var valid = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));
            return TextDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(valid)).Text == valid;
        });
}
