namespace ReportMiner.Extraction;

/// <summary>How a breakdown was stated; decides how sure a sum rule can be.</summary>
public enum BreakdownSource
{
    /// <summary>其中, 包括, 分别为, 主要用于 in the same sentence.</summary>
    Explicit,
    /// <summary>A parenthesised list after the total: 210千元（其中办公费25千元，…）.</summary>
    Parenthesised,
    /// <summary>A colon list: 支出如下：A x, B y.</summary>
    Colon,
    /// <summary>A total sentence followed by sentences of its parts.</summary>
    Implicit,
    /// <summary>Known budget structure (支出 = 基本支出 + 项目支出 …).</summary>
    Structure,
    /// <summary>A 合计/小计/总计 row or column of a table.</summary>
    Table,
}

/// <summary>A relation between figures, found by the extractor and checked by the reconciliation rules.</summary>
public abstract record FigureRelation;

/// <summary>A total and its parts. <paramref name="Partial"/> when the list is open (等, 主要用于).</summary>
public sealed record BreakdownRelation(
    Figure Total,
    IReadOnlyList<Figure> Parts,
    BreakdownSource Source,
    bool Partial) : FigureRelation
{
    /// <summary>
    /// True when the parts may be a selection of the total's parts (a table's 其中 rows under their parent): parts
    /// short of the total are then no mistake, parts beyond it still are.
    /// </summary>
    public bool Selective { get; init; }

    /// <summary>
    /// True when the wording says the parts are all of the total (按经营地分, 分别, a last 其他, the whole known
    /// structure): parts far short of the total are then a mistake too, not a selection of the main items.
    /// </summary>
    public bool Complete { get; init; }
}

/// <summary>
/// A level and its change against an earlier period: 机关运行经费2882.84千元，比2018年减少26.42千元，下降9.9%.
/// Any of <paramref name="Current"/>, <paramref name="Amount"/>, <paramref name="Rate"/>, <paramref name="Prior"/> may be
/// missing, but not both levels (“三公”经费比上年的12,360.00元减少3,720.00元，下降30.10% states only the prior).
/// </summary>
public sealed record ChangeRelation(
    Figure? Current,
    Figure? Prior,
    Figure? Amount,
    Figure? Rate,
    ChangeDirection Direction) : FigureRelation
{
    /// <summary>What the two levels are: periods (本期/上期), a budget before and after adjustment, or a budget and the actual amount saved against.</summary>
    public ChangeBasis Basis { get; init; } = ChangeBasis.Period;
}

/// <summary>The two levels a <see cref="ChangeRelation"/> compares.</summary>
public enum ChangeBasis
{
    /// <summary>This period against an earlier one.</summary>
    Period,

    /// <summary>A budget as adjusted (调整后) against the budget before (年初预算).</summary>
    Adjustment,

    /// <summary>The actual amount against the budget, the change being the amount saved (节约资金) or overrun (超收, 短收).</summary>
    Saving,
}

/// <summary>
/// Shares of one whole stated together (城乡社区支出占62.4%，社会保障和就业支出占21.3%，…). They may not exceed 100%;
/// when <paramref name="Complete"/> (the shares of every part of a complete breakdown) they must make 100%.
/// </summary>
public sealed record ShareSetRelation(IReadOnlyList<Figure> Shares, bool Complete) : FigureRelation
{
    /// <summary>
    /// Complete only because the shares come close to 100% (…比重分别为83.7%、5.1%和9.0% may leave out 其他 on
    /// purpose): a sum short of 100% is then a warning, not an error.
    /// </summary>
    public bool Inferred { get; init; }

    /// <summary>The amount each share is of (its part), null where the sentence states none; empty when unknown.</summary>
    public IReadOnlyList<Figure?> Parts { get; init; } = [];

    /// <summary>
    /// Whether the sum may be checked: false when the parts may overlap (工业投资 and 民间投资), so that only the whole
    /// each share implies (part ÷ share) is compared.
    /// </summary>
    public bool SumChecked { get; init; } = true;

    /// <summary>Whether the parts are budget items, which never overlap: an implied whole that disagrees is an error.</summary>
    public bool Exclusive { get; init; } = true;
}

/// <summary>A share: <paramref name="Part"/> 占 <paramref name="Whole"/> <paramref name="Share"/>%.</summary>
public sealed record ShareRelation(Figure Part, Figure? Whole, Figure Share) : FigureRelation
{
    /// <summary>
    /// The whole was not found by its name but taken for the nearest amount whose label ends with the name's core
    /// (占支出总额的… of 彩票公益金支出 just before): a share that does not fit it is a warning, not an error.
    /// </summary>
    public bool Inferred { get; init; }
}

/// <summary>
/// A rate stated against its numerator and denominator: 执行率 = 执行数 / 预算数.
/// </summary>
public sealed record RateRelation(Figure Rate, Figure Numerator, Figure Denominator) : FigureRelation;

/// <summary>
/// A wording that compares two amounts: 决算数大于预算数, 与上年持平.
/// <paramref name="Claim"/> is the direction the text claims for <paramref name="Left"/> against <paramref name="Right"/>.
/// </summary>
public sealed record ComparisonRelation(Figure Left, Figure Right, ChangeDirection Claim, string Wording) : FigureRelation;

/// <summary>An amount and the same amount in another unit, in brackets right after it: 8,657,852.76元（折合865.79万元）.</summary>
public sealed record ConversionRelation(Figure Stated, Figure Converted) : FigureRelation;

/// <summary>
/// Two growth rates compared in words: 农村居民收入增速快于城镇居民2.1个百分点 (<paramref name="Claim"/> Increase: the first
/// is the higher), with the gap in percentage points where stated.
/// </summary>
public sealed record RateGapRelation(Figure First, Figure Second, ChangeDirection Claim, string Wording, Figure? Gap) : FigureRelation;

/// <summary>The side of a threshold a target allows: ≥1,200人, 不少于 (at least); ≤5%, 不超过 (at most).</summary>
public enum TargetBound
{
    AtLeast,
    AtMost,
}

/// <summary>
/// An actual value against a target stated as a threshold, and what the wording says of it: 年度指标值≥1,200人
/// 实际完成值1,286人，未达到年度指标值. The target is approximate as a figure but exact as a bound, so whether the
/// actual meets it can be certain. <paramref name="ClaimsMet"/> is the wording's claim (达到, 完成 vs 未达到, 未完成).
/// </summary>
public sealed record TargetRelation(Figure Actual, Figure Target, TargetBound Bound, bool ClaimsMet, string Wording) : FigureRelation;
