using ReportMiner.Extraction;

namespace ReportMiner.Reconciliation;

/// <summary>
/// <c>sum_mismatch</c> and <c>unit_slip</c>: a total against the sum of its parts, as intervals at the written
/// precision. When the sum fails but rescaling one odd-unit part by a power of ten makes it hold
/// (638元 among 千元 figures), the slip is reported instead of the mismatch.
/// </summary>
public sealed class SumRule : IReconciliationRule
{
    public const string SumMismatch = "sum_mismatch";
    public const string UnitSlip = "unit_slip";

    /// <summary>Share of the total below which parts are taken as a selection of the main items.</summary>
    private const decimal SelectionShare = 0.9m;

    public string Id => SumMismatch;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var relation in document.Relations)
        {
            if (relation is not BreakdownRelation { Source: not BreakdownSource.Table } breakdown)
            {
                continue;
            }

            var finding = Check(document, breakdown);
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }

    private static Finding? Check(ExtractedDocument document, BreakdownRelation b)
    {
        var total = b.Total;
        if (b.Parts.Count == 0 || total.Approx || b.Parts.Any(p => p.Approx))
        {
            return null;
        }

        if (b.Parts.Any(p => !RelationFinder.SameFamily(p, total)))
        {
            return null;
        }

        var stated = Interval.Of(total);
        var sum = Sum(b.Parts, _ => 1m);
        if (sum.Overlaps(stated))
        {
            return null;
        }

        // One part below its total is a part named on its own (其中发明专利562件), not a breakdown.
        if (b.Parts.Count == 1 && sum.High < stated.Low)
        {
            return null;
        }

        var slip = FindUnitSlip(b, stated);
        if (slip is not null)
        {
            return UnitSlipFinding(document, b, slip.Value.Part, slip.Value.Factor);
        }

        return SumMismatchFinding(document, b, stated, sum);
    }

    private static Interval Sum(IReadOnlyList<Figure> parts, Func<Figure, decimal> factor)
    {
        var sum = Interval.Exact(0m);
        foreach (var part in parts)
        {
            sum += Interval.Of(part).Times(factor(part));
        }

        return sum;
    }

    /// <summary>
    /// A money part whose unit differs from the total's and from every other part's, and whose value read in the
    /// common unit makes the sum hold.
    /// </summary>
    private static (Figure Part, decimal Factor)? FindUnitSlip(BreakdownRelation b, Interval stated)
    {
        if (b.Total.Kind is not (FigureKind.Money or FigureKind.Count) || b.Parts.Count < 2)
        {
            return null;
        }

        // The total in another unit than all of its parts (社会消费品零售总额1,128.46万元 = 986.20亿元 + 142.26亿元).
        var partsScale = b.Parts[0].Scale;
        if (b.Parts.All(p => p.Scale == partsScale) && partsScale != b.Total.Scale && b.Total.Kind == FigureKind.Money
            && Sum(b.Parts, _ => 1m).Overlaps(Interval.Of(b.Total).Times(partsScale / b.Total.Scale)))
        {
            return (b.Total, partsScale / b.Total.Scale);
        }

        foreach (var part in b.Parts)
        {
            if (part.Scale == b.Total.Scale || b.Parts.Any(o => !ReferenceEquals(o, part) && o.Scale == part.Scale))
            {
                continue;
            }

            var factor = b.Total.Scale / part.Scale;
            var sum = Sum(b.Parts, p => ReferenceEquals(p, part) ? factor : 1m);
            if (sum.Overlaps(stated))
            {
                return (part, factor);
            }
        }

        return null;
    }

    /// <summary>
    /// The slipped figure (a part, or the total itself when all the parts share another unit) read in the likely unit
    /// makes the breakdown hold: the message names the figure and that unit.
    /// </summary>
    private static Finding UnitSlipFinding(ExtractedDocument document, BreakdownRelation b, Figure slipped, decimal factor)
    {
        var total = b.Total;
        var decimals = Math.Max(total.Value.Scale, b.Parts.Max(p => p.Value.Scale));
        string likelyUnit, zh, en;
        decimal intended;
        if (ReferenceEquals(slipped, total))
        {
            // 社会消费品零售总额1,128.46万元 over parts in 亿元: the total is read in its parts' unit.
            likelyUnit = b.Parts[0].Unit;
            var sum = FindingText.Format(b.Parts.Sum(p => p.Value), decimals);
            intended = FindingText.Normalise(total.Value * factor);
            zh = $"与其明细之和{sum}{likelyUnit}相符";
            en = $"it matches the sum of its parts {sum}{likelyUnit}; read in {total.Unit} it does not";
        }
        else
        {
            likelyUnit = total.Unit;
            var sum = FindingText.Format(b.Parts.Sum(p => ReferenceEquals(p, slipped) ? p.Value : FindingText.ValueIn(p, total)), decimals);
            // What the slipped figure amounts to in its own written unit once read in the likely one (638元 → 638000元).
            intended = FindingText.Normalise(slipped.BaseValue * factor / slipped.Scale);
            zh = $"各项之和{sum}{total.Unit}与{Name(total)}{total.Text}相符";
            en = $"the parts add up to {sum}{total.Unit}, matching {Name(total)} {total.Text}; read in {slipped.Unit} they do not";
        }

        var all = b.Parts.Prepend(total).ToList();
        return new Finding
        {
            Location = slipped.Span,
            Rule = UnitSlip,
            Severity = Severity.Error,
            Stated = slipped.Value,
            Computed = intended,
            Difference = FindingText.Normalise(slipped.Value - intended),
            Unit = slipped.Unit,
            MessageZh = $"{Name(slipped)}{slipped.Text}的单位疑为{likelyUnit}之误：按{FindingText.Format(slipped.Value)}{likelyUnit}计，{zh}；按{slipped.Unit}计则不符",
            MessageEn = $"{Name(slipped)} {slipped.Text} is most likely {FindingText.Format(slipped.Value)}{likelyUnit}: read so, {en}",
            Evidence = FindingText.Evidence(document.Source, all),
            FigureIds = all.Select(f => f.Id).ToList(),
        };
    }

    private static Finding SumMismatchFinding(ExtractedDocument document, BreakdownRelation b, Interval stated, Interval sum)
    {
        var total = b.Total;
        var decimals = Math.Max(total.Value.Scale, b.Parts.Max(p => p.Value.Scale));
        var computed = FindingText.Round(b.Parts.Sum(p => FindingText.ValueIn(p, total)), decimals);
        var statedValue = total.Value;
        var difference = FindingText.Round(statedValue - computed, decimals);
        var terms = string.Join("+", b.Parts.Select(p => FindingText.Format(FindingText.ValueIn(p, total))));
        var all = b.Parts.Prepend(total).ToList();
        var severity = SeverityOf(b, stated, sum, computed);

        var partial = b.Partial ? "（明细未列全）" : "";
        return new Finding
        {
            Location = total.Span,
            Rule = SumMismatch,
            Severity = severity,
            Stated = statedValue,
            Computed = computed,
            Difference = difference,
            Unit = total.Unit,
            MessageZh = $"{Name(total)}{total.Text}与其明细之和{FindingText.Format(computed, decimals)}{total.Unit}（{terms}）不符{partial}，差额{FindingText.Format(difference, decimals)}{total.Unit}",
            MessageEn = $"{Name(total)} {total.Text} does not equal the sum of its parts {FindingText.Format(computed, decimals)}{total.Unit} ({terms})" +
                        $"{(b.Partial ? " (the list of parts is incomplete)" : "")}; difference {FindingText.Format(difference, decimals)}{total.Unit}",
            Evidence = FindingText.Evidence(document.Source, all),
            FigureIds = all.Select(f => f.Id).ToList(),
        };
    }

    /// <summary>
    /// Error when the breakdown was stated (its parts in one sentence) and misses beyond rounding; warning when the
    /// relation was inferred (parts spread over sentences, or known budget structure); info when the list is
    /// incomplete or the miss is within one unit of the last written digit (rounding in the source).
    /// </summary>
    private static Severity SeverityOf(BreakdownRelation b, Interval stated, Interval sum, decimal computed)
    {
        if (b.Partial)
        {
            return Severity.Info;
        }

        // Parts far short of the total (under 90%) are a selection of the main items (其中 and 主要用于 may name
        // only some), not a breakdown that fails; a list that nearly reaches its total and misses is a mistake. So is
        // one whose sum is the total with one digit changed (68,420 for 78,420): a slip in the total or a part.
        var under = sum.High < stated.Low;
        if (under && sum.High < stated.Low * SelectionShare && !b.Complete)
        {
            return OneDigitApart(b.Total.Value, computed) ? Severity.Warning : Severity.Info;
        }

        // 粮食总产量29.88万吨。其中，稻谷…，小麦…，玉米…: bulletins name the main crops, fuels or kinds of floor space and
        // leave out the rest, so measured parts short of their total are a selection.
        if (under && !b.Complete && b.Total.Kind == FigureKind.Count && Units.IsMeasure(b.Total.Unit))
        {
            return Severity.Info;
        }

        // A miss within one unit of the last written digit is rounding in the source, unless every figure is exact
        // (whole counts: 6 + 7 + 2 vehicles are not 14).
        var unit = Interval.HalfUnit(b.Total.Value) * 2m * b.Total.Scale;
        if (sum.Gap(stated) <= unit && (sum.Width > 0m || stated.Width > 0m))
        {
            return Severity.Info;
        }

        // 年末全县共有医疗卫生机构386个，其中医院12个、乡镇卫生院18个、村卫生室328个: bulletins list the main kinds of
        // institutions and leave out the rest (诊所, 社区卫生服务站), so counted parts short of their total are only likely
        // a mistake.
        var sentences = b.Parts.Select(p => p.Sentence).Distinct().Count();
        return b.Source == BreakdownSource.Structure || sentences > 1 || under && b.Total.Kind == FigureKind.Count && !b.Complete
            ? Severity.Warning
            : Severity.Error;
    }

    /// <summary>True when the two, written with the same decimals, differ in exactly one digit (2,080.72 vs 2,380.72).</summary>
    internal static bool OneDigitApart(decimal a, decimal b)
    {
        if (a <= 0m || b <= 0m)
        {
            return false;
        }

        var places = Math.Max(a.Scale, b.Scale);
        var x = Math.Round(a, places).ToString("F" + places, System.Globalization.CultureInfo.InvariantCulture);
        var y = Math.Round(b, places).ToString("F" + places, System.Globalization.CultureInfo.InvariantCulture);
        return x.Length == y.Length && x.Zip(y).Count(p => p.First != p.Second) == 1;
    }

    internal static string Name(Figure figure) => figure.Label.Length > 0 ? figure.Label : "合计";
}
