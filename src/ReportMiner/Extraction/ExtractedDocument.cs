using ReportMiner.Documents;

namespace ReportMiner.Extraction;

/// <summary>A document with its figures (in document order) and the relations between them.</summary>
public sealed record ExtractedDocument(
    SourceDocument Source,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<FigureRelation> Relations);

/// <summary>Finds the figures of a document and the relations between them.</summary>
public interface IFigureExtractor
{
    ExtractedDocument Extract(SourceDocument document);
}
