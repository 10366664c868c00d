using ReportMiner.Extraction;

namespace ReportMiner.Reconciliation;

/// <summary>
/// <c>comparison_mismatch</c>: wording that contradicts the amounts it describes — 决算数大于预算数 while it is
/// smaller, 与上年持平 while the amounts differ, 增加 while the level fell. Amounts are compared as intervals, so
/// 持平 holds for amounts equal at their written precision.
/// </summary>
public sealed class ComparisonRule : IReconciliationRule
{
    public const string RuleId = "comparison_mismatch";

    public string Id => RuleId;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var relation in document.Relations)
        {
            var finding = relation switch
            {
                // A change with an amount or rate is the change rule's: its sign is checked there, with the numbers.
                ComparisonRelation c => Check(document, c.Left, c.Right, c.Claim, c.Wording, c.Left.Span),
                TargetRelation t => Check(document, t),
                RateGapRelation g => Check(document, g),
                _ => null,
            };
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }

    /// <summary>
    /// 增速快于/慢于…X个百分点: the first rate above (below) the second, by the points stated. Rates are signed
    /// (下降3.0% is −3.0%) and rounded as written; a gap is checked as the difference of the two intervals.
    /// </summary>
    private static Finding? Check(ExtractedDocument document, RateGapRelation g)
    {
        var a = Signed(g.First);
        var b = Signed(g.Second);
        var actual = a.Overlaps(b) ? ChangeDirection.Flat : a.Low > b.High ? ChangeDirection.Increase : ChangeDirection.Decrease;
        var involved = g.Gap is null ? new[] { g.First, g.Second } : [g.First, g.Second, g.Gap];
        var places = Math.Max(g.First.Value.Scale, g.Second.Value.Scale);
        var difference = FindingText.Round(SignedValue(g.First) - SignedValue(g.Second), places);
        string? zh = null, en = null;
        if (actual != ChangeDirection.Flat && actual != g.Claim)
        {
            zh = $"文字称“{g.Wording}”，但{g.First.Label}{Growth(g.First)}{(actual == ChangeDirection.Increase ? "高于" : "低于")}{g.Second.Label}{Growth(g.Second)}";
            en = $"the text says \"{g.Wording}\", but {g.First.Label} {g.First.Text} is {(actual == ChangeDirection.Increase ? "above" : "below")} {g.Second.Label} {g.Second.Text}";
        }
        else if (g.Gap is { Approx: false } gap && actual != ChangeDirection.Flat)
        {
            var stated = Interval.Rounded(gap.Value);
            var computed = g.Claim == ChangeDirection.Increase ? a - b : b - a;
            if (!computed.Overlaps(stated))
            {
                zh = $"文字称“{g.Wording}{gap.Text}”，但{g.First.Label}{Growth(g.First)}与{g.Second.Label}{Growth(g.Second)}相差{FindingText.Format(Math.Abs(difference), places)}个百分点";
                en = $"the text says \"{g.Wording} {gap.Text}\", but {g.First.Text} and {g.Second.Text} are {FindingText.Format(Math.Abs(difference), places)} points apart";
            }
        }

        return zh is null ? null : new Finding
        {
            Location = (g.Gap ?? g.First).Span,
            Rule = RuleId,
            Severity = Severity.Error,
            Stated = g.Gap?.Value ?? SignedValue(g.First),
            Computed = g.Gap is null ? SignedValue(g.Second) : Math.Abs(difference),
            Difference = g.Gap is null ? difference : FindingText.Round(g.Gap.Value - Math.Abs(difference), places),
            Unit = g.Gap is null ? "%" : "个百分点",
            MessageZh = zh,
            MessageEn = en!,
            Evidence = FindingText.Evidence(document.Source, involved),
            FigureIds = involved.Select(f => f.Id).Where(id => id.Length > 0).ToList(),
        };

        static string Growth(Figure rate) => (rate.Direction == ChangeDirection.Decrease ? "下降" : "增长") + rate.Text;

        static decimal SignedValue(Figure rate) => rate.Direction == ChangeDirection.Decrease && rate.Value > 0 ? -rate.Value : rate.Value;

        static Interval Signed(Figure rate) => Interval.Rounded(SignedValue(rate));
    }

    private static Finding? Check(ExtractedDocument document, Figure left, Figure right, ChangeDirection claim, string wording, Documents.SourceSpan at)
    {
        if (left.Approx || right.Approx || left.Kind != right.Kind || claim == ChangeDirection.None)
        {
            return null;
        }

        var l = Interval.Of(left);
        var r = Interval.Of(right);
        var actual = l.Overlaps(r) ? ChangeDirection.Flat : l.Low > r.High ? ChangeDirection.Increase : ChangeDirection.Decrease;
        if (actual == claim)
        {
            return null;
        }

        var involved = new[] { left, right };
        var decimals = Math.Max(left.Value.Scale, right.Value.Scale);
        var difference = FindingText.Round((left.BaseValue - right.BaseValue) / left.Scale, decimals);
        return new Finding
        {
            Location = at,
            Rule = RuleId,
            Severity = Severity.Error,
            Stated = left.Value,
            Computed = FindingText.Round(right.BaseValue / left.Scale, decimals),
            Difference = difference,
            Unit = left.Unit,
            MessageZh = $"文字称“{wording}”，但{Describe(left)}{left.Text}{ZhRelation(actual)}{Describe(right, wording)}{right.Text}",
            MessageEn = $"the text says \"{wording}\", but {Describe(left)} {left.Text} is {EnRelation(actual)} {Describe(right, wording)} {right.Text}",
            Evidence = FindingText.Evidence(document.Source, involved),
            FigureIds = involved.Select(f => f.Id).ToList(),
        };
    }

    /// <summary>
    /// A threshold target (≥1,200人) is exact as a bound: the wording is wrong when it says 未达到 of an actual certainly
    /// on the allowed side, or 达到 / 完成 of one certainly on the other. An approximate actual proves nothing.
    /// </summary>
    private static Finding? Check(ExtractedDocument document, TargetRelation t)
    {
        if (t.Actual.Approx || t.Actual.Kind != t.Target.Kind)
        {
            return null;
        }

        var actual = t.Actual.Kind == FigureKind.Percent ? Interval.RoundedOrTruncated(t.Actual.Value) : Interval.Of(t.Actual);
        var bound = t.Target.BaseValue;
        var certainlyMet = t.Bound == TargetBound.AtLeast ? actual.Low >= bound : actual.High <= bound;
        var certainlyUnmet = t.Bound == TargetBound.AtLeast ? actual.High < bound : actual.Low > bound;
        if (t.ClaimsMet ? !certainlyUnmet : !certainlyMet)
        {
            return null;
        }

        var involved = new[] { t.Actual, t.Target };
        var decimals = Math.Max(t.Actual.Value.Scale, t.Target.Value.Scale);
        var computed = FindingText.Round(bound / t.Actual.Scale, decimals);
        var side = t.Target.Text.EndsWith("以上", StringComparison.Ordinal) || t.Target.Text.EndsWith("以下", StringComparison.Ordinal)
                   || t.Target.Text.EndsWith("以内", StringComparison.Ordinal) ? "" : t.Bound == TargetBound.AtLeast ? "≥" : "≤";
        var verdict = t.ClaimsMet ? "未达到" : "已达到";
        return new Finding
        {
            Location = t.Actual.Span,
            Rule = RuleId,
            Severity = Severity.Error,
            Stated = t.Actual.Value,
            Computed = computed,
            Difference = FindingText.Round(t.Actual.Value - computed, decimals),
            Unit = t.Actual.Unit,
            MessageZh = $"文字称“{t.Wording}”，但{Describe(t.Actual)}{t.Actual.Text}{verdict}目标{side}{t.Target.Text}",
            MessageEn = $"the text says \"{t.Wording}\", but {Describe(t.Actual)} {t.Actual.Text} {(t.ClaimsMet ? "does not meet" : "meets")} the target {side}{t.Target.Text}",
            Evidence = FindingText.Evidence(document.Source, involved),
            FigureIds = involved.Select(f => f.Id).ToList(),
        };
    }

    private static string Describe(Figure f) => f.Label;

    /// <summary>The compared amount's name without the wording before it (执行数超出调整预算 → 调整预算).</summary>
    private static string Describe(Figure f, string wording)
    {
        var at = f.Label.LastIndexOf(wording, StringComparison.Ordinal);
        return at >= 0 && at + wording.Length < f.Label.Length ? f.Label[(at + wording.Length)..] : f.Label;
    }

    private static string Word(ChangeDirection d) => d switch
    {
        ChangeDirection.Increase => "增加",
        ChangeDirection.Decrease => "减少",
        _ => "持平",
    };

    private static string ZhRelation(ChangeDirection actual) => actual switch
    {
        ChangeDirection.Increase => "大于",
        ChangeDirection.Decrease => "小于",
        _ => "等于",
    };

    private static string EnRelation(ChangeDirection actual) => actual switch
    {
        ChangeDirection.Increase => "greater than",
        ChangeDirection.Decrease => "less than",
        _ => "equal to",
    };
}
