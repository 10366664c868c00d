namespace ReportMiner.Segmentation.Internal;

/// <summary>
/// jieba's <c>cut(text, HMM=False)</c>, used only by suggest_freq while user words are added, so it
/// favours plain code over speed: it asks <see cref="Lexicon.Freq"/> (jieba's FREQ dict) for every
/// fragment and recomputes the logs, exactly as python does.
/// </summary>
internal static class NoHmmCutter
{
    public static List<string> Cut(Lexicon lexicon, string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (CharClass.IsBlock(text[i]))
            {
                var j = i + 1;
                while (j < text.Length && CharClass.IsBlock(text[j]))
                {
                    j++;
                }

                CutBlock(lexicon, text[i..j], tokens);
                i = j;
            }
            else
            {
                var c = text[i];
                var len = (c == '\r' || char.IsHighSurrogate(c)) && i + 1 < text.Length
                    && (c == '\r' ? text[i + 1] == '\n' : char.IsLowSurrogate(text[i + 1])) ? 2 : 1;
                tokens.Add(text.Substring(i, len));
                i += len;
            }
        }

        return tokens;
    }

    private static void CutBlock(Lexicon lexicon, string s, List<string> tokens)
    {
        var n = s.Length;
        var logTotal = Math.Log(lexicon.Total);
        var prob = new double[n + 1];
        var end = new int[n + 1];
        for (var k = n - 1; k >= 0; k--)
        {
            var edges = new List<int>();
            var i = k;
            while (i < n && lexicon.Freq(s[k..(i + 1)]) is { } f)
            {
                if (f > 0)
                {
                    edges.Add(i);
                }

                i++;
            }

            if (edges.Count == 0)
            {
                edges.Add(k);
            }

            var best = double.NegativeInfinity;
            var bestX = -1;
            foreach (var x in edges)
            {
                var f = lexicon.Freq(s[k..(x + 1)]) ?? 0;
                var p = (Math.Log(f == 0 ? 1 : f) - logTotal) + prob[x + 1];
                if (p > best || (p == best && x > bestX))
                {
                    best = p;
                    bestX = x;
                }
            }

            prob[k] = best;
            end[k] = bestX + 1;
        }

        // Consecutive single ASCII letters/digits are glued back together (re_eng).
        var x0 = 0;
        var buf = -1;
        while (x0 < n)
        {
            var y = end[x0];
            if (y - x0 == 1 && CharClass.IsAsciiAlnum(s[x0]))
            {
                if (buf < 0)
                {
                    buf = x0;
                }
            }
            else
            {
                if (buf >= 0)
                {
                    tokens.Add(s[buf..x0]);
                    buf = -1;
                }

                tokens.Add(s[x0..y]);
            }

            x0 = y;
        }

        if (buf >= 0)
        {
            tokens.Add(s[buf..n]);
        }
    }
}
