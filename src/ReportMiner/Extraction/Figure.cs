using ReportMiner.Documents;

namespace ReportMiner.Extraction;

/// <summary>What a figure measures. The CSV names are lower case.</summary>
public enum FigureKind
{
    Money,
    Count,
    Percent,
    /// <summary>A change in percentage points (个百分点): not a share of anything.</summary>
    Points,
}

/// <summary>Direction words around a figure, kept for the change rules.</summary>
public enum ChangeDirection
{
    None,
    Increase,
    Decrease,
    Flat,
}

/// <summary>
/// One figure found in a document, as written and normalised.
/// </summary>
public sealed record Figure
{
    /// <summary>F1, F2, ... in document order.</summary>
    public required string Id { get; init; }

    public required SourceSpan Span { get; init; }

    /// <summary>The figure exactly as written, e.g. <c>1690.95千元</c>.</summary>
    public required string Text { get; init; }

    /// <summary>The number as written (1690.95; its scale is the written precision).</summary>
    public required decimal Value { get; init; }

    /// <summary>The unit as written: 千元, 万元, 人, %, 亿美元 ...</summary>
    public required string Unit { get; init; }

    public required FigureKind Kind { get; init; }

    /// <summary>Yuan for money (foreign money: its own currency unit), the count for counts, the number for percents and points.</summary>
    public required decimal BaseValue { get; init; }

    /// <summary>Multiplier from <see cref="Value"/> to <see cref="BaseValue"/> (1000 for 千元).</summary>
    public decimal Scale { get; init; } = 1m;

    /// <summary>True for 余, 多, 近, 约, 左右, 以上, 不足, 超过 ...</summary>
    public bool Approx { get; init; }

    /// <summary>The item measured, normalised so that the same item gets the same label.</summary>
    public string Label { get; init; } = "";

    /// <summary>Direction word governing the figure (减少26.42千元 → Decrease).</summary>
    public ChangeDirection Direction { get; init; }

    /// <summary>True when the figure states a change (比上年增加X), not a level.</summary>
    public bool IsChange { get; init; }

    /// <summary>Index of the block (paragraph or table) the figure came from.</summary>
    public int BlockIndex { get; init; }

    /// <summary>Offset of the figure's text within its block's text (paragraph text or table row text); -1 if unknown.</summary>
    public int BlockOffset { get; init; } = -1;

    /// <summary>Index of the sentence within the document (sentences end at 。！？；, line ends and table rows).</summary>
    public int Sentence { get; init; }

    /// <summary>
    /// The period the figure is stated for, as the text says it: a year (2019年), 上年, or "" when the clause and its
    /// sentence name none (the report's own year). Items of different periods are different items.
    /// </summary>
    public string Period { get; init; } = "";

    /// <summary>
    /// The entity or fund the figure is stated for when its sentence's subject or the nearest heading names one
    /// (国有企业资产总额…，负债总额…; a section headed 1.企业职工基本养老保险基金。), or "" for the report's own scope.
    /// The same label under two scopes is two items.
    /// </summary>
    public string Scope { get; init; } = "";

    /// <summary>
    /// True for an amount accumulated over the years (累计发放, 历年累计, 累计至今), not the year's: another item than
    /// the year's amount under the same label. 全年累计 and 本年累计 are the year's.
    /// </summary>
    public bool Cumulative { get; init; }

    /// <summary>Headings above the figure, outermost first.</summary>
    public IReadOnlyList<string> SectionPath { get; init; } = [];

    /// <summary>For a table cell, the column heading; null for text.</summary>
    public string? Column { get; init; }

    /// <summary>True when the figure came from a table cell.</summary>
    public bool InTable { get; init; }
}
