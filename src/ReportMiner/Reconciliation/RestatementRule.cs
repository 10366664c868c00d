using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Extraction;

namespace ReportMiner.Reconciliation;

/// <summary>
/// <c>restatement_conflict</c>: the same item stated with different values in two places, compared in base units
/// (111.8万元 and 1118千元 are the same value). "The same item" needs the same label and the same scope:
/// <list type="bullet">
/// <item>items of a breakdown are compared with the items of a breakdown of an equal total (项目支出1118.00千元 and
/// 业务类工作专项1118.00千元 list the same two items): a conflict there is an error;</item>
/// <item>items stated on their own are compared with items of the same label and period (a year, 上年, 本年) stated
/// on their own: the sameness is inferred from the label alone, so a conflict is a warning.</item>
/// </list>
/// Parts of different totals (工资福利支出 in the budget's 基本支出 and in the year's 总支出) are different scopes.
/// Grouping is by key, so the rule is linear in the number of figures.
/// </summary>
public sealed partial class RestatementRule : IReconciliationRule
{
    public const string RuleId = "restatement_conflict";

    public string Id => RuleId;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var totalOf = new Dictionary<Figure, Figure>(ReferenceEqualityComparer.Instance);
        foreach (var relation in document.Relations)
        {
            if (relation is BreakdownRelation { Partial: false } b && b.Source != BreakdownSource.Structure)
            {
                foreach (var part in b.Parts)
                {
                    totalOf.TryAdd(part, b.Total);
                }
            }
        }

        var groups = new Dictionary<string, List<Figure>>(StringComparer.Ordinal);
        foreach (var figure in document.Figures)
        {
            if (figure.Kind != FigureKind.Money || figure.Approx || figure.IsChange || figure.InTable || figure.Label.Length < 2)
            {
                continue;
            }

            string key;
            if (totalOf.TryGetValue(figure, out var total))
            {
                // Within one scope, 工会经费 and 行政事业单位工会经费 name the same item: key on the label's last word.
                key = $"part|{Normalise(total.BaseValue)}|{Head(figure.Label)}";
            }
            else
            {
                key = $"own|{Period(document.Source, figure)}|{figure.Label}";
            }

            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(figure);
        }

        foreach (var (key, figures) in groups.OrderBy(g => g.Value[0].Span))
        {
            if (figures.Count < 2)
            {
                continue;
            }

            var first = figures[0];
            var stated = Interval.Of(first);
            var other = figures.FirstOrDefault(f => !Interval.Of(f).Overlaps(stated));
            if (other is null)
            {
                continue;
            }

            var decimals = Math.Max(first.Value.Scale, other.Value.Scale);
            var computed = FindingText.Round(FindingText.ValueIn(other, first), decimals);
            var involved = figures.Where(f => ReferenceEquals(f, first) || !Interval.Of(f).Overlaps(stated)).ToList();
            var places = string.Join("、", figures.Select(f => $"第{f.Span.Line}行{f.Text}"));
            yield return new Finding
            {
                Location = first.Span,
                Rule = RuleId,
                Severity = key.StartsWith("part|", StringComparison.Ordinal) ? Severity.Error : Severity.Warning,
                Stated = first.Value,
                Computed = computed,
                Difference = FindingText.Round(first.Value - computed, decimals),
                Unit = first.Unit,
                MessageZh = $"{first.Label}前后表述不一致：{places}",
                MessageEn = $"{first.Label} is stated with different values: " +
                            string.Join(", ", figures.Select(f => $"line {f.Span.Line}: {f.Text}")),
                Evidence = FindingText.Evidence(document.Source, involved),
                FigureIds = figures.Select(f => f.Id).ToList(),
            };
        }
    }

    /// <summary>The head of a label: its longest known item suffix, so a qualified and a bare name meet.</summary>
    private static string Head(string label)
    {
        foreach (var head in KnownHeads)
        {
            if (label.EndsWith(head, StringComparison.Ordinal))
            {
                return head;
            }
        }

        return label;
    }

    /// <summary>Item names that departments qualify freely (行政事业单位工会经费 = 工会经费 within one breakdown).</summary>
    private static readonly string[] KnownHeads = ["工会经费", "帮扶基金", "帮扶资金", "专项经费", "补助经费", "工作经费"];

    /// <summary>The period a standalone figure is stated for: a year or 上年/本年 in its clause, else "".</summary>
    private static string Period(SourceDocument document, Figure figure)
    {
        if (figure.BlockIndex < 0 || figure.BlockIndex >= document.Blocks.Count || document.Blocks[figure.BlockIndex] is not ParagraphBlock p)
        {
            return "";
        }

        var end = figure.BlockOffset >= 0 ? Math.Min(figure.BlockOffset, p.Text.Length) : Math.Min(figure.Span.Start, p.Text.Length);
        var start = end;
        while (start > 0 && p.Text[start - 1] is not ('。' or '；' or ';' or '！' or '？'))
        {
            start--;
        }

        var clause = p.Text[start..end];
        var year = YearPattern().Match(clause);
        if (year.Success)
        {
            return year.Value;
        }

        return PriorPattern().IsMatch(clause) ? "prior" : "";
    }

    private static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;

    [GeneratedRegex(@"(?:19|20)\d\d年")]
    private static partial Regex YearPattern();

    [GeneratedRegex("上年|去年|上一年|上年度|同期")]
    private static partial Regex PriorPattern();
}
