using ReportMiner.Documents;
using ReportMiner.Extraction;

namespace ReportMiner.Reconciliation;

/// <summary>
/// <c>restatement_conflict</c>: the same item stated with different values in two places, compared in base units as
/// intervals (111.8万元 and 1118千元 are the same value). "The same item" needs the same scope:
/// <list type="bullet">
/// <item>items of breakdowns whose totals are equal (项目支出1118.00千元 and 业务类工作专项1118.00千元 list the same two
/// items) are the same when one label ends with the other (行政事业单位工会经费 / 工会经费): a conflict is an error;</item>
/// <item>items stated on their own are the same when their normalised labels and periods are equal, both or neither
/// are accumulated over the years (累计提取 is not the year's 提取), and their scopes agree (年末滚存结余 of one fund is
/// not that of another); the sameness is inferred from the label alone, so a conflict is a warning.</item>
/// </list>
/// The finding sits at the first statement that contradicts the earlier one. Grouping is by key, so the rule is
/// linear in the number of figures.
/// </summary>
public sealed class RestatementRule : IReconciliationRule
{
    public const string RuleId = "restatement_conflict";

    /// <summary>Labels too generic to identify one item across a document on their own.</summary>
    private static readonly HashSet<string> GenericLabels = new(StringComparer.Ordinal)
    {
        "支出", "收入", "资金", "经费", "金额", "合计", "总计", "小计", "其他", "其它", "项目", "预算", "决算", "补助", "费用",
        "价值", "余额", "结余", "结转", "投资", "拨款", "总额", "数额", "资产", "负债",
        "年初预算", "调整预算", "支出决算", "年度预算", "全年预算", "预算数", "决算数", "执行数", "完成数", "实际支出", "实际完成",
        // The amounts of one case among several (违规金额 of each hospital inspected): no item of the report's own.
        "违规金额", "涉及金额", "问题金额", "违规资金", "追回金额", "追回资金", "罚款金额", "处罚金额", "涉案金额", "涉及资金",
    };

    public string Id => RuleId;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var breakdownOf = new Dictionary<Figure, BreakdownRelation>(ReferenceEqualityComparer.Instance);
        var totals = new HashSet<Figure>(ReferenceEqualityComparer.Instance);
        var anyPart = new HashSet<Figure>(ReferenceEqualityComparer.Instance);
        foreach (var relation in document.Relations)
        {
            if (relation is BreakdownRelation any)
            {
                anyPart.UnionWith(any.Parts);
            }

            if (relation is BreakdownRelation { Partial: false } b && b.Source is not (BreakdownSource.Structure or BreakdownSource.Table))
            {
                totals.Add(b.Total);
                foreach (var part in b.Parts)
                {
                    breakdownOf.TryAdd(part, b);
                }
            }
        }

        var own = new Dictionary<string, List<Figure>>(StringComparer.Ordinal);
        var partsInOwn = new HashSet<Figure>(ReferenceEqualityComparer.Instance);
        var scoped = new Dictionary<string, List<Figure>>(StringComparer.Ordinal);
        foreach (var figure in document.Figures)
        {
            // Rates per pupil or per head (每生每年720元, 生均…) name a standard, not an item: the same words recur for
            // different standards.
            if (figure.Kind is not (FigureKind.Money or FigureKind.Count) || figure.Approx || figure.IsChange || figure.InTable || figure.Label.Length < 2
                || !RelationFinder.IsAdditive(figure) || InRespectiveList(document.Source, figure) || PerUnit(document.Source, figure))
            {
                continue;
            }

            // Items of lists with equal totals (14辆 of vehicles twice) are compared in money and counts alike; an item
            // on its own only in money, where labels are specific enough to identify it.
            if (breakdownOf.TryGetValue(figure, out var breakdown))
            {
                Add(scoped, $"{breakdown.Total.Kind}|{RelationFinder.BaseUnit(breakdown.Total.Unit)}|{FindingText.Normalise(breakdown.Total.BaseValue)}", figure);
                // A 三公 item or 机关运行经费 is one item of the department's year wherever it is listed: its part in the
                // 三公 list and its own paragraph must agree.
                if (figure.Kind == FigureKind.Money && OncePerYear.Contains(ItemName(figure.Label)))
                {
                    Add(own, $"{figure.Period}|{(figure.Cumulative ? "累计" : "")}|{ItemName(figure.Label)}", figure);
                }
                else if (figure.Kind == FigureKind.Money && ItemName(figure.Label) is { Length: >= 3 } partItem && !GenericLabels.Contains(partItem)
                         && IsReportTotal(breakdown.Total.Label))
                {
                    // 支出合计…，其中：…项目支出15637617.56元 and, on its own, 2023年项目支出15637671.56元: a part of the
                    // report's own total is compared with the item stated on its own (a part of another whole, 再融资债券
                    // 其中一般债券…, is that whole's, not the 一般债券 stated elsewhere).
                    Add(own, $"{figure.Period}|{(figure.Cumulative ? "累计" : "")}|{partItem}", figure);
                    partsInOwn.Add(figure);
                }
            }
            else if (figure.Kind == FigureKind.Money && ItemName(figure.Label) is { Length: >= 3 } item && !GenericLabels.Contains(item))
            {
                Add(own, $"{figure.Period}|{(figure.Cumulative ? "累计" : "")}|{ItemName(figure.Label)}", figure);
            }
        }

        var findings = new List<Finding>();
        foreach (var parts in scoped.Values)
        {
            // Parts of equal totals: group by item, where a qualified name and its bare form are one item.
            foreach (var item in GroupBySuffix(parts))
            {
                // Two parts of one list are two items even when named alike (产业项目…计划投资165亿元，基础设施项目…计划投资72亿元).
                var finding = Conflict(document, item, Severity.Error, (a, b) => !ReferenceEquals(breakdownOf[a], breakdownOf[b]));
                if (finding is not null)
                {
                    findings.Add(finding);
                }
            }
        }

        // 整改金额6.45亿元 … 3.02亿元 … 4.71亿元 … 5.33亿元, one per section: a measure stated for each of several
        // subjects, not one item stated twice: every statement a value of its own, in a paragraph of its own (a mistyped
        // restatement repeats the right value somewhere). Statements that
        // name no subject then say nothing about which of them they restate; those naming one still do.
        var repeatedMeasure = own.Values.SelectMany(g => g).Where(f => !f.Period.StartsWith('上')).GroupBy(f => f.Label, StringComparer.Ordinal)
            .Where(g => g.Count() >= 3 && DistinctValues(g.ToList()) == g.Count() && g.Select(f => f.BlockIndex).Distinct().Count() == g.Count())
            .SelectMany(g => g).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var figures in own.Values.SelectMany(ByScope).Where(g => !(g.All(f => f.Scope.Length == 0) && g.All(repeatedMeasure.Contains))))
        {

            // Two mentions in one sentence are a list of like-named items, not a restatement; two totals each broken
            // down in its own place (发现问题金额 of two audits, each with its 其中 list) are two scopes.
            // Two list parts are compared as parts above; here a part only with an amount on its own.
            var finding = Conflict(document, figures, Severity.Warning, (a, b) => a.Sentence != b.Sentence && !(totals.Contains(a) && totals.Contains(b))
                                                                                   && !(breakdownOf.ContainsKey(a) && breakdownOf.ContainsKey(b))
                                                                                   && !(partsInOwn.Contains(a) && (totals.Contains(b) || anyPart.Contains(b) || OpensWithWhole(document.Source, b))
                                                                                        || partsInOwn.Contains(b) && (totals.Contains(a) || anyPart.Contains(a) || OpensWithWhole(document.Source, a))));
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }

        foreach (var c in document.Relations.OfType<ConversionRelation>())
        {
            if (!Interval.Of(c.Stated).Overlaps(Interval.Of(c.Converted)))
            {
                findings.Add(ConversionConflict(document, c));
            }
        }

        return findings;
    }

    /// <summary>8,657,852.76元（折合856.79万元）: the bracket gives another value than the amount it converts.</summary>
    private static Finding ConversionConflict(ExtractedDocument document, ConversionRelation c)
    {
        var places = c.Converted.Value.Scale;
        var computed = FindingText.Round(c.Stated.BaseValue / c.Converted.Scale, places);
        var involved = new[] { c.Stated, c.Converted };
        return new Finding
        {
            Location = c.Converted.Span,
            Rule = RuleId,
            Severity = Severity.Error,
            Stated = c.Converted.Value,
            Computed = computed,
            Difference = FindingText.Round(c.Converted.Value - computed, places),
            Unit = c.Converted.Unit,
            MessageZh = $"{SumRule.Name(c.Stated)}{c.Stated.Text}折合{c.Converted.Text}不符：应为{FindingText.Format(computed, places)}{c.Converted.Unit}",
            MessageEn = $"{SumRule.Name(c.Stated)} {c.Stated.Text} converted as {c.Converted.Text} does not match: it is {FindingText.Format(computed, places)}{c.Converted.Unit}",
            Evidence = FindingText.Evidence(document.Source, involved),
            FigureIds = involved.Select(f => f.Id).Where(id => id.Length > 0).ToList(),
        };
    }

    /// <summary>The report's own total of income or spending (支出合计, 本年收入合计, 支出总计), not a total of one item.</summary>
    private static bool IsReportTotal(string label) =>
        label is "支出" or "收入" or "本年支出" or "本年收入" or "支出合计" or "收入合计" or "本年支出合计" or "本年收入合计" or "支出总计" or "收入总计"
            or "部门支出" or "部门收入" or "总支出" or "总收入";

    /// <summary>How many values the statements give that do not agree within rounding.</summary>
    private static int DistinctValues(List<Figure> figures)
    {
        var seen = new List<Interval>();
        foreach (var f in figures)
        {
            var i = Interval.Of(f);
            if (!seen.Any(s => s.Overlaps(i)))
            {
                seen.Add(i);
            }
        }

        return seen.Count;
    }

    private static void Add<TKey>(Dictionary<TKey, List<Figure>> groups, TKey key, Figure figure)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        list.Add(figure);
    }

    /// <summary>
    /// The statements of one label split by scope: a label stated for several entities (负债总额 of 国有企业 and of
    /// 金融企业) is one item per entity. A statement naming no entity joins the label's only entity, and stands apart
    /// when there are several (it may speak of all of them).
    /// </summary>
    /// <summary>Items a department has one amount of per year (the 三公 items, 机关运行经费).</summary>
    private static readonly HashSet<string> OncePerYear = new(StringComparer.Ordinal)
    {
        "公务接待费", "因公出国（境）费", "因公出国(境)费", "公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车购置费",
        "公务用车运行费", "公务用车运行维护费", "机关运行经费",
    };

    /// <summary>
    /// A fee named with or without the word for spending it (公务接待费支出 / 公务接待费, 差旅费支出 / 差旅费) is one item.
    /// Only after 费: 项目支出 and 基本支出 are items of their own.
    /// </summary>
    private static string ItemName(string label) =>
        label.Length > 4 && label.EndsWith("费支出", StringComparison.Ordinal) ? label[..^2]
        // A project's 结余 and its 结余资金 (the money left over) are one item.
        : label == "结余" ? "结余资金"
        : label;

    private static IEnumerable<List<Figure>> ByScope(List<Figure> figures)
    {
        // Amounts that name no scope are the one named scope's, unless that scope is a project (the report's 送审金额
        // against one project's).
        var scopes = figures.Select(f => f.Scope).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return scopes.Count == 0 || scopes.Count == 1 && !Labels.IsProject(scopes[0])
            ? [figures]
            : figures.GroupBy(f => f.Scope, StringComparer.Ordinal).Select(g => g.ToList());
    }

    /// <summary>Groups labels where one ends with the other; the groups are the parts of a few equal totals, so small.</summary>
    private static IEnumerable<List<Figure>> GroupBySuffix(List<Figure> parts)
    {
        var groups = new List<(string Head, List<Figure> Figures)>();
        foreach (var part in parts)
        {
            var group = groups.FindIndex(g => Labels.EndsWithWord(g.Head, part.Label) || Labels.EndsWithWord(part.Label, g.Head));
            if (group < 0)
            {
                groups.Add((part.Label, [part]));
                continue;
            }

            var (head, figures) = groups[group];
            figures.Add(part);
            groups[group] = (head.Length <= part.Label.Length ? head : part.Label, figures);
        }

        return groups.Select(g => g.Figures);
    }

    private static Finding? Conflict(ExtractedDocument document, List<Figure> figures, Severity severity, Func<Figure, Figure, bool> comparable)
    {
        if (figures.Count < 2)
        {
            return null;
        }

        var first = figures[0];
        var stated = Interval.Of(first);
        var other = figures.FirstOrDefault(f => comparable(first, f) && !Interval.Of(f).Overlaps(stated));
        if (other is null)
        {
            return null;
        }

        var decimals = Math.Max(first.Value.Scale, other.Value.Scale);
        var computed = FindingText.Round(FindingText.ValueIn(other, first), decimals);
        var involved = figures.Where(f => ReferenceEquals(f, first) || comparable(first, f) && !Interval.Of(f).Overlaps(stated)).ToList();
        var name = figures.Select(f => f.Label).OrderBy(l => l.Length).ThenBy(l => l, StringComparer.Ordinal).First();
        return new Finding
        {
            Location = other.Span,
            Rule = RuleId,
            Severity = severity,
            Stated = first.Value,
            Computed = computed,
            Difference = FindingText.Round(first.Value - computed, decimals),
            Unit = first.Unit,
            MessageZh = $"{name}前后表述不一致：" + string.Join("、", figures.Select(f => FindingText.Where(f) + f.Text)),
            MessageEn = $"{name} is stated with different values: " + string.Join(", ", figures.Select(f => $"{FindingText.WhereEn(f)}: {f.Text}")),
            Evidence = FindingText.Evidence(document.Source, involved),
            FigureIds = figures.Select(f => f.Id).ToList(),
        };
    }

    /// <summary>2020年、2021年、2022年…分别为A、B和C: each amount belongs to another item of the list before it.</summary>
    /// <summary>
    /// 一般公共预算财政拨款支出中，基本支出…，项目支出…: a sentence opening with the whole its amounts are parts of, so
    /// they are that whole's items, not the report's.
    /// </summary>
    private static bool OpensWithWhole(SourceDocument document, Figure figure)
    {
        if (ParagraphOf(document, figure) is not { } p || figure.BlockOffset == 0)
        {
            return false;
        }

        var start = p.Text.LastIndexOfAny(['。', '；', ';'], figure.BlockOffset - 1) + 1;
        var before = p.Text.AsSpan(start, figure.BlockOffset - start);
        return before.IndexOf("中，", StringComparison.Ordinal) >= 2 || before.IndexOf("中,", StringComparison.Ordinal) >= 2;
    }

    /// <summary>810元/人·月: a rate per head and period (a standard), not an amount of an item.</summary>
    private static bool PerUnit(SourceDocument document, Figure figure)
    {
        if (ParagraphOf(document, figure) is not { } p)
        {
            return false;
        }

        var end = figure.BlockOffset + figure.Text.Length;
        return end < p.Text.Length && p.Text[end] is '/' or '／';
    }

    /// <summary>The paragraph a text figure stands in, when its offset lies within it; null for table cells.</summary>
    private static ParagraphBlock? ParagraphOf(SourceDocument document, Figure figure) =>
        figure.BlockIndex >= 0 && figure.BlockIndex < document.Blocks.Count && document.Blocks[figure.BlockIndex] is ParagraphBlock p
        && figure.BlockOffset >= 0 && figure.BlockOffset <= p.Text.Length
            ? p
            : null;

    private static bool InRespectiveList(SourceDocument document, Figure figure)
    {
        if (ParagraphOf(document, figure) is not { } p)
        {
            return false;
        }

        var start = p.Text.LastIndexOfAny(['。', '；', ';'], Math.Max(figure.BlockOffset - 1, 0)) + 1;
        return p.Text.AsSpan(start, figure.BlockOffset - start).IndexOf("分别", StringComparison.Ordinal) >= 0;
    }

}
