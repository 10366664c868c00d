using System.Text;
using System.Text.Unicode;

namespace ReportMiner.Ingestion;

/// <summary>The result of decoding a text file: the text, the encoding found, and a note when something was off.</summary>
public sealed record DecodedText(string Text, string EncodingName, string? Note, int ReplacedCount);

/// <summary>
/// Decodes text files the way Chinese submissions arrive: UTF-8 (with or without BOM), UTF-16 with BOM
/// (or without, when the zero bytes make it plain), and GB18030/GBK when the bytes are not valid UTF-8.
/// The encoding is detected from the bytes, never guessed from the extension. Never throws on bad bytes:
/// they become U+FFFD and the note says how many.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding Gb18030Strict;
    private static readonly Encoding Gb18030Lenient;
    private static readonly Encoding Utf8Lenient = new UTF8Encoding(false, false);

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030Strict = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        Gb18030Lenient = Encoding.GetEncoding("GB18030", EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], "UTF-8 (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Utf16(bytes[2..], bigEndian: false, "UTF-16LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Utf16(bytes[2..], bigEndian: true, "UTF-16BE");
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "UTF-8", null, 0);
        }

        if (LooksLikeUtf16WithoutBom(bytes, out var bigEndian))
        {
            var decoded = Utf16(bytes, bigEndian, bigEndian ? "UTF-16BE" : "UTF-16LE");
            return decoded with { Note = Join($"decoded as {decoded.EncodingName} (no BOM)", decoded.Note) };
        }

        try
        {
            var text = Gb18030Strict.GetString(bytes);
            return new DecodedText(text, "GB18030", "decoded as GB18030", 0);
        }
        catch (DecoderFallbackException)
        {
            // Neither valid UTF-8 nor valid GB18030: keep whichever loses fewer characters.
        }

        var asUtf8 = Utf8Lenient.GetString(bytes);
        var asGb = Gb18030Lenient.GetString(bytes);
        var badUtf8 = CountReplacements(asUtf8);
        var badGb = CountReplacements(asGb);
        return badGb < badUtf8
            ? new DecodedText(asGb, "GB18030", $"decoded as GB18030 with {badGb} undecodable byte sequence(s) replaced by U+FFFD", badGb)
            : new DecodedText(asUtf8, "UTF-8", $"invalid UTF-8: {badUtf8} undecodable byte sequence(s) replaced by U+FFFD", badUtf8);
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), name, null, 0);
        }

        var text = Utf8Lenient.GetString(bytes);
        var bad = CountReplacements(text);
        return new DecodedText(text, name, $"invalid UTF-8: {bad} undecodable byte sequence(s) replaced by U+FFFD", bad);
    }

    private static DecodedText Utf16(ReadOnlySpan<byte> bytes, bool bigEndian, string name)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: false);
        var text = encoding.GetString(bytes);
        var bad = CountReplacements(text);
        var note = bad > 0 ? $"invalid {name}: {bad} undecodable unit(s) replaced by U+FFFD" : null;
        if (bytes.Length % 2 != 0)
        {
            note = Join(note, $"{name} text has an odd number of bytes (truncated file?)");
        }

        return new DecodedText(text, name, note, bad);
    }

    /// <summary>UTF-16 without BOM: at least 8 characters and most high (or low) bytes of ASCII-range units are zero.</summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 16 || bytes.Length % 2 != 0)
        {
            return false;
        }

        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            if (bytes[i] == 0)
            {
                zeroEven++;
            }

            if (bytes[i + 1] == 0)
            {
                zeroOdd++;
            }
        }

        var units = bytes.Length / 2;
        if (zeroOdd > units / 4 && zeroEven == 0)
        {
            return true;
        }

        if (zeroEven > units / 4 && zeroOdd == 0)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    private static int CountReplacements(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                count++;
            }
        }

        return count;
    }

    private static string? Join(string? a, string? b) =>
        a is null ? b : b is null ? a : a + "; " + b;
}
