using ReportMiner.Documents;

namespace ReportMiner.Ingestion;

/// <summary>Reads one file format into the document model.</summary>
public interface IDocumentReader
{
    SourceFormat Format { get; }

    /// <summary>
    /// Reads <paramref name="content"/> (the whole file) as a document called <paramref name="name"/>.
    /// Throws <see cref="DocumentReadException"/> with the reason when the document cannot be read;
    /// any other exception is a bug the pipeline still turns into a failed row.
    /// </summary>
    SourceDocument Read(string name, ReadOnlyMemory<byte> content, ReaderLimits limits, CancellationToken cancellationToken);
}

/// <summary>Limits a reader enforces against hostile input.</summary>
/// <param name="MaxExpandedBytes">Largest uncompressed part of a zip container (.docx) the reader accepts.</param>
/// <param name="MaxPages">Largest page count read from a PDF.</param>
public sealed record ReaderLimits(long MaxExpandedBytes, int MaxPages)
{
    /// <summary>
    /// Longest line (paragraph) of a text file, in characters. A report's paragraphs are a few thousand characters;
    /// a longer line is a dump, minified data or a hostile file, and checking it would take minutes.
    /// </summary>
    public int MaxLineChars { get; init; } = 1_000_000;

    public static ReaderLimits Default { get; } = new(MaxExpandedBytes: 256L * 1024 * 1024, MaxPages: 5000);
}
