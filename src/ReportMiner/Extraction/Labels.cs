using ReportMiner.Segmentation;

namespace ReportMiner.Extraction;

/// <summary>
/// Finds the item a figure measures: the noun phrase before the figure in its clause, with list markers, verbs and
/// function words trimmed (其中, 共, 合计, 发放, 为, 达 ...), or the noun after it in "6.8万元为帮扶基金". Labels are
/// normalised (periods such as 2019年 and 本年度 removed, full-width brackets unified) so that the same item in two
/// places gets the same label; the period is kept apart for the restatement rule.
/// </summary>
internal static class Labels
{
    /// <summary>Longest label kept; longer text before a figure is a sentence, not an item name.</summary>
    private const int MaxLength = 24;

    /// <summary>Words trimmed from the start of a label, longest first within each family.</summary>
    private static readonly string[] LeadingWords =
    [
        "其中：", "其中:", "其中", "包括", "主要用于", "主要包括", "具体为", "分别为", "分别是", "主要是", "用于", "含", "全部为", "均为", "相比", "比较",
        "另外", "另", "以及", "和", "及", "与", "并",
        "我单位", "我局", "我委", "我办", "我会", "我部门", "本单位", "本部门", "单位的", "单位", "共有", "拥有", "现有", "有",
        "今年全市共", "今年", "全年", "本年度", "本年", "当年", "全市", "全县", "全区", "全省", "累计", "共计", "总计", "合计", "共",
        "通过以奖代投等多种方式", "先后", "共同", "已", "完成", "实现", "安排", "发放", "筹集", "下拨", "拨付", "投入", "争取", "落实",
        "支付", "获得", "获", "涉及", "设立", "设", "组织", "帮助", "资助", "惠及", "吸纳", "招聘", "开展", "参与", "推荐", "复查",
        "选树了", "选树", "聘请了", "聘请", "成立了", "申报", "签订", "新组建", "组建", "慰问", "覆盖", "涵盖", "为",
        "的",
    ];

    /// <summary>Words trimmed from the end of a label (the verb or copula right before the number).</summary>
    private static readonly string[] TrailingWords =
    [
        "由", "从",
        "分别为", "分别是", "合计为", "总计为", "共计为", "累计为", "约为", "达到了", "达到", "共计", "累计",
        "为", "是", "达", "约", "近", "共", "了", "到", "至", "有", "逾", "超过", "不足", "不到", "接近", "高达", "多达",
        "完成", "实现", "增加", "减少", "增长", "下降", "上升", "降低", "提高", "减", "增", "节约", "节省", "占", "的",
        "数", "金额为", "总额为", "额为",
    ];

    /// <summary>Period words dropped from the front of a label. 年初 and 年末 stay: 年初结转 and 年末结转 are different items.</summary>
    /// <summary>Leading words by first character and trailing words by last, longest first: a lookup per step, not a scan.</summary>
    private static readonly Dictionary<char, string[]> LeadingByFirst = LeadingWords
        .GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());

    private static readonly Dictionary<char, string[]> TrailingByLast = TrailingWords
        .GroupBy(w => w[^1]).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());

    private static readonly string[] PeriodWords = ["本年度", "上年度", "本年", "上年", "当年", "去年", "今年", "全年"];

    /// <summary>The label of a figure from the text before it; <paramref name="from"/> is where its clause starts.</summary>
    public static string Before(string text, int from, int figureStart)
    {
        if (figureStart <= from)
        {
            return "";
        }

        // 财政拨款收、支总计, 收入、支出决算总计: 收、支 is one word, not two items of a list.
        if (from >= 2 && from < figureStart && text[from - 1] == '、' && text[from] == '支'
            && (text[from - 2] == '收' || from >= 3 && text[from - 3] == '收' && text[from - 2] == '入'))
        {
            var back = from - 2;
            while (back > 0 && !TextSpans.IsClauseEnd(text[back - 1]) && text[back - 1] != '、' && from - back < MaxLength)
            {
                back--;
            }

            from = back;
        }

        var start = TextSpans.SkipListMarker(text, from, figureStart);
        var end = figureStart;

        // A comparison in front of a change amount (比2018年预算减少) is not part of the item's name.
        var compare = LastIndexOf(text, start, end, "比");
        if (compare >= start && !IsInsideWord(text, compare))
        {
            // 同比增长: the comparison word is 同比, not a 同 of the item's name.
            end = compare > start && text[compare - 1] == '同' ? compare - 1 : compare;
        }

        foreach (var w in (ReadOnlySpan<string>)["较上年", "较去年", "同比", "与上年相比", "较"])
        {
            var at = LastIndexOf(text, start, end, w);
            if (at >= start)
            {
                end = at;
            }
        }

        (start, end) = Trim(text, start, end);
        // 向符合条件的城镇住房困难家庭发放住房租赁补贴: what is paid out is the item, not who gets it.
        foreach (var verb in (ReadOnlySpan<string>)["发放", "拨付", "下达", "下拨", "兑付", "筹集"])
        {
            var at = LastIndexOf(text, start + 1, end, verb);
            if (at > start && end - at - verb.Length >= 2)
            {
                (start, end) = Trim(text, at + verb.Length, end);
            }
        }

        if (end - start > MaxLength)
        {
            start = end - MaxLength;
            // Restart at a word boundary the reader would see: after the last clause-like break.
            for (var i = end - 1; i > start; i--)
            {
                if (text[i] is '，' or '、' or ' ' or '“' or '”' or '《' or '》')
                {
                    start = i + 1;
                    break;
                }
            }

            (start, end) = Trim(text, start, end);
        }

        var label = start < end ? Normalise(text.AsSpan(start, end - start)) : "";
        return label.Length == 0 || label is "以上" or "上述" or "以上各项" ? SumLabel(text, from, figureStart) ?? label : label;
    }

    /// <summary>合计 for a clause that only says "the sum": 合计, 共计, 以上共计, 上述…; null otherwise.</summary>
    private static string? SumLabel(string text, int from, int figureStart)
    {
        var start = TextSpans.SkipListMarker(text, from, figureStart);
        foreach (var w in (ReadOnlySpan<string>)["合计", "共计", "总计", "小计", "以上", "上述"])
        {
            if (TextSpans.StartsWith(text, start, w))
            {
                return w == "小计" ? "小计" : "合计";
            }
        }

        return null;
    }

    /// <summary>The noun after a figure in "6.8万元为帮扶基金" / "105万元是工会经费"; empty when the text does not say.</summary>
    public static string After(string text, int figureEnd)
    {
        var i = figureEnd;
        if (i >= text.Length || text[i] is not ('为' or '是'))
        {
            return "";
        }

        i++;
        var start = i;
        while (i < text.Length && i - start < 16 && !TextSpans.IsClauseEnd(text[i]) && !NumberText.IsArabicDigit(text[i]) && text[i] is not ('（' or '('))
        {
            i++;
        }

        return i > start ? Normalise(text.AsSpan(start, i - start)) : "";
    }

    /// <summary>The noun right after a count's classifier: 7间办公室 → 办公室, 60个单位报送 → 单位.</summary>
    public static string CountNoun(string text, int figureEnd)
    {
        var i = figureEnd;
        var start = i;
        while (i < text.Length && i - start < 8 && IsHan(text[i]) && !IsVerbStart(text, i))
        {
            i++;
        }

        return i > start ? Normalise(text.AsSpan(start, i - start)) : "";
    }

    private static bool IsVerbStart(string text, int i) =>
        text[i] is '参' or '报' or '获' or '受' or '的' or '和' or '及' or '与' or '等' or '均' or '共' or '已' or '在' or '为' or '是'
        || TextSpans.StartsWith(text, i, "开展") || TextSpans.StartsWith(text, i, "进行") || TextSpans.StartsWith(text, i, "完成");

    /// <summary>
    /// The normal form of a label: no spaces, full-width brackets, no leading period words (本年度, 2019年),
    /// no quotes. 因公出国(境)费 and 因公出国（境）费 become the same label.
    /// </summary>
    public static string Normalise(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = raw.Length <= 128 ? stackalloc char[raw.Length] : new char[raw.Length];
        var n = 0;
        foreach (var c in raw)
        {
            switch (c)
            {
                case ' ' or '\u3000' or '\t' or '“' or '”' or '"' or '‘' or '’' or '\'':
                    continue;
                case '(':
                    buffer[n++] = '（';
                    break;
                case ')':
                    buffer[n++] = '）';
                    break;
                case >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ':
                    // Full-width digits and letters read as ASCII: ２０２３年 is 2023年.
                    buffer[n++] = (char)(c - 0xFEE0);
                    break;
                default:
                    buffer[n++] = c;
                    break;
            }
        }

        var s = buffer[..n];
        var changed = true;
        while (changed && s.Length > 0)
        {
            changed = false;
            var year = LeadingYear(s);
            if (year > 0 && year < s.Length)
            {
                s = s[year..];
                changed = true;
            }

            foreach (var w in PeriodWords)
            {
                // 上年末 stays whole: one character left would not name anything.
                if (s.StartsWith(w) && s.Length > w.Length + 1)
                {
                    s = s[w.Length..];
                    changed = true;
                }
            }

            if (s.Length > 1 && s[0] is '的' or '，' or '、')
            {
                s = s[1..];
                changed = true;
            }
        }

        return s.ToString();
    }

    /// <summary>The year a paragraph opens with (2022年是…, 一、2022年工作回顾, 2022年，全县…), or null.</summary>
    public static string? OpeningYear(string text)
    {
        var start = TextSpans.SkipListMarker(text, 0, text.Length);
        for (var i = start; i < Math.Min(text.Length - 4, start + 4); i++)
        {
            if (IsYearAt(text, i) && text[i + 4] == '年')
            {
                return text.Substring(i, 5);
            }
        }

        return null;
    }

    /// <summary>The period a label or clause speaks of: a year (2019年), 上年 or 本年; "" when none.</summary>
    public static string Period(ReadOnlySpan<char> clause)
    {
        // The last year named: 由2017年的12.35亿元增加到2022年的18.26亿元 states 18.26 for 2022.
        for (var i = clause.Length - 5; i >= 0; i--)
        {
            if (clause[i] is '1' or '2' && IsYearAt(clause, i) && clause[i + 4] == '年' && (i == 0 || !NumberText.IsArabicDigit(clause[i - 1])))
            {
                return YearString(clause.Slice(i, 4));
            }
        }

        foreach (var w in (ReadOnlySpan<string>)["上年", "去年", "上一年", "同期"])
        {
            for (var at = clause.IndexOf(w, StringComparison.Ordinal); at >= 0;)
            {
                // 加上年初结转: 加上 (plus) and 年初 (the year's start), no 上年.
                if (!(w == "上年" && at > 0 && clause[at - 1] == '加'))
                {
                    return "上年";
                }

                var next = clause[(at + 1)..].IndexOf(w, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return "";
    }

    private static readonly string[] Areas = ["市本级", "县本级", "区本级", "省本级", "全市", "全县", "全区", "全省", "全州"];

    private static readonly string[] Funds = ["一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算", "政府性基金", "国有资本经营"];

    /// <summary>
    /// Endings of a name that is an entity, fund or account rather than an item: 国有企业, 事业单位, 养老保险基金,
    /// 个人账户 (of a medical insurance fund), 委员会, 医院, 学校.
    /// </summary>
    private static readonly string[] ProjectEndings = ["工程", "项目", "道路", "公路", "大桥", "中心", "医院", "学校", "公司", "园区", "小区", "水库", "管网"];

    /// <summary>
    /// A scope naming one project (县城北外环道路工程): its amounts are never the report's own totals, even where
    /// those name no scope.
    /// </summary>
    public static bool IsProject(string scope) =>
        scope.Length >= 4 && ProjectEndings.Any(e => scope.EndsWith(e, StringComparison.Ordinal)) && !ScopeEndings.Any(e => scope.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// The project or entity a list item opens with, as a clause of its own before the item's first amount:
    /// （一）县城北外环道路工程，送审金额… → 县城北外环道路工程. "" when the sentence does not open that way.
    /// </summary>
    public static string NamedProject(string text, int sentenceStart, int firstFigure)
    {
        var start = TextSpans.SkipListMarker(text, sentenceStart, firstFigure);
        if (start == sentenceStart)
        {
            return "";
        }

        var comma = text.IndexOfAny(['，', ','], start, firstFigure - start);
        if (comma < 0 || comma - start is < 4 or > 30)
        {
            return "";
        }

        var name = text.AsSpan(start, comma - start);
        foreach (var ending in ProjectEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return name.ToString();
            }
        }

        return "";
    }

    private static readonly string[] ScopeEndings = ["基金", "企业", "单位", "公司", "集团", "国有资产", "账户", "委员会", "医院", "学校", "学院", "大学", "类"];

    /// <summary>
    /// The entity a label opens with, when an item name follows it (国有企业资产总额 → 国有企业, 行政事业性国有资产总额 →
    /// 行政事业性国有资产), or "". A bare ending (企业所得税) names no entity.
    /// </summary>
    public static string ScopePrefix(string label)
    {
        // The level of government and the budget the amount belongs to (全县一般公共预算支出 / 全县政府性基金预算支出,
        // 全市… / 市本级…): the four budgets of one report each have their own 收入总计, 上级补助 and 结转下年.
        var area = Areas.FirstOrDefault(a => label.StartsWith(a, StringComparison.Ordinal)) ?? "";
        var fund = Funds.FirstOrDefault(f => label.Contains(f, StringComparison.Ordinal)) ?? "";
        if (area.Length + fund.Length > 0 && label.Length > area.Length + fund.Length)
        {
            return area + fund;
        }

        var end = 0;
        foreach (var w in label.Length >= 5 ? ScopeEndings : [])
        {
            for (var at = label.IndexOf(w, 1, StringComparison.Ordinal); at > 0; at = label.IndexOf(w, at + 1, StringComparison.Ordinal))
            {
                if (at + w.Length > end && label.Length - at - w.Length >= 2)
                {
                    end = at + w.Length;
                }
            }
        }

        return label[..end];
    }

    /// <summary>
    /// The entity a heading names (1.企业职工基本养老保险基金 → 企业职工基本养老保险基金, （二）金融企业国有资产), or "" for
    /// a heading on a topic (收入支出决算总体情况); asides in brackets (不含金融企业) are dropped.
    /// </summary>
    public static string HeadingScope(string heading)
    {
        var start = TextSpans.SkipListMarker(heading, 0, heading.Length);
        var name = new System.Text.StringBuilder(heading.Length - start);
        var depth = 0;
        foreach (var c in heading.AsSpan(start))
        {
            if (c is '（' or '(')
            {
                depth++;
            }
            else if (c is '）' or ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                name.Append(c);
            }
        }

        var normal = Normalise(name.ToString().AsSpan().TrimEnd("。：:；"));
        // （二）政府性基金预算执行情况: the section is about one of the four budgets.
        if (Funds.FirstOrDefault(f => normal.Contains(f, StringComparison.Ordinal)) is { } fund)
        {
            return (Areas.FirstOrDefault(a => normal.StartsWith(a, StringComparison.Ordinal)) ?? "") + fund;
        }

        foreach (var w in ScopeEndings)
        {
            if (normal.Length > w.Length && normal.EndsWith(w, StringComparison.Ordinal))
            {
                return normal;
            }
        }

        return "";
    }

    /// <summary>
    /// True when the clause before a figure states a total over the years: 累计发放, 历年累计, 截至年末累计, 累计至今,
    /// 截至2023年累计; not 全年累计, 本年累计 or 1-6月累计, which are the period's own total.
    /// </summary>
    public static bool IsCumulative(ReadOnlySpan<char> clause)
    {
        var untilNow = clause.IndexOf("截至", StringComparison.Ordinal) >= 0 || clause.IndexOf("截止", StringComparison.Ordinal) >= 0
            || clause.IndexOf("以来", StringComparison.Ordinal) >= 0;
        for (var at = clause.IndexOf("累计", StringComparison.Ordinal); at >= 0;)
        {
            var yearly = at > 0 && clause[at - 1] is '年' or '月' or '季' or '度' && !(at > 1 && clause[at - 2] == '历');
            if (!yearly || untilNow)
            {
                return true;
            }

            var next = clause[(at + 2)..].IndexOf("累计", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 2 + next;
        }

        return false;
    }

    /// <summary>Year strings are shared: one per year, not one per figure.</summary>
    private static readonly string[] Years = Enumerable.Range(1900, 200).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年").ToArray();

    private static string YearString(ReadOnlySpan<char> digits) =>
        Years[int.Parse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture) - 1900];

    private static bool IsYearAt(ReadOnlySpan<char> s, int i) =>
        i + 4 <= s.Length && (s[i] == '1' && s[i + 1] == '9' || s[i] == '2' && s[i + 1] == '0')
        && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3]);

    /// <summary>Length of a leading year (2019年, 2019年度, 2019年的) or 0.</summary>
    private static int LeadingYear(ReadOnlySpan<char> s)
    {
        if (s.Length < 5 || !IsYearAt(s, 0) || s[4] != '年')
        {
            return 0;
        }

        var n = 5;
        if (n < s.Length && s[n] == '度')
        {
            n++;
        }

        if (n < s.Length && s[n] is '的' or '，' or ',')
        {
            n++;
        }

        return n;
    }

    /// <summary>Longest stretch before a figure that is segmented to find word boundaries.</summary>
    private const int SegmentedReach = 64;

    [ThreadStatic]
    private static List<Range>? t_tokens;

    [ThreadStatic]
    private static bool[]? t_boundaries;

    /// <summary>
    /// Trims list markers, punctuation and function words from both ends of [start, end). A word is trimmed only where
    /// the segmenter (with the fiscal dictionary) puts a word boundary, so 共 leaves 共青团经费 whole and 设 leaves
    /// 设备购置费 whole, while 共计 and 设立 before an item are dropped.
    /// </summary>
    private static (int Start, int End) Trim(string text, int start, int end)
    {
        var from = Math.Max(start, end - SegmentedReach);
        var boundaries = Boundaries(text, from, end);
        bool IsBoundary(int at) => at <= from || at >= end || boundaries[at - from];

        var changed = true;
        while (changed && start < end)
        {
            changed = false;
            var s = TextSpans.SkipListMarker(text, start, end);
            if (s != start)
            {
                start = s;
                changed = true;
            }

            while (start < end && text[start] is ' ' or '\u3000' or '，' or ',' or '、' or '：' or ':' or '（' or '(' or '）' or ')' or '；')
            {
                start++;
                changed = true;
            }

            while (end > start && text[end - 1] is ' ' or '\u3000' or '，' or ',' or '、' or '：' or ':' or '（' or '(')
            {
                end--;
                changed = true;
            }

            foreach (var w in start < end && LeadingByFirst.TryGetValue(text[start], out var leading) ? leading : [])
            {
                // 完成率 keeps its 完成: a single character left would not name anything.
                if (end - start >= w.Length && end - start - w.Length != 1 && TextSpans.StartsWith(text, start, w) && IsBoundary(start + w.Length))
                {
                    start += w.Length;
                    changed = true;
                    break;
                }
            }

            foreach (var w in end > start && TrailingByLast.TryGetValue(text[end - 1], out var trailing) ? trailing : [])
            {
                if (end - start >= w.Length && TextSpans.EndsWith(text, end, w) && IsBoundary(end - w.Length))
                {
                    end -= w.Length;
                    changed = true;
                    break;
                }
            }

            var year = LeadingYear(text.AsSpan(start, end - start));
            if (year > 0 && year < end - start)
            {
                start += year;
                changed = true;
            }

            // …由2017年的 / 增加到2022年: a year at the end dates the amount, it does not name it.
            var tail = end;
            if (tail > start && text[tail - 1] == '的')
            {
                tail--;
            }

            if (tail > start && text[tail - 1] == '度')
            {
                tail--;
            }

            if (tail - start >= 5 && text[tail - 1] == '年' && IsYearAt(text, tail - 5))
            {
                end = tail - 5;
                changed = true;
            }
        }

        return (start, end);
    }

    /// <summary>Loads the word dictionary on a pool thread, so that the first document does not wait for it.</summary>
    public static void LoadInBackground() => ThreadPool.QueueUserWorkItem(static _ => _ = Segmenter.Domain);

    /// <summary>
    /// Whether <paramref name="label"/> ends with <paramref name="suffix"/> as a whole word: 民营企业出口 ends with 出口,
    /// 民营企业进出口 does not (进出口 is one word).
    /// </summary>
    public static bool EndsWithWord(string label, string suffix) =>
        label.EndsWith(suffix, StringComparison.Ordinal)
        && (label.Length == suffix.Length || Boundaries(label, 0, label.Length)[label.Length - suffix.Length]);

    /// <summary>For each offset in [from, end), whether a word starts there (offset 0 of the result is <paramref name="from"/>).</summary>
    private static bool[] Boundaries(string text, int from, int end)
    {
        var tokens = t_tokens ??= new List<Range>(32);
        var length = end - from;
        var boundaries = t_boundaries is { } b && b.Length >= length + 1 ? b : t_boundaries = new bool[Math.Max(length + 1, 128)];
        Array.Clear(boundaries, 0, length + 1);
        tokens.Clear();
        Segmenter.Domain.Cut(text.AsSpan(from, length), tokens);
        foreach (var token in tokens)
        {
            boundaries[token.Start.Value] = true;
        }

        return boundaries;
    }

    private static int LastIndexOf(string text, int start, int end, string word)
    {
        if (end - start < word.Length)
        {
            return -1;
        }

        return text.LastIndexOf(word, end - 1, end - start, StringComparison.Ordinal);
    }

    /// <summary>比 inside 比例, 比重, 对比, 占比 is not a comparison.</summary>
    private static bool IsInsideWord(string text, int at) =>
        at + 1 < text.Length && text[at + 1] is '例' or '重' or '率' or '赛' or '武' or '较'
        || at > 0 && text[at - 1] is '对' or '占' or '评' or '类' or '相' or '无';

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
