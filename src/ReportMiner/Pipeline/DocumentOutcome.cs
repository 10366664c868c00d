using ReportMiner.Documents;
using ReportMiner.Extraction;
using ReportMiner.Reconciliation;

namespace ReportMiner.Pipeline;

public enum DocumentStatus
{
    Ok,
    Failed,
    Skipped,
}

/// <summary>What happened to one input file: one row of documents.csv, with its figures and findings.</summary>
public sealed record DocumentOutcome(
    string Name,
    SourceFormat Format,
    DocumentStatus Status,
    int? Pages,
    int? Lines,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Finding> Findings,
    string Message,
    string Sha256)
{
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public static DocumentOutcome Failed(string name, SourceFormat format, string reason, string sha256 = "") =>
        new(name, format, DocumentStatus.Failed, null, null, [], [], reason, sha256);

    public static DocumentOutcome Skipped(string name, SourceFormat format, string reason, string sha256 = "") =>
        new(name, format, DocumentStatus.Skipped, null, null, [], [], reason, sha256);
}

/// <summary>Language of the messages in findings.csv.</summary>
public enum OutputLanguage
{
    Zh,
    En,
}
