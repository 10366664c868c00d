namespace ReportMiner.Extraction;

/// <summary>Sentence and clause boundaries of Chinese report text, in one place.</summary>
internal static class TextSpans
{
    /// <summary>
    /// Characters that end a sentence. The semicolon does not: in reports it separates the items of one list
    /// (其中：因公出国（境）费0万元；公务用车购置及运行费12.80万元；…), which must stay together.
    /// </summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?';

    /// <summary>Characters that end a clause within a sentence.</summary>
    public static bool IsClauseEnd(char c) => IsSentenceEnd(c) || c is '，' or ',' or '：' or ':' or '、' or '；' or ';';

    /// <summary>
    /// True when the character at <paramref name="i"/> ends a clause: as <see cref="IsClauseEnd(char)"/>, except the
    /// comma that groups the digits of a number (333,468万元).
    /// </summary>
    public static bool IsClauseEnd(string text, int i) =>
        IsClauseEnd(text[i]) && !(text[i] == ',' && i > 0 && i + 1 < text.Length
                                  && NumberText.IsArabicDigit(text[i - 1]) && NumberText.IsArabicDigit(text[i + 1]));

    /// <summary>The sentences of a paragraph as (start, end) offsets; the end excludes the terminator.</summary>
    public static List<(int Start, int End)> Sentences(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSentenceEnd(text[i]))
            {
                sentences.Add((start, i));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            sentences.Add((start, text.Length));
        }

        if (sentences.Count == 0)
        {
            sentences.Add((0, text.Length));
        }

        return sentences;
    }

    /// <summary>Skips list markers at <paramref name="i"/>: 1、 2. （一） (4) ① 一是 二、 and spaces. Returns the new offset.</summary>
    public static int SkipListMarker(string text, int i, int end)
    {
        i = SkipSpaces(text, i, end);
        var start = i;
        if (i < end && text[i] is >= '①' and <= '⑳')
        {
            return SkipSpaces(text, i + 1, end);
        }

        if (i < end && text[i] is '（' or '(')
        {
            var close = text.IndexOfAny(['）', ')'], i);
            if (close > i && close - i <= 4 && close < end && IsMarkerBody(text.AsSpan(i + 1, close - i - 1)))
            {
                return SkipSpaces(text, close + 1, end);
            }

            return start;
        }

        var j = i;
        while (j < end && j - i < 3 && (NumberText.IsArabicDigit(text[j]) || NumberText.IsChineseNumeral(text[j])))
        {
            j++;
        }

        if (j > i && j < end)
        {
            if (text[j] is '、' or '．')
            {
                return SkipSpaces(text, j + 1, end);
            }

            if (text[j] == '.' && (j + 1 >= end || !NumberText.IsArabicDigit(text[j + 1])))
            {
                return SkipSpaces(text, j + 1, end);
            }

            if (text[j] == '是' && NumberText.IsChineseNumeral(text[i]))
            {
                return SkipSpaces(text, j + 1, end);
            }
        }

        return start;
    }

    private static bool IsMarkerBody(ReadOnlySpan<char> body)
    {
        if (body.IsEmpty)
        {
            return false;
        }

        foreach (var c in body)
        {
            if (!NumberText.IsArabicDigit(c) && !NumberText.IsChineseNumeral(c))
            {
                return false;
            }
        }

        return true;
    }

    public static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && (char.IsWhiteSpace(text[i]) || text[i] == '\u3000'))
        {
            i++;
        }

        return i;
    }

    public static bool StartsWith(string text, int at, string word) =>
        at >= 0 && at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

    public static bool EndsWith(string text, int end, string word) => StartsWith(text, end - word.Length, word);
}
