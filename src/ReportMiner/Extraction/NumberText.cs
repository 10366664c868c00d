namespace ReportMiner.Extraction;

/// <summary>
/// Reads numbers as written in Chinese reports: Arabic digits (ASCII or full-width) with thousands separators and
/// decimals, and Chinese numerals (十余, 两千三百, 壹佰贰拾). Reading never throws: a text that is not a number gives
/// no number. Values keep their written precision (1118.00 has scale 2) because the reconciliation rules treat a
/// stated number as the interval its last digit allows.
/// </summary>
internal static class NumberText
{
    public static bool IsArabicDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    public static int ArabicDigit(char c) => c <= '9' ? c - '0' : c - '０';

    public static bool IsDecimalPoint(char c) => c is '.' or '．';

    /// <summary>Chinese digit value (0–9) or -1.</summary>
    public static int ChineseDigit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' or '幺' => 1,
        '二' or '两' or '贰' or '貳' => 2,
        '三' or '叁' or '參' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>Chinese unit multiplier inside a number (十, 百, 千) or 0.</summary>
    public static int ChineseSmallUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    public static bool IsChineseNumeral(char c) => ChineseDigit(c) >= 0 || ChineseSmallUnit(c) > 0;

    /// <summary>
    /// Reads an Arabic number at <paramref name="start"/>: digits, groups of three after ',' (1,234), and a decimal
    /// part after '.' or '．'. Returns the length read (0 when no digit is there). <paramref name="value"/> keeps the
    /// written scale; it is null when the digits are too long to be an amount (an account or serial number).
    /// </summary>
    public static int ReadArabic(string text, int start, out decimal? value)
    {
        value = null;
        var i = start;
        Span<char> buffer = stackalloc char[64];
        var n = 0;
        var group = 0;
        var overflow = false;
        while (i < text.Length && IsArabicDigit(text[i]))
        {
            if (n < 40)
            {
                buffer[n++] = (char)('0' + ArabicDigit(text[i]));
            }
            else
            {
                overflow = true;
            }

            i++;
            group++;
            // A thousands separator: ',' (or the full-width '，' of １，２３６．８５) after one to three digits and
            // before exactly three.
            if (i < text.Length && text[i] is ',' or '，' && group <= 3 && IsGroupOfThree(text, i + 1))
            {
                i++;
                group = 0;
            }
            else if (group > 3)
            {
                group = 4;
            }
        }

        if (n == 0)
        {
            return 0;
        }

        if (i + 1 < text.Length && IsDecimalPoint(text[i]) && IsArabicDigit(text[i + 1]))
        {
            if (n < 60)
            {
                buffer[n++] = '.';
            }

            i++;
            var decimals = 0;
            while (i < text.Length && IsArabicDigit(text[i]))
            {
                if (decimals < 12 && n < 63)
                {
                    buffer[n++] = (char)('0' + ArabicDigit(text[i]));
                    decimals++;
                }
                else
                {
                    overflow = true;
                }

                i++;
            }
        }

        if (!overflow && n <= 28 && decimal.TryParse(buffer[..n], System.Globalization.NumberStyles.AllowDecimalPoint,
                System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
        }

        return i - start;
    }

    private static bool IsGroupOfThree(string text, int at) =>
        at + 3 <= text.Length
        && IsArabicDigit(text[at]) && IsArabicDigit(text[at + 1]) && IsArabicDigit(text[at + 2])
        && (at + 3 == text.Length || !IsArabicDigit(text[at + 3]));

    /// <summary>
    /// Reads a run of Chinese numerals (digits and 十/百/千, without 万/亿, which the caller treats as magnitudes).
    /// Returns the length read and the value; 0 when the run is not a number (二〇一九 is read digit by digit).
    /// </summary>
    public static int ReadChinese(string text, int start, out decimal value)
    {
        value = 0m;
        var i = start;
        while (i < text.Length && IsChineseNumeral(text[i]) && i - start < 12)
        {
            i++;
        }

        var length = i - start;
        if (length == 0)
        {
            return 0;
        }

        var run = text.AsSpan(start, length);
        if (run.IndexOfAny("十拾百佰千仟") < 0)
        {
            // Digit by digit: 二〇一九, 一二三.
            long digits = 0;
            foreach (var c in run)
            {
                digits = digits * 10 + ChineseDigit(c);
            }

            value = digits;
            return length;
        }

        long total = 0;
        long pending = -1;
        var lastUnit = 10000;
        var zero = false;
        foreach (var c in run)
        {
            var d = ChineseDigit(c);
            if (d >= 0)
            {
                if (pending >= 0)
                {
                    // Two digits in a row without a unit (三五): not a well-formed number.
                    return 0;
                }

                if (d == 0)
                {
                    zero = true;
                }
                else
                {
                    pending = d;
                }

                continue;
            }

            var unit = ChineseSmallUnit(c);
            if (unit >= lastUnit)
            {
                return 0;
            }

            total += (pending < 0 ? 1 : pending) * unit;
            pending = -1;
            lastUnit = unit;
            zero = false;
        }

        if (pending > 0)
        {
            // 两千三 = 2300 ("三" right after 千 means 三百, as people read it); 一百零五 = 105.
            total += pending * (zero || lastUnit == 10 || lastUnit == 10000 ? 1 : lastUnit / 10);
        }

        value = total;
        return length;
    }
}
