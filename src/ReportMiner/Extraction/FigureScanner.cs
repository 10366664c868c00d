namespace ReportMiner.Extraction;

/// <summary>
/// A figure found in a line of text, before labels and relations: where it is, what it says, how it scales.
/// </summary>
/// <param name="Start">Offset of the figure's first character (a prefix qualifier such as 近 or 约 included).</param>
/// <param name="Length">Length of the figure's text.</param>
/// <param name="NumberStart">Offset of the number itself (after any prefix qualifier).</param>
/// <param name="Value">The number as written (its scale is the written precision); the low end of a range.</param>
/// <param name="Unit">The unit as written, magnitude included: 千元, 万元, 万人, %, 个百分点.</param>
/// <param name="Kind">Money, count, percent or points.</param>
/// <param name="Scale">Multiplier from <paramref name="Value"/> to base units (万元 → 10000).</param>
/// <param name="Approx">余, 多, 近, 约, 左右, 以上, 不足, 超过, a range.</param>
internal readonly record struct ScannedFigure(
    int Start,
    int Length,
    int NumberStart,
    decimal Value,
    string Unit,
    FigureKind Kind,
    decimal Scale,
    bool Approx)
{
    public int End => Start + Length;

    public decimal BaseValue => Value * Scale;
}

/// <summary>
/// A ratio written with ratio colons, 10.0∶38.7∶52.3 (also with : or ：): its terms as (start, length, value), in order.
/// </summary>
internal sealed record ScannedRatio(int Start, int Length, IReadOnlyList<(int Start, int Length, decimal Value)> Terms)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds the money, count, percentage and point figures in one line of text. A number is a figure only when a unit
/// follows it, which leaves out years, dates, document numbers, codes and phone numbers; ordinals (第六期), list
/// markers (2、105万元 is 105万元) and set phrases (三个贴近, 十九大) are ruled out explicitly.
/// </summary>
internal static class FigureScanner
{
    /// <summary>Prefix qualifiers written right before the number; they are part of the figure's text.</summary>
    private const string PrefixQualifiers = "近约逾";

    /// <summary>Qualifiers before a number that make it approximate but stay outside its text.</summary>
    private static readonly string[] LooseQualifiers =
    [
        "超过", "不足", "不到", "不少于", "不低于", "不超过", "不高于", "多达", "大约", "将近", "接近", "约为", "近于", "上百", "逾", "超", "突破",
        "≥", "≤", ">", "<", "＞", "＜", "≈",
    ];

    /// <summary>Suffix qualifiers after the unit, part of the figure's text.</summary>
    private static readonly string[] SuffixQualifiers = ["以上", "以下", "以内", "左右", "之多", "有余"];

    /// <summary>
    /// Chinese-numeral phrases that are names or slogans, not quantities (四个意识, 两个维护); quoted phrases are
    /// excluded separately.
    /// </summary>
    private static readonly string[] SetPhrases =
    [
        "个意识", "个自信", "个维护", "个确保", "个代表", "个全面", "个务必", "个必须", "个贴近", "个着力", "个年",
        "个委员会", "个坚持", "个一百年", "个服从", "个没有变", "个机制", "个责任", "个到位", "个清单", "个重大",
        "位一体", "家万户", "人一档", "个一批", "项制度", "个文明", "个同步", "个统筹", "个结合", "个转变", "个台阶",
    ];

    private static readonly string[] RangeSeparators = ["-", "－", "—", "~", "～", "至", "到", "−"];

    public static List<ScannedFigure> Scan(string text)
    {
        var output = new List<ScannedFigure>();
        Scan(text, output);
        return output;
    }

    public static void Scan(string text, List<ScannedFigure> output)
    {
        var quoteDepth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '“' or '《' or '「' or '『')
            {
                quoteDepth++;
                i++;
                continue;
            }

            if (c is '”' or '》' or '」' or '』')
            {
                quoteDepth = Math.Max(0, quoteDepth - 1);
                i++;
                continue;
            }

            if (NumberText.IsArabicDigit(c))
            {
                if (IsGluedToPreviousToken(text, i))
                {
                    i = SkipNumber(text, i);
                    continue;
                }

                var next = TryArabic(text, i, output);
                i = Math.Max(next, i + 1);
                continue;
            }

            if (NumberText.IsChineseNumeral(c) || c is '百' or '千')
            {
                var next = TryChinese(text, i, quoteDepth > 0, output);
                i = Math.Max(next, i + 1);
                continue;
            }

            i++;
        }
    }

    /// <summary>A digit right after a Latin letter, a digit or a point belongs to a code (GB18030, A4, v1.2).</summary>
    private static bool IsGluedToPreviousToken(string text, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var p = text[i - 1];
        return p is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_' or '/' or '\\' or '#' or '№'
               || NumberText.IsArabicDigit(p) || NumberText.IsDecimalPoint(p);
    }

    private static int SkipNumber(string text, int i)
    {
        while (i < text.Length && (NumberText.IsArabicDigit(text[i]) || NumberText.IsDecimalPoint(text[i]) || text[i] == ','))
        {
            i++;
        }

        return i;
    }

    /// <summary>Tries a figure whose number is Arabic, starting at <paramref name="start"/>; returns where to go on.</summary>
    private static int TryArabic(string text, int start, List<ScannedFigure> output)
    {
        var length = NumberText.ReadArabic(text, start, out var parsed);
        var end = start + length;
        if (parsed is not { } value)
        {
            return end;
        }

        // 百分之12.5
        if (start >= 3 && TextSpans.StartsWith(text, start - 3, "百分之"))
        {
            Add(output, text, start - 3, start, end, value, "%", FigureKind.Percent, 1m, approx: false, ordinalCheckAt: start - 3);
            return end;
        }

        // A minus sign written right before the number belongs to the figure (增长-8.4%).
        var figureStart = start;
        if (SignBefore(text, start) < 0)
        {
            value = -value;
            figureStart = start - 1;
        }

        // 3万4000: a magnitude followed by more digits is one number.
        var (factor, magLength, magText) = Units.MatchMagnitude(text, end);
        if (magLength > 0 && factor == 10_000m && end + magLength < text.Length && NumberText.IsArabicDigit(text[end + magLength])
            && !HasDecimals(value))
        {
            var restLength = NumberText.ReadArabic(text, end + magLength, out var rest);
            if (rest is { } r && r < 10_000m && restLength > 0)
            {
                value = value * 10_000m + r;
                end = end + magLength + restLength;
            }
        }

        return Complete(text, figureStart, start, end, value, output);
    }

    private static bool HasDecimals(decimal value) => value != decimal.Truncate(value);

    /// <summary>Tries a figure whose number is written in Chinese numerals.</summary>
    private static int TryChinese(string text, int start, bool quoted, List<ScannedFigure> output)
    {
        // Inside a word that merely contains a numeral (统一, 进一步, 万一) the previous character is a letter of the
        // same word; a numeral run only starts a figure after a non-numeral boundary.
        if (start > 0 && NumberText.IsChineseNumeral(text[start - 1]))
        {
            return start + 1;
        }

        // 百分之三十
        if (TextSpans.StartsWith(text, start, "百分之"))
        {
            var length = NumberText.ReadChinese(text, start + 3, out var pct);
            if (length > 0 && !quoted)
            {
                Add(output, text, start, start + 3, start + 3 + length, pct, "%", FigureKind.Percent, 1m, approx: false, ordinalCheckAt: start);
                return start + 3 + length;
            }

            return start + 3;
        }

        var runLength = NumberText.ReadChinese(text, start, out var value);
        if (runLength == 0)
        {
            return start + 1;
        }

        var end = start + runLength;
        var run = text.AsSpan(start, runLength);
        var hasDigit = false;
        foreach (var ch in run)
        {
            hasDigit |= NumberText.ChineseDigit(ch) > 0;
        }

        var bare = !hasDigit && run[0] is not ('十' or '拾');
        if (quoted || value < 2m && !bare || run.Length == 1 && run[0] is '零' or '〇')
        {
            return end;
        }

        if (bare)
        {
            // 百余名, 千余人: a bare 百/千 is a quantity only with 余 or 多 right after it.
            if (end < text.Length && text[end] is '余' or '多')
            {
                value = run[0] is '百' or '佰' ? 100m : 1000m;
            }
            else
            {
                return end;
            }
        }

        if (start > 0 && text[start - 1] is '数' or '几' or '若' or '第' or '初' or '周' or '星' or '礼' or '每' or '其' or '之' or '唯' or '统' or '任')
        {
            return end;
        }

        // 公益二类, 三类地区: a category's name, not a count of categories.
        if (end < text.Length && text[end] == '类')
        {
            return end + 1;
        }

        foreach (var phrase in SetPhrases)
        {
            if (TextSpans.StartsWith(text, end, phrase))
            {
                return end + phrase.Length;
            }
        }

        return Complete(text, start, start, end, value, output);
    }

    /// <summary>
    /// After the number: optional 余/多, magnitude, 余/多 again, the unit, then a suffix qualifier. Adds the figure
    /// when a unit is found and the context does not rule it out.
    /// </summary>
    private static int Complete(string text, int figureStart, int numberStart, int numberEnd, decimal value, List<ScannedFigure> output)
    {
        var approx = false;
        var j = numberEnd;
        j = SkipSpaces(text, j);

        // A range: 10-15万元, 两到三万: the figure is the whole range, its value the low end, approximate.
        var rangeEnd = TryRange(text, j, out var rangeAfter);
        if (rangeEnd > 0)
        {
            approx = true;
            j = rangeAfter;
        }

        // 余/多 right after the number (800余名, 120余万元, 800多人次); a unit must still follow, so 余额 is not one.
        if (j < text.Length && text[j] is '余' or '多')
        {
            approx = true;
            j++;
        }

        var (factor, magLength, magText) = Units.MatchMagnitude(text, j);
        var k = j + magLength;
        if (magLength > 0 && k < text.Length && text[k] is '余' or '多')
        {
            approx = true;
            k++;
        }

        var unit = Units.MatchUnit(text, k, magLength > 0);
        if (unit is null)
        {
            return numberEnd;
        }

        var u = unit.Value;
        if (magLength > 0 && u.Kind is FigureKind.Percent or FigureKind.Points)
        {
            return numberEnd;
        }

        // 千 scales money (千元) and counts (5千人) alike; 百 alone is never a magnitude here.
        var end = k + u.Text.Length;
        var unitText = magText + u.Text;
        var scale = factor;
        if (u.Kind == FigureKind.Count && TextSpans.StartsWith(text, k, "个百分点"))
        {
            return numberEnd;
        }

        foreach (var suffix in SuffixQualifiers)
        {
            if (TextSpans.StartsWith(text, end, suffix))
            {
                if (suffix == "以上" || suffix == "以下")
                {
                    // 50人以上78家建会企业: a threshold defining a population, not a measurement.
                    var after = end + suffix.Length;
                    if (after < text.Length && (NumberText.IsArabicDigit(text[after]) || NumberText.IsChineseNumeral(text[after]) && u.Kind == FigureKind.Count))
                    {
                        return end + suffix.Length;
                    }

                    // 年收入12万元以上的 / 50人以上的企业: a threshold before 的; 单价50万元以上通用设备: a price class.
                    if (after < text.Length && text[after] == '的' || TextSpans.StartsWith(text, figureStart - 2, "单价"))
                    {
                        return after;
                    }
                }

                approx = true;
                end += suffix.Length;
                break;
            }
        }

        // Prefix qualifiers right before the number.
        var spanStart = figureStart;
        if (spanStart > 0 && PrefixQualifiers.Contains(text[spanStart - 1]) && !(spanStart >= 2 && text[spanStart - 2] is '最' or '附' or '将' or '邻' or '大' or '相' or '接' or '节' or '制' or '预' or '公' or '契' or '简' or '隐' or '约'))
        {
            spanStart--;
            approx = true;
        }

        if (!approx)
        {
            foreach (var loose in LooseQualifiers)
            {
                if (spanStart >= loose.Length && TextSpans.StartsWith(text, spanStart - loose.Length, loose))
                {
                    approx = true;
                    break;
                }
            }
        }

        if (IsOrdinalContext(text, spanStart) || IsOrdinalContext(text, numberStart))
        {
            return end;
        }

        output.Add(new ScannedFigure(spanStart, end - spanStart, numberStart, value, unitText, u.Kind, ScaleOf(u, scale), approx));
        return end;
    }

    /// <summary>Base units: yuan and counts scale by the magnitude; ‰ is a tenth of a percent.</summary>
    private static decimal ScaleOf(Units.UnitWord unit, decimal magnitude) => unit.Kind switch
    {
        FigureKind.Money or FigureKind.Count => magnitude,
        FigureKind.Percent when unit.Text == "‰" => 0.1m,
        _ => 1m,
    };

    /// <summary>Reads "-15" or "至三" after a number; returns the end of the second number (0 when no range).</summary>
    private static int TryRange(string text, int at, out int after)
    {
        after = at;
        foreach (var separator in RangeSeparators)
        {
            if (!TextSpans.StartsWith(text, at, separator))
            {
                continue;
            }

            var second = at + separator.Length;
            if (second >= text.Length)
            {
                return 0;
            }

            int length;
            if (NumberText.IsArabicDigit(text[second]))
            {
                length = NumberText.ReadArabic(text, second, out var v);
                if (v is null)
                {
                    return 0;
                }
            }
            else if (NumberText.IsChineseNumeral(text[second]))
            {
                length = NumberText.ReadChinese(text, second, out _);
            }
            else
            {
                return 0;
            }

            if (length == 0)
            {
                return 0;
            }

            // Only a range when a unit (or a magnitude) follows the second number.
            var end = second + length;
            var (_, magLength, _) = Units.MatchMagnitude(text, end);
            var probe = end + magLength;
            if (probe < text.Length && text[probe] is '余' or '多')
            {
                probe++;
            }

            if (Units.MatchUnit(text, probe, magLength > 0) is null)
            {
                return 0;
            }

            after = end;
            return end;
        }

        return 0;
    }

    /// <summary>-1 when the number carries a minus sign written right before it (增长-5.2%), else 1.</summary>
    private static int SignBefore(string text, int start)
    {
        if (start == 0 || text[start - 1] is not ('-' or '－' or '−'))
        {
            return 1;
        }

        if (start == 1)
        {
            return -1;
        }

        var p = text[start - 2];
        return NumberText.IsArabicDigit(p) || char.IsLetter(p) && p < 0x2E80 || p is '-' or '－' ? 1 : -1;
    }

    /// <summary>第六期, 第15次, 初三, 排名第3: an ordinal, not a quantity.</summary>
    private static bool IsOrdinalContext(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\u3000')
        {
            i--;
        }

        // 在编72人 is a head count (staff on the establishment), not a number in a series.
        return i >= 0 && (text[i] is '第' or '序' or '号' || text[i] == '编' && !(i > 0 && text[i - 1] == '在'));
    }

    private static int SkipSpaces(string text, int j)
    {
        var k = j;
        while (k < text.Length && k - j < 2 && text[k] is ' ' or '\u00A0')
        {
            k++;
        }

        return k < text.Length && (Units.MatchUnit(text, k, false) is not null || Units.MatchMagnitude(text, k).Length > 0) ? k : j;
    }

    /// <summary>Ratio colons: ∶ (U+2236, the ratio sign), and : or ： written for it between two numbers.</summary>
    private static bool IsRatioColon(char c) => c is '∶' or ':' or '：';

    /// <summary>
    /// The ratios of three or more terms in a line: 10.0∶38.7∶52.3. They are no figures (no unit follows a term), and
    /// two terms (10:30, 2.08∶1) are too often a time or a proportion of two things to be read as shares.
    /// </summary>
    private static readonly char[] RatioColons = ['∶', ':', '：'];

    public static List<ScannedRatio> ScanRatios(string text)
    {
        List<ScannedRatio>? output = null;
        var i = text.IndexOfAny(RatioColons);
        while (i > 0 && i < text.Length)
        {
            var start = i;
            while (start > 0 && (NumberText.IsArabicDigit(text[start - 1]) || NumberText.IsDecimalPoint(text[start - 1])))
            {
                start--;
            }

            if (start == i || IsGluedToPreviousToken(text, start) || start > 0 && text[start - 1] is '∶' or ':' or '：')
            {
                i = text.IndexOfAny(RatioColons, i + 1);
                continue;
            }

            var terms = new List<(int, int, decimal)>();
            var at = start;
            while (true)
            {
                var length = NumberText.ReadArabic(text, at, out var value);
                if (length == 0 || value is null || at + length < text.Length && NumberText.IsDecimalPoint(text[at + length]))
                {
                    break;
                }

                terms.Add((at, length, value.Value));
                at += length;
                if (at + 1 >= text.Length || !IsRatioColon(text[at]) || !NumberText.IsArabicDigit(text[at + 1]))
                {
                    break;
                }

                at++;
            }

            var end = terms.Count > 0 ? terms[^1].Item1 + terms[^1].Item2 : start + 1;
            if (terms.Count >= 3 && !(end < text.Length && (NumberText.IsArabicDigit(text[end]) || IsRatioColon(text[end]))))
            {
                (output ??= []).Add(new ScannedRatio(start, end - start, terms));
            }

            i = text.IndexOfAny(RatioColons, Math.Max(end, i + 1));
        }

        return output ?? NoRatios;
    }

    private static readonly List<ScannedRatio> NoRatios = [];

    private static void Add(List<ScannedFigure> output, string text, int start, int numberStart, int end, decimal value, string unit,
        FigureKind kind, decimal scale, bool approx, int ordinalCheckAt)
    {
        if (IsOrdinalContext(text, ordinalCheckAt))
        {
            return;
        }

        output.Add(new ScannedFigure(start, end - start, numberStart, value, unit, kind, scale, approx));
    }

}
