using CsvHelper;
using ReportMiner.Documents;
using ReportMiner.Extraction;
using ReportMiner.Pipeline;
using ReportMiner.Reconciliation;

namespace ReportMiner.Output;

/// <summary>Writes the rows of documents.csv, figures.csv and findings.csv (columns in <see cref="OutputColumns"/>).</summary>
public static class CsvRows
{
    /// <summary>Longest evidence text written, in characters.</summary>
    public const int MaxEvidence = 300;

    public static void Document(CsvWriter csv, DocumentOutcome outcome)
    {
        csv.Text(outcome.Name);
        csv.Text(outcome.Format.Name());
        csv.Text(outcome.Status.ToString().ToLowerInvariant());
        csv.Number(outcome.Pages);
        csv.Number(outcome.Lines);
        csv.Number(outcome.Figures.Count);
        csv.Number(outcome.Count(Severity.Error));
        csv.Number(outcome.Count(Severity.Warning));
        csv.Number(outcome.Count(Severity.Info));
        csv.Text(outcome.Message);
        csv.Text(outcome.Sha256);
        csv.EndRecord();
    }

    public static void Figure(CsvWriter csv, string document, Figure figure)
    {
        csv.Text(figure.Id);
        csv.Text(document);
        csv.Number(figure.Span.Page);
        csv.Number(figure.Span.Line);
        csv.Number(figure.Span.Start);
        csv.Number(figure.Span.Length);
        csv.Text(figure.Text);
        csv.Number(figure.Value);
        csv.Text(figure.Unit);
        csv.Text(figure.Kind.ToString().ToLowerInvariant());
        csv.NormalisedNumber(figure.BaseValue);
        csv.WriteField(figure.Approx ? "true" : "false");
        csv.Text(figure.Label);
        csv.Text(figure.Column ?? "");
        csv.EndRecord();
    }

    public static void Finding(CsvWriter csv, string document, Finding finding, OutputLanguage language)
    {
        csv.Text(document);
        csv.Number(finding.Location.Page);
        csv.Number(finding.Location.Line);
        csv.Text(finding.Rule);
        csv.Text(finding.Severity.ToString().ToLowerInvariant());
        csv.Number(finding.Stated);
        csv.Number(finding.Computed);
        csv.Number(finding.Difference);
        csv.Text(finding.Unit);
        csv.Text(language == OutputLanguage.En ? finding.MessageEn : finding.MessageZh);
        csv.Text(Truncate(finding.Evidence, MaxEvidence));
        csv.Text(string.Join(' ', finding.FigureIds));
        csv.EndRecord();
    }

    /// <summary>Writes figures.csv rows (header first) for one document: what <c>reportminer figures</c> prints.</summary>
    public static void WriteFigures(TextWriter writer, string document, IEnumerable<Figure> figures)
    {
        using var csv = CsvFormat.CreateWriter(writer);
        csv.Header(OutputColumns.Figures);
        foreach (var figure in figures)
        {
            Figure(csv, document, figure);
        }

        csv.Flush();
    }

    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
