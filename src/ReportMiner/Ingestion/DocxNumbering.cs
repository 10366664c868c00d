using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace ReportMiner.Ingestion;

/// <summary>
/// Renders Word's automatic list numbers (numbering.xml) as the text a reader sees: 一、 （二） 1. (3). Budget reports
/// hang their sections on these numbers, so a reader that drops them loses the section structure.
/// Counters are kept per list instance (w:num), as Word restarts a list that gets a new numId.
/// </summary>
internal sealed class DocxNumbering
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private sealed record LevelDef(int Start, string Format, string Text, string Suffix);

    private readonly Dictionary<string, LevelDef[]> _abstracts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string AbstractId, Dictionary<int, int> StartOverrides)> _nums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _counters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? NumId, int? Level, string? BasedOn)> _styles = new(StringComparer.Ordinal);

    public DocxNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            foreach (var element in numbering.ChildElements)
            {
                if (element.LocalName == "abstractNum")
                {
                    var id = Attr(element, "abstractNumId");
                    if (id is null)
                    {
                        continue;
                    }

                    var levels = new LevelDef[9];
                    foreach (var lvl in element.ChildElements.Where(c => c.LocalName == "lvl"))
                    {
                        if (!int.TryParse(Attr(lvl, "ilvl"), out var ilvl) || ilvl is < 0 or > 8)
                        {
                            continue;
                        }

                        var start = int.TryParse(Attr(Child(lvl, "start"), "val"), out var s) ? s : 1;
                        levels[ilvl] = new LevelDef(
                            start,
                            Attr(Child(lvl, "numFmt"), "val") ?? "decimal",
                            Attr(Child(lvl, "lvlText"), "val") ?? "",
                            Attr(Child(lvl, "suff"), "val") ?? "tab");
                    }

                    _abstracts[id] = levels;
                }
                else if (element.LocalName == "num")
                {
                    var id = Attr(element, "numId");
                    var abstractId = Attr(Child(element, "abstractNumId"), "val");
                    if (id is null || abstractId is null)
                    {
                        continue;
                    }

                    var overrides = new Dictionary<int, int>();
                    foreach (var o in element.ChildElements.Where(c => c.LocalName == "lvlOverride"))
                    {
                        if (int.TryParse(Attr(o, "ilvl"), out var ilvl) && int.TryParse(Attr(Child(o, "startOverride"), "val"), out var start))
                        {
                            overrides[ilvl] = start;
                        }
                    }

                    _nums[id] = (abstractId, overrides);
                }
            }
        }

        var styles = main.StyleDefinitionsPart?.Styles;
        if (styles is not null)
        {
            foreach (var style in styles.ChildElements.Where(c => c.LocalName == "style"))
            {
                var id = Attr(style, "styleId");
                if (id is null)
                {
                    continue;
                }

                var numPr = Child(Child(style, "pPr"), "numPr");
                var numId = Attr(Child(numPr, "numId"), "val");
                int? level = int.TryParse(Attr(Child(numPr, "ilvl"), "val"), out var l) ? l : null;
                _styles[id] = (numId, level, Attr(Child(style, "basedOn"), "val"));
            }
        }
    }

    public bool IsEmpty => _nums.Count == 0;

    /// <summary>The list number of a paragraph (from its w:numPr or its style's), advancing the counters; "" when none.</summary>
    public string Next(OpenXmlElement? paragraphProperties)
    {
        if (IsEmpty)
        {
            return "";
        }

        var numPr = Child(paragraphProperties, "numPr");
        var numId = Attr(Child(numPr, "numId"), "val");
        int? level = int.TryParse(Attr(Child(numPr, "ilvl"), "val"), out var l) ? l : null;
        var styleId = Attr(Child(paragraphProperties, "pStyle"), "val");
        for (var depth = 0; styleId is not null && depth < 10 && (numId is null || level is null); depth++)
        {
            if (!_styles.TryGetValue(styleId, out var style))
            {
                break;
            }

            numId ??= style.NumId;
            level ??= style.Level;
            styleId = style.BasedOn;
        }

        if (numId is null || numId == "0" || !_nums.TryGetValue(numId, out var num) || !_abstracts.TryGetValue(num.AbstractId, out var levels))
        {
            return "";
        }

        var ilvl = Math.Clamp(level ?? 0, 0, 8);
        if (levels[ilvl] is null)
        {
            return "";
        }

        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = new int[9];
            for (var i = 0; i < 9; i++)
            {
                counters[i] = int.MinValue;
            }

            _counters[numId] = counters;
        }

        int StartOf(int i) => num.StartOverrides.TryGetValue(i, out var s) ? s : levels[i]?.Start ?? 1;

        counters[ilvl] = counters[ilvl] == int.MinValue ? StartOf(ilvl) : counters[ilvl] + 1;
        for (var i = ilvl + 1; i < 9; i++)
        {
            counters[i] = int.MinValue;
        }

        var def = levels[ilvl];
        if (def.Format == "none")
        {
            return "";
        }

        var text = new StringBuilder();
        var template = def.Text;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var refLevel = template[i + 1] - '1';
                var value = counters[refLevel] == int.MinValue ? StartOf(refLevel) : counters[refLevel];
                var format = levels[refLevel]?.Format ?? "decimal";
                text.Append(Render(value, format));
                i++;
            }
            else
            {
                text.Append(template[i]);
            }
        }

        if (def.Format == "bullet")
        {
            // Bullets come in Symbol/Wingdings private-use code points: show a plain bullet instead.
            return text.Length > 0 && text[0] is >= '\uE000' and <= '\uF8FF' ? "• " : text + " ";
        }

        var rendered = text.ToString();
        if (rendered.Length > 0 && def.Suffix != "nothing" && !EndsWithSeparator(rendered))
        {
            // Word puts a tab (or space) after a number like "1" or "第一章"; keep a separator so the number never
            // runs into a figure that starts the paragraph ("1" + "2019年" must not read as 12019).
            rendered += def.Suffix == "space" ? " " : "\t";
        }

        return rendered;
    }

    private static bool EndsWithSeparator(string s) => s[^1] is '、' or '.' or '．' or '）' or ')' or '：' or ':' or ' ' or '\u3000';

    internal static string Render(int value, string format) => format switch
    {
        "decimal" or "decimalHalfWidth" => value.ToString(CultureInfo.InvariantCulture),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０'))),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture),
        "decimalEnclosedParen" => value is >= 1 and <= 20 ? ((char)('⑴' + value - 1)).ToString() : $"({value})",
        "decimalEnclosedFullstop" => value is >= 1 and <= 20 ? ((char)('⒈' + value - 1)).ToString() : $"{value}.",
        "upperLetter" => Letters(value, 'A'),
        "lowerLetter" => Letters(value, 'a'),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting" or "ideographDigital" => Chinese(value, "零一二三四五六七八九", "十百千"),
        "chineseLegalSimplified" or "ideographLegalTraditional" => Chinese(value, "零壹贰叁肆伍陆柒捌玖", "拾佰仟"),
        "ideographTraditional" => value is >= 1 and <= 10 ? "甲乙丙丁戊己庚辛壬癸"[value - 1].ToString() : value.ToString(CultureInfo.InvariantCulture),
        "ideographZodiac" => value is >= 1 and <= 12 ? "子丑寅卯辰巳午未申酉戌亥"[value - 1].ToString() : value.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Chinese counting: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.</summary>
    internal static string Chinese(int value, string digits, string units)
    {
        if (value <= 0 || value > 9999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var sb = new StringBuilder();
        int[] powers = [1000, 100, 10, 1];
        var zero = false;
        for (var i = 0; i < powers.Length; i++)
        {
            var d = value / powers[i] % 10;
            if (d == 0)
            {
                zero = sb.Length > 0;
                continue;
            }

            if (zero)
            {
                sb.Append(digits[0]);
                zero = false;
            }

            // 十二, not 一十二, when ten is the leading place.
            if (!(powers[i] == 10 && d == 1 && sb.Length == 0))
            {
                sb.Append(digits[d]);
            }

            if (i < 3)
            {
                sb.Append(units[2 - i]);
            }
        }

        return sb.ToString();
    }

    private static string Letters(int value, char a)
    {
        if (value <= 0)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        // Word repeats the letter: 27 → AA, 28 → BB.
        var letter = (char)(a + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        (int, string)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new StringBuilder();
        foreach (var (n, s) in table)
        {
            while (value >= n)
            {
                sb.Append(s);
                value -= n;
            }
        }

        return sb.ToString();
    }

    internal static OpenXmlElement? Child(OpenXmlElement? parent, string localName)
    {
        if (parent is null)
        {
            return null;
        }

        foreach (var c in parent.ChildElements)
        {
            if (c.LocalName == localName)
            {
                return c;
            }
        }

        return null;
    }

    internal static string? Attr(OpenXmlElement? element, string localName)
    {
        if (element is null)
        {
            return null;
        }

        foreach (var a in element.GetAttributes())
        {
            if (a.LocalName == localName && (a.NamespaceUri == W || a.NamespaceUri.Length == 0))
            {
                return a.Value;
            }
        }

        return null;
    }
}
