using ReportMiner.Extraction;
using ReportMiner.Documents;

namespace ReportMiner.Reconciliation;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// One inconsistency. Stated and computed are in <see cref="Unit"/>; difference = stated − computed.
/// Messages are kept in both languages so the output language is a writing choice.
/// </summary>
public sealed record Finding
{
    public required SourceSpan Location { get; init; }
    public required string Rule { get; init; }
    public required Severity Severity { get; init; }
    public decimal? Stated { get; init; }
    public decimal? Computed { get; init; }
    public decimal? Difference { get; init; }
    public string Unit { get; init; } = "";
    public required string MessageZh { get; init; }
    public required string MessageEn { get; init; }
    public string Evidence { get; init; } = "";
    public IReadOnlyList<string> FigureIds { get; init; } = [];
}

/// <summary>One reconciliation rule: reads a document's figures and relations, reports findings.</summary>
public interface IReconciliationRule
{
    /// <summary>The stable rule id written to findings.csv.</summary>
    string Id { get; }

    IEnumerable<Finding> Check(ExtractedDocument document);
}
