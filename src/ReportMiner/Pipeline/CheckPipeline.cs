using ReportMiner.Documents;
using ReportMiner.Extraction;
using ReportMiner.Ingestion;
using ReportMiner.Reconciliation;

namespace ReportMiner.Pipeline;

/// <summary>
/// The default composition of readers, extractor and rules: built once per run, then shared by all workers.
/// </summary>
public static class CheckPipeline
{
    public static IReadOnlyList<IDocumentReader> Readers() =>
    [
        new TextDocumentReader(),
        new DocxDocumentReader(),
        new Ingestion.Pdf.PdfDocumentReader(),
    ];

    public static IFigureExtractor Extractor() => new FigureExtractor();

    public static IReadOnlyList<IReconciliationRule> Rules() =>
    [
        new SumRule(),
        new RestatementRule(),
        new ChangeRule(),
        new ShareRule(),
        new ComparisonRule(),
        new TableTotalRule(),
        new TableRestatementRule(),
    ];

    /// <summary>
    /// Starts, in the background, the set-up the inputs will need, as soon as they are known: PdfPig's static set-up
    /// when there is a PDF to read, so it overlaps the rest of the start-up instead of the first PDF waiting for it.
    /// </summary>
    public static void WarmUpFor(IEnumerable<InputFile> files)
    {
        if (files.Any(f => f.Format == SourceFormat.Pdf && f.SkipReason is null && f.FailReason is null))
        {
            Ingestion.Pdf.PdfDocumentReader.WarmUpInBackground();
        }
    }

    /// <summary>
    /// The processor for a run. The word dictionary starts loading at once, in the background: a PDF's first page
    /// (PdfPig's own start-up) takes longer than the load, so the first document no longer waits for it.
    /// </summary>
    public static DocumentProcessor CreateProcessor(long maxFileBytes)
    {
        Labels.LoadInBackground();
        return new(Readers(), Extractor(), new Reconciler(Rules()), ReaderLimits.Default, maxFileBytes);
    }
}
