using System.Runtime.InteropServices;
using System.Text;

namespace ReportMiner.Ingestion.Pdf;

/// <summary>One drawn character, in page coordinates (PDF y grows upwards).</summary>
internal readonly record struct Glyph(string Value, double X0, double X1, double Baseline, double Size)
{
    public double MidX => (X0 + X1) / 2;

    /// <summary>A point inside the glyph's body: a third of the size above the baseline.</summary>
    public double MidY => Baseline + Size * 0.3;

    public bool IsSpace => string.IsNullOrWhiteSpace(Value);
}

/// <summary>A run of a line set apart from the rest of the line by a wide gap (a table column, a right-aligned date).</summary>
internal sealed record Segment(string Text, double X0, double X1);

/// <summary>
/// A word of a line: characters with no gap of <see cref="LineBuilder.WordGapEm"/> or more between them (a tab stop, a
/// cell's padding), no space and no switch from CJK text to a digit. <see cref="Start"/> and <see cref="End"/> index
/// the line's text.
/// </summary>
internal readonly record struct Word(int Start, int End, double X0, double X1);

/// <summary>A visual text line: its text, where it sits, its words and its wide-gap segments.</summary>
internal sealed class TextLine
{
    public required string Text { get; init; }
    public required double X0 { get; init; }
    public required double X1 { get; init; }
    public required double Baseline { get; init; }
    public required double Size { get; init; }
    public required IReadOnlyList<Segment> Segments { get; init; }
    public required IReadOnlyList<Word> Words { get; init; }

    public double Top => Baseline + Size * 0.85;
}

/// <summary>
/// Turns glyphs into lines in reading order. Lines are found by baseline, not by content-stream order, so a footer
/// drawn in the middle of the stream stays at the bottom; glyphs of a line are ordered by x. Spaces come from the
/// gaps, never between two CJK characters (Chinese has no word spaces, and the gap at a CJK–digit font change is not
/// a space either); a gap wider than <see cref="SegmentGapEm"/> ems splits the line into segments (table columns).
/// </summary>
internal static class LineBuilder
{
    /// <summary>A gap of this many ems or more separates columns, not words.</summary>
    public const double SegmentGapEm = 1.6;

    /// <summary>
    /// A gap of this many ems or more ends a word. Inside a number or a run of CJK text glyphs touch; a tab to the next
    /// tab stop or the padding between two narrow spreadsheet cells leaves half an em or less, so this is the gap at
    /// which column alignment can split what the segment gap keeps together (苍溪县 | 52,860).
    /// </summary>
    public const double WordGapEm = 0.3;

    public static List<TextLine> Build(List<Glyph> glyphs)
    {
        var lines = new List<TextLine>();
        if (glyphs.Count == 0)
        {
            return lines;
        }

        SortIfNeeded(glyphs, byLine: true);
        var current = new List<Glyph>();
        double baseline = 0, size = 0;
        foreach (var g in glyphs)
        {
            if (current.Count > 0 && Math.Abs(g.Baseline - baseline) > 0.35 * Math.Max(Math.Max(size, g.Size), 1))
            {
                AddLines(lines, current);
                current.Clear();
            }

            if (current.Count == 0)
            {
                baseline = g.Baseline;
                size = g.Size;
            }
            else if (!g.IsSpace)
            {
                size = Math.Max(size, g.Size);
            }

            current.Add(g);
        }

        if (current.Count > 0)
        {
            AddLines(lines, current);
        }

        lines.RemoveAll(l => l.Text.Length == 0);
        return lines;
    }

    /// <summary>
    /// The glyphs of one baseline band as a line, or as two when they are two lines drawn over each other: a label
    /// wrapped in a spreadsheet cell too low for it runs into the next row's (险缴费支出 over 机关事业单位职业年金缴, a point
    /// apart). Glyphs of one line never cover each other; a glyph drawn twice in place (fake bold) is one.
    /// </summary>
    private static void AddLines(List<TextLine> lines, List<Glyph> glyphs)
    {
        SortIfNeeded(glyphs, byLine: false);
        if (glyphs.Count < 4 || !Overlapping(glyphs))
        {
            lines.Add(Compose(glyphs));
            return;
        }

        // Split at the widest gap between baselines, top line first.
        var byBaseline = glyphs.OrderByDescending(g => g.Baseline).ToList();
        var cut = 0;
        var widest = 0.0;
        for (var i = 1; i < byBaseline.Count; i++)
        {
            var gap = byBaseline[i - 1].Baseline - byBaseline[i].Baseline;
            if (gap > widest)
            {
                (widest, cut) = (gap, i);
            }
        }

        if (widest < 0.05 * Math.Max(byBaseline.Max(g => g.Size), 1))
        {
            lines.Add(Compose(glyphs));
            return;
        }

        AddLines(lines, byBaseline.GetRange(0, cut));
        AddLines(lines, byBaseline.GetRange(cut, byBaseline.Count - cut));
    }

    /// <summary>Whether two visible glyphs cover more than half of the narrower one's width, other than one glyph drawn twice.</summary>
    private static bool Overlapping(List<Glyph> byX)
    {
        var covered = 0;
        Glyph? previous = null;
        foreach (var b in CollectionsMarshal.AsSpan(byX))
        {
            if (b.IsSpace)
            {
                continue;
            }

            if (previous is not { } a)
            {
                previous = b;
                continue;
            }

            previous = b;
            var overlap = Math.Min(a.X1, b.X1) - b.X0;
            var narrower = Math.Min(a.X1 - a.X0, b.X1 - b.X0);
            if (narrower > 0 && overlap > 0.5 * narrower && !(a.Value == b.Value && Math.Abs(a.X0 - b.X0) < 0.2 * narrower))
            {
                covered++;
            }
        }

        // One pair may be a kerning quirk; a run of them is two lines.
        return covered >= 2;
    }

    private static TextLine Compose(List<Glyph> glyphs)
    {
        SortIfNeeded(glyphs, byLine: false);
        var segments = new List<Segment>();
        var words = new List<Word>();
        var wordStart = 0;
        double wordX0 = 0, wordX1 = 0;
        var sb = new StringBuilder();
        var segment = new StringBuilder();
        double segX0 = 0, segX1 = 0;
        Glyph? previous = null;
        var pendingSpace = false;
        double sizeSum = 0, baselineSum = 0, x0 = double.MaxValue, x1 = double.MinValue;
        var sizeCount = 0;
        foreach (var g in glyphs)
        {
            if (g.IsSpace)
            {
                pendingSpace = previous is not null;
                continue;
            }

            sizeSum += g.Size;
            baselineSum += g.Baseline;
            sizeCount++;
            x0 = Math.Min(x0, g.X0);
            x1 = Math.Max(x1, g.X1);
            if (previous is { } p)
            {
                var em = Math.Max(Math.Max(p.Size, g.Size), 1);
                // Fake bold: the same glyph drawn again a hair to the right.
                if (p.Value == g.Value && Math.Abs(g.X0 - p.X0) < 0.15 * em)
                {
                    continue;
                }

                var gap = g.X0 - p.X1;
                // A value typed right after its label (收入3,862.47: a tab that reached the next stop at once) starts
                // a word too, whatever the gap: CJK text then a digit.
                var beforeCode = EndsValueBeforeCode(g.Value, gap, em, sb, wordStart);
                if (gap >= WordGapEm * em || (pendingSpace && gap > 0.1 * em) || (IsWide(p.Value[^1]) && char.IsAsciiDigit(g.Value[0]))
                    || EndsValueBeforeLabel(p.Value, g.Value, gap, em, sb, wordStart) || beforeCode)
                {
                    words.Add(new Word(wordStart, sb.Length, wordX0, wordX1));
                    wordStart = -1;
                }

                if (gap >= SegmentGapEm * em)
                {
                    segments.Add(new Segment(segment.ToString(), segX0, segX1));
                    segment.Clear();
                    sb.Append(' ');
                    segX0 = g.X0;
                }
                else if (beforeCode || NeedsSpace(p.Value, g.Value, gap, em, pendingSpace))
                {
                    // Two numbers of neighbouring cells (718.85 | 302) are two numbers in the text too.
                    sb.Append(' ');
                    segment.Append(' ');
                }
            }
            else
            {
                segX0 = g.X0;
            }

            if (wordStart < 0 || previous is null)
            {
                wordStart = sb.Length;
                wordX0 = g.X0;
                wordX1 = g.X1;
            }

            sb.Append(g.Value);
            segment.Append(g.Value);
            segX1 = Math.Max(segX1, g.X1);
            wordX1 = Math.Max(wordX1, g.X1);
            previous = g;
            pendingSpace = false;
        }

        if (segment.Length > 0)
        {
            segments.Add(new Segment(segment.ToString(), segX0, segX1));
            words.Add(new Word(wordStart, sb.Length, wordX0, wordX1));
        }

        return new TextLine
        {
            Text = sb.ToString(),
            X0 = sizeCount > 0 ? x0 : 0,
            X1 = sizeCount > 0 ? x1 : 0,
            Baseline = sizeCount > 0 ? baselineSum / sizeCount : 0,
            Size = sizeCount > 0 ? sizeSum / sizeCount : 0,
            Segments = segments,
            Words = words,
        };
    }

    /// <summary>
    /// Sorts top down, then left to right (or only left to right), unless already in order: content streams mostly draw
    /// text in reading order, and the check is one pass. The sort itself is on primitive keys, not a comparer over
    /// glyphs: a profile of a 65-page Word-style PDF had a tenth of the reader's time in comparer sorts. Glyphs that tie
    /// (same baseline and start) are one glyph drawn twice or overprinted; their order does not change the line.
    /// </summary>
    private static void SortIfNeeded(List<Glyph> glyphs, bool byLine)
    {
        var span = CollectionsMarshal.AsSpan(glyphs);
        var sorted = true;
        for (var i = 1; i < span.Length && sorted; i++)
        {
            var (a, b) = (span[i - 1], span[i]);
            sorted = byLine && a.Baseline != b.Baseline ? a.Baseline > b.Baseline : a.X0 <= b.X0;
        }

        if (sorted)
        {
            return;
        }

        var keys = new double[span.Length];
        var order = new int[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            keys[i] = byLine ? -span[i].Baseline : span[i].X0;
            order[i] = i;
        }

        Array.Sort(keys, order);
        if (byLine)
        {
            // Then each run of one baseline by x.
            for (var start = 0; start < keys.Length;)
            {
                var end = start + 1;
                while (end < keys.Length && keys[end] == keys[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    for (var i = start; i < end; i++)
                    {
                        keys[i] = span[order[i]].X0;
                    }

                    Array.Sort(keys, order, start, end - start);
                }

                start = end;
            }
        }

        var copy = span.ToArray();
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = copy[order[i]];
        }
    }

    private static bool NeedsSpace(string before, string after, double gap, double em, bool explicitSpace)
    {
        var b = before[^1];
        var a = after[0];
        if (IsWide(b) || IsWide(a))
        {
            // Only a gap of a full character or more between CJK text is a real space (a deliberate blank).
            return gap > 0.9 * em;
        }

        return explicitSpace ? gap > 0.1 * em : gap > 0.25 * em;
    }

    /// <summary>CJK ideographs, CJK punctuation and full-width forms: characters written without spaces between them.</summary>
    /// <summary>
    /// A value then, after a gap, the next cell's label (2,508.23 一、一般公共服务支出 in a spreadsheet printed without
    /// borders, the number's cell padded by less than a space): the label starts a word. A unit or classifier right
    /// after a number (2,508.23万元, 14辆) is the number's own.
    /// </summary>
    /// <param name="word">The line so far, the current word from <paramref name="wordStart"/> on: a number with a decimal
    /// point or thousands separator is an amount, so 年/月/日 after it date nothing (2023年 is a year).</param>
    private static bool EndsValueBeforeLabel(string before, string after, double gap, double em, StringBuilder word, int wordStart)
    {
        if (before.Length == 0 || after.Length == 0 || !(char.IsAsciiDigit(before[^1]) || before[^1] is '-' or '—' or '－') || !IsWide(after[0]))
        {
            return false;
        }

        if ("一二三四五六七八九十".Contains(after[0]))
        {
            return true;
        }

        // A code (2050202 小学教育) or a year keeps its gap: only an amount, written with a decimal point or thousands
        // separator, or a dash for none, ends a cell here. After an amount only a money unit is its own (1,234.56万元);
        // a classifier (支, 个) or a date word after it is the next cell's (54,930,539.00支出总计).
        if (wordStart < 0)
        {
            return false;
        }

        if (IsDashWord(word, wordStart))
        {
            return gap > 0.1 * em && UnitStarts.IndexOf(after[0]) < 0;
        }

        var amount = false;
        for (var i = wordStart; i < word.Length && !amount; i++)
        {
            amount = word[i] is '.' or ',';
        }

        if (!amount || MoneyUnits.IndexOf(after[0]) >= 0)
        {
            return false;
        }

        // Complete with its two decimals, the amount ends here touching or not; otherwise at a visible gap.
        return EndsWithCents(word, wordStart) || gap > 0.03 * em;
    }

    /// <summary>The current word (from <paramref name="wordStart"/>) is a lone dash, a table's "none".</summary>
    private static bool IsDashWord(StringBuilder word, int wordStart) =>
        word.Length - wordStart == 1 && word[wordStart] is '-' or '—' or '－';

    /// <summary>The current word ends with a decimal point and two digits: an amount complete with its cents.</summary>
    private static bool EndsWithCents(StringBuilder word, int wordStart) =>
        word.Length - wordStart >= 4 && word[^3] == '.' && char.IsAsciiDigit(word[^2]) && char.IsAsciiDigit(word[^1]);

    private const string MoneyUnits = "万亿千百元角分％%‰";

    /// <summary>
    /// An amount complete with its two decimals, or a dash for none, then after a gap a digit: the next group's code in
    /// a table printed in side-by-side groups without borders (7,690,892.29 302 商品和服务支出, - 30205 水费).
    /// </summary>
    private static bool EndsValueBeforeCode(string after, double gap, double em, StringBuilder word, int wordStart)
    {
        return gap > 0.1 * em && after.Length > 0 && char.IsAsciiDigit(after[0]) && wordStart >= 0 && word.Length > wordStart
               && (IsDashWord(word, wordStart) || EndsWithCents(word, wordStart));
    }

    private const string UnitStarts = "万亿千百元角分％‰个人名户家份次项间支期天篇处辆台件套所座张公吨亩米年月日号倍岁余多";

    public static bool IsWide(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' or >= '\u3000' and <= '\u303F'
        || c is '“' or '”' or '‘' or '’' or '—' or '…' or '·';

    /// <summary>
    /// Joins two pieces of a wrapped line: no space (1690. and 95千元 are one figure again), except between two Latin
    /// words, and between an amount with its cents and a number (281.32 | 30101: a row of a sheet and the next row's code).
    /// </summary>
    public static string JoinWrapped(string before, string after) =>
        before.Length > 0 && after.Length > 0 && (char.IsAsciiLetter(before[^1]) && char.IsAsciiLetter(after[0]) || char.IsAsciiDigit(after[0]) && EndsWithCents(before))
            ? before + " " + after
            : before + after;

    private static bool EndsWithCents(string text) =>
        text.Length >= 4 && char.IsAsciiDigit(text[^1]) && char.IsAsciiDigit(text[^2]) && text[^3] == '.' && char.IsAsciiDigit(text[^4]);
}
