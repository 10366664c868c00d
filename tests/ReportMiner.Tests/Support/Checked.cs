using System.Text;
using ReportMiner.Documents;
using ReportMiner.Extraction;
using ReportMiner.Ingestion;
using ReportMiner.Pipeline;
using ReportMiner.Reconciliation;

namespace ReportMiner.Tests.Support;

/// <summary>Builders for documents and their checked outcome, through the real reader, extractor and rules.</summary>
internal static class Checked
{
    public static SourceDocument FromText(string text, string name = "test.txt") =>
        new TextDocumentReader().Read(name, Encoding.UTF8.GetBytes(text), ReaderLimits.Default, CancellationToken.None);

    public static ExtractedDocument Extract(string text) => CheckPipeline.Extractor().Extract(FromText(text));

    public static IReadOnlyList<Figure> Figures(string text) => Extract(text).Figures;

    public static IReadOnlyList<Finding> Findings(string text) =>
        new Reconciler(CheckPipeline.Rules()).Check(Extract(text));

    /// <summary>The error and warning findings as "line rule severity", as the corpus's expected files list them.</summary>
    public static IReadOnlyList<string> Serious(string text) =>
        Findings(text).Where(f => f.Severity >= Severity.Warning)
            .Select(f => $"{f.Location.Line} {f.Rule} {f.Severity.ToString().ToLowerInvariant()}").ToList();
}
