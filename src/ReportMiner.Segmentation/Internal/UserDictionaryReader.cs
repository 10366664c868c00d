using System.Globalization;

namespace ReportMiner.Segmentation.Internal;

/// <summary>
/// jieba's load_userdict line format: the stripped line must match
/// <c>^(.+?)( [0-9]+)?( [a-z]+)?$</c> — the shortest word after which the rest is an optional
/// " freq" and an optional " tag". So a word may contain spaces ("New York 10"), and a bare
/// trailing lower-case word is read as a tag, exactly as jieba reads it.
/// </summary>
internal static class UserDictionaryReader
{
    public static IEnumerable<(string Word, long? Freq)> Read(TextReader reader)
    {
        string? line;
        var first = true;
        while ((line = reader.ReadLine()) is not null)
        {
            // jieba strips ASCII whitespace from the raw bytes, then drops a leading BOM.
            line = line.Trim(" \t\r\n\v\f".ToCharArray());
            if (first)
            {
                line = line.TrimStart('\uFEFF');
                first = false;
            }

            if (line.Length == 0)
            {
                continue;
            }

            yield return ParseLine(line);
        }
    }

    internal static (string Word, long? Freq) ParseLine(string line)
    {
        // The lazy group takes at least one code point; try each split point from the left.
        for (var cut = 1; cut <= line.Length; cut++)
        {
            if (cut < line.Length && char.IsLowSurrogate(line[cut]) && char.IsHighSurrogate(line[cut - 1]))
            {
                continue;
            }

            if (TryRest(line.AsSpan(cut), out var freq))
            {
                return (line[..cut], freq);
            }
        }

        return (line, null); // unreachable: the whole line with an empty rest always matches
    }

    /// <summary>Does <paramref name="rest"/> match <c>( [0-9]+)?( [a-z]+)?$</c>?</summary>
    private static bool TryRest(ReadOnlySpan<char> rest, out long? freq)
    {
        freq = null;
        var i = 0;
        if (i + 1 < rest.Length && rest[i] == ' ' && char.IsAsciiDigit(rest[i + 1]))
        {
            var j = i + 1;
            while (j < rest.Length && char.IsAsciiDigit(rest[j]))
            {
                j++;
            }

            // Greedy digits, but the optional group may also be skipped if what follows fails.
            if (TryTag(rest[j..]))
            {
                freq = long.Parse(rest[(i + 1)..j], NumberStyles.None, CultureInfo.InvariantCulture);
                return true;
            }
        }

        return TryTag(rest);
    }

    private static bool TryTag(ReadOnlySpan<char> rest)
    {
        if (rest.Length == 0)
        {
            return true;
        }

        if (rest.Length < 2 || rest[0] != ' ')
        {
            return false;
        }

        foreach (var c in rest[1..])
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
