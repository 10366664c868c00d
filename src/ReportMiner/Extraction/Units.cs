namespace ReportMiner.Extraction;

/// <summary>
/// The one place that knows units: which words after a number make it money, a count, a percentage or a change in
/// percentage points, and how magnitudes (千, 万, 百万, 亿, 万亿) scale the written number to base units.
/// </summary>
internal static class Units
{
    /// <summary>A unit word found after a number.</summary>
    /// <param name="Text">The unit as written, without magnitude (元, 美元, 人, %, 个百分点).</param>
    /// <param name="Kind">What a figure with this unit measures.</param>
    public readonly record struct UnitWord(string Text, FigureKind Kind);

    /// <summary>Magnitude words between a number and its unit, longest first.</summary>
    public static readonly (string Text, decimal Factor)[] Magnitudes =
    [
        ("万亿", 1_000_000_000_000m),
        ("百万", 1_000_000m),
        ("千万", 10_000_000m),
        ("亿", 100_000_000m),
        ("万", 10_000m),
        ("千", 1_000m),
        ("萬", 10_000m),
        ("億", 100_000_000m),
    ];

    /// <summary>Currencies. 元 (and 人民币) are yuan; the others keep their currency and are never converted.</summary>
    private static readonly string[] Currencies = ["美元", "欧元", "港元", "港币", "日元", "英镑", "澳元", "韩元", "卢布", "元"];

    /// <summary>
    /// Classifiers that make a number a count, longest first so 人次 wins over 人. Units of measure (吨, 亩, 公里,
    /// 平方米, 千瓦时) count in their unit too: a bulletin's 夏粮产量18.36万吨 adds up with 秋粮 as 万人 do, and a count
    /// only ever adds up with counts of the same unit.
    /// </summary>
    private static readonly string[] Classifiers =
    [
        "个百分点", // handled as points before this list is consulted; kept here for the longest-first order
        "吨标准煤", "平方公里", "千瓦时", "平方米", "立方米", "公里", "公顷", "千瓦", "标箱",
        "人次", "户次", "台次", "车次", "架次", "场次", "批次", "家次", "件次", "个月", "课时", "学时", "小时",
        "人", "名", "户", "家", "个", "份", "次", "项", "间", "支", "期", "天", "篇", "处", "所", "座", "辆", "台",
        "套", "场", "批", "件", "条", "部", "本", "册", "张", "位", "起", "宗", "栋", "幢", "艘", "架", "门", "类",
        "种", "队", "轮", "周", "笔", "块", "只", "头", "株", "棵", "家庭", "吨", "亩",
    ];

    /// <summary>
    /// Second characters that turn a classifier into another word (支出 is not 支 + 出, 所需 is not 所 + 需).
    /// </summary>
    private static readonly Dictionary<char, string> NotClassifierBefore = new()
    {
        ['支'] = "出部撑持援付柱队",
        ['人'] = "民员口才均数事士力工",
        ['名'] = "单称义额录次列",
        ['家'] = "庭属长乡园",
        ['项'] = "目",
        ['次'] = "数要序产会级生",
        ['所'] = "得需在属有以谓辖长",
        ['处'] = "理置室长分罚于级",
        ['期'] = "间末初限满中刊望工项建货",
        ['天'] = "然气津",
        ['部'] = "门分署署长队",
        ['条'] = "件例款",
        ['种'] = "类植养",
        ['位'] = "于置次",
        ['间'] = "隔",
        ['户'] = "口籍外",
        ['台'] = "账阶湾",
        ['场'] = "所地",
        ['门'] = "类槛户",
        ['类'] = "别型",
        ['队'] = "伍员",
        ['周'] = "年边转期岁",
        ['起'] = "来草步点",
        ['块'] = "钱",
        ['本'] = "级年科部单",
        ['张'] = "贴",
        ['件'] = "事",
        ['份'] = "额",
        ['个'] = "人性体别案",
        ['批'] = "准复示",
        ['座'] = "谈",
        ['套'] = "餐",
        ['轮'] = "训",
        ['笔'] = "记",
        ['亩'] = "均产",
        ['吨'] = "位",
    };

    private static readonly string[] Measures = ["吨标准煤", "平方公里", "千瓦时", "平方米", "立方米", "公里", "公顷", "千瓦", "标箱", "吨", "亩"];

    /// <summary>A unit of measure (万吨, 亩, 平方米, 亿千瓦时), not of things counted one by one.</summary>
    public static bool IsMeasure(string unit) => Measures.Any(m => unit.EndsWith(m, StringComparison.Ordinal));

    /// <summary>Matches a magnitude word at <paramref name="at"/>; factor 1 and length 0 when there is none.</summary>
    public static (decimal Factor, int Length, string Text) MatchMagnitude(string text, int at)
    {
        foreach (var (word, factor) in Magnitudes)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return (factor, word.Length, word);
            }
        }

        return (1m, 0, "");
    }

    /// <summary>Matches a unit word (currency, percent sign, points, classifier) at <paramref name="at"/>.</summary>
    public static UnitWord? MatchUnit(string text, int at, bool afterMagnitude)
    {
        if (at >= text.Length)
        {
            return null;
        }

        var c = text[at];
        if (c is '%' or '％' or '‰')
        {
            return afterMagnitude ? null : new UnitWord(c.ToString(), FigureKind.Percent);
        }

        if (TextSpans.StartsWith(text, at, "个百分点"))
        {
            return afterMagnitude ? null : new UnitWord("个百分点", FigureKind.Points);
        }

        if (TextSpans.StartsWith(text, at, "百分点"))
        {
            return afterMagnitude ? null : new UnitWord("百分点", FigureKind.Points);
        }

        foreach (var currency in Currencies)
        {
            if (TextSpans.StartsWith(text, at, currency))
            {
                return new UnitWord(currency, FigureKind.Money);
            }
        }

        foreach (var classifier in Classifiers)
        {
            if (!TextSpans.StartsWith(text, at, classifier))
            {
                continue;
            }

            var next = at + classifier.Length;
            if (classifier.Length == 1 && next < text.Length
                && NotClassifierBefore.TryGetValue(classifier[0], out var blocked) && blocked.Contains(text[next]))
            {
                continue;
            }

            return new UnitWord(classifier, FigureKind.Count);
        }

        return null;
    }


}
