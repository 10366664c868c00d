using ReportMiner.Extraction;

namespace ReportMiner.Reconciliation;

/// <summary>
/// <c>change_mismatch</c>: a level, its change amount and its change rate that do not agree
/// (2882.84千元，比上年减少26.42千元，下降9.9%: the prior level is 2909.26, so the fall is 0.91%).
/// Rates are compared as intervals: the stated rate may be rounded or truncated.
/// </summary>
public sealed class ChangeRule : IReconciliationRule
{
    public const string RuleId = "change_mismatch";

    public string Id => RuleId;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var relation in document.Relations)
        {
            if (relation is ChangeRelation change && !Involved(change).Any(f => f.Approx))
            {
                foreach (var finding in Check(document, change))
                {
                    yield return finding;
                }
            }
        }
    }

    private static IEnumerable<Figure> Involved(ChangeRelation c) =>
        new[] { c.Current, c.Prior, c.Amount, c.Rate }.OfType<Figure>();

    private static IEnumerable<Finding> Check(ExtractedDocument document, ChangeRelation c)
    {
        var sign = c.Direction == ChangeDirection.Decrease ? -1m : 1m;
        var level = c.Current ?? c.Prior!;

        // The change amount against current − prior, when both levels are stated.
        if (c.Current is not null && c.Prior is not null && c.Amount is not null
            && (c.Amount.Kind == c.Current.Kind || c.Amount.Kind == FigureKind.Points && c.Current.Kind == FigureKind.Percent))
        {
            var implied = Interval.Of(c.Current) - Interval.Of(c.Prior);
            var stated = Interval.Of(c.Amount).Times(sign);
            if (!implied.Overlaps(stated))
            {
                var decimals = c.Amount.Value.Scale;
                var computed = FindingText.Round(Math.Abs((c.Current.BaseValue - c.Prior.BaseValue) / c.Amount.Scale), decimals);
                yield return new Finding
                {
                    Location = c.Amount.Span,
                    Rule = RuleId,
                    Severity = Severity.Error,
                    Stated = c.Amount.Value,
                    Computed = computed,
                    Difference = FindingText.Round(c.Amount.Value - computed, decimals),
                    Unit = c.Amount.Unit,
                    MessageZh = c.Basis == ChangeBasis.Saving
                        ? $"{SumRule.Name(c.Amount)}{FindingText.Shown(c.Amount)}与预算{FindingText.Shown(c.Prior)}、实际{FindingText.Shown(c.Current)}之差{FindingText.Format(computed, decimals)}{c.Amount.Unit}不符"
                        : $"{Name(c)}变动额{FindingText.Shown(c.Amount)}与{CurrentWord(c)}{FindingText.Shown(c.Current)}、{PriorWord(c)}{FindingText.Shown(c.Prior)}之差{FindingText.Format(computed, decimals)}{c.Amount.Unit}不符",
                    MessageEn = $"the change of {Name(c)} {FindingText.Shown(c.Amount)} does not equal current {FindingText.Shown(c.Current)} minus prior {FindingText.Shown(c.Prior)} = {FindingText.Format(computed, decimals)}{c.Amount.Unit}",
                    Evidence = FindingText.Evidence(document.Source, Involved(c)),
                    FigureIds = Involved(c).Select(f => f.Id).ToList(),
                };
            }
        }

        if (c.Rate is null || c.Rate.Kind != FigureKind.Percent)
        {
            yield break;
        }

        // Signed arithmetic: 下降9.9% is −9.9%, 增长-8.4% is −8.4%. The prior level is stated or current − change; the
        // change is the stated amount with its direction, or current − prior.
        var amount = c.Amount is not null && c.Amount.Kind == level.Kind ? Interval.Of(c.Amount).Times(sign) : (Interval?)null;
        Interval prior;
        Interval change;
        if (c.Prior is not null && c.Prior.Kind == level.Kind)
        {
            prior = Interval.Of(c.Prior);
            if (amount is { } a)
            {
                change = a;
            }
            else if (c.Current is not null)
            {
                change = Interval.Of(c.Current) - prior;
            }
            else
            {
                yield break;
            }
        }
        else if (c.Current is not null && amount is { } a)
        {
            change = a;
            prior = Interval.Of(c.Current) - a;
        }
        else
        {
            yield break;
        }

        if (prior.Low <= 0m)
        {
            yield return FromZero(document, c);
            yield break;
        }

        var ratio = Interval.Divide(change, prior);
        // An amount that does not fit the two levels is reported above; a rate that fits the levels is then right
        // (32.46万吨，上年为31.18万吨，增加1.82万吨，增长4.1%: 4.1% is right, 1.82 is the slip), and so is one that fits
        // the amount when a level is the slip: one mistake, one finding.
        var ofLevels = c.Prior is not null && c.Current is not null && c.Prior.Kind == level.Kind && amount is not null
            ? Interval.Divide(Interval.Of(c.Current) - prior, prior)
            : null;
        // The rate's own wording gives its sign (减少8.16亿元，增长-14.5%: the amount falls, the rate says 增长 -14.5).
        var rateSign = c.Rate.Direction switch
        {
            ChangeDirection.Decrease => -1m,
            ChangeDirection.Increase => 1m,
            _ => sign,
        };
        var statedRate = Interval.RoundedOrTruncated(c.Rate.Value).Times(rateSign);
        if (ratio is null || ratio.Value.Times(100m).Overlaps(statedRate) || ofLevels is { } levels && levels.Times(100m).Overlaps(statedRate))
        {
            yield break;
        }

        var priorMid = c.Prior?.BaseValue ?? c.Current!.BaseValue - sign * c.Amount!.BaseValue;
        var changeMid = c.Amount is not null ? sign * c.Amount.BaseValue : c.Current!.BaseValue - priorMid;
        var places = c.Rate.Value.Scale + 2;
        var computedRate = FindingText.Round(rateSign * changeMid / priorMid * 100m, places);
        var current = c.Current is null ? "" : $"{CurrentWord(c)}{FindingText.Shown(c.Current)}，";
        var currentEn = c.Current is null ? "" : $"current {FindingText.Shown(c.Current)}, ";
        yield return new Finding
        {
            Location = c.Rate.Span,
            Rule = RuleId,
            Severity = Severity.Error,
            Stated = c.Rate.Value,
            Computed = computedRate,
            Difference = FindingText.Round(c.Rate.Value - computedRate, places),
            Unit = "%",
            MessageZh = $"{Name(c)}变动率{FindingText.Shown(c.Rate)}与金额不符：{PriorWord(c)}{FindingText.Format(priorMid / level.Scale, level.Value.Scale)}{level.Unit}，" +
                        $"{current}变动{FindingText.Format(changeMid / level.Scale, level.Value.Scale)}{level.Unit}，应为{FindingText.Format(computedRate, places)}%",
            MessageEn = $"the change rate of {Name(c)} {FindingText.Shown(c.Rate)} does not match the amounts: prior {FindingText.Format(priorMid / level.Scale, level.Value.Scale)}{level.Unit}, " +
                        $"{currentEn}change {FindingText.Format(changeMid / level.Scale, level.Value.Scale)}{level.Unit}, so {FindingText.Format(computedRate, places)}%",
            Evidence = FindingText.Evidence(document.Source, Involved(c)),
            FigureIds = Involved(c).Select(f => f.Id).ToList(),
        };
    }

    private static Finding FromZero(ExtractedDocument document, ChangeRelation c) => new()
    {
        Location = c.Rate!.Span,
        Rule = RuleId,
        Severity = Severity.Warning,
        Stated = c.Rate.Value,
        Unit = "%",
        MessageZh = $"{Name(c)}上期为0，增长率{FindingText.Shown(c.Rate)}无从计算",
        MessageEn = $"{Name(c)} grew from zero, so the rate {FindingText.Shown(c.Rate)} cannot be computed",
        Evidence = FindingText.Evidence(document.Source, Involved(c)),
        FigureIds = Involved(c).Select(f => f.Id).ToList(),
    };

    private static string CurrentWord(ChangeRelation c) => c.Basis switch { ChangeBasis.Adjustment => "调整后", ChangeBasis.Saving => "实际", _ => "本期" };

    private static string PriorWord(ChangeRelation c) => c.Basis switch { ChangeBasis.Adjustment => "调整前", ChangeBasis.Saving => "预算", _ => "上期" };

    private static string Name(ChangeRelation c)
    {
        var name = SumRule.Name(c.Current ?? c.Amount ?? c.Prior!);
        // 一般公共预算收入调整后 names the adjusted budget; the item is 一般公共预算收入.
        return c.Basis == ChangeBasis.Adjustment && name.Length > 3 && name.EndsWith("调整后", StringComparison.Ordinal) ? name[..^3] : name;
    }
}
