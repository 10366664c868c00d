using System.Security.Cryptography;
using ReportMiner.Documents;
using ReportMiner.Extraction;
using ReportMiner.Ingestion;
using ReportMiner.Reconciliation;

namespace ReportMiner.Pipeline;

/// <summary>
/// Turns one input file into its outcome: read, extract, reconcile. Never throws for a bad document: every
/// failure becomes a failed row with the reason, so one document cannot end the batch. Built once and shared
/// by all workers.
/// </summary>
public sealed class DocumentProcessor
{
    private readonly IReadOnlyDictionary<SourceFormat, IDocumentReader> _readers;
    private readonly IFigureExtractor _extractor;
    private readonly Reconciler _reconciler;
    private readonly ReaderLimits _limits;
    private readonly long _maxFileBytes;

    public DocumentProcessor(
        IEnumerable<IDocumentReader> readers,
        IFigureExtractor extractor,
        Reconciler reconciler,
        ReaderLimits limits,
        long maxFileBytes)
    {
        _readers = readers.ToDictionary(r => r.Format);
        _extractor = extractor;
        _reconciler = reconciler;
        _limits = limits;
        _maxFileBytes = maxFileBytes;
    }

    public DocumentOutcome Process(InputFile file, CancellationToken cancellationToken)
    {
        if (file.SkipReason is not null)
        {
            return DocumentOutcome.Skipped(file.Name, file.Format, file.SkipReason, TryHash(file.Path));
        }

        if (!_readers.TryGetValue(file.Format, out var reader))
        {
            return DocumentOutcome.Skipped(file.Name, file.Format, $"no reader for {file.Format.Name()} files in this build", TryHash(file.Path));
        }

        byte[] content;
        try
        {
            var length = new FileInfo(file.Path).Length;
            if (length > _maxFileBytes)
            {
                return DocumentOutcome.Failed(file.Name, file.Format,
                    $"file too large: {Megabytes(length)} MB, limit {Megabytes(_maxFileBytes)} MB (--max-size)");
            }

            content = File.ReadAllBytes(file.Path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return DocumentOutcome.Failed(file.Name, file.Format, "file disappeared while the run was reading it");
        }
        catch (UnauthorizedAccessException)
        {
            return DocumentOutcome.Failed(file.Name, file.Format, "cannot read file: permission denied");
        }
        catch (IOException e)
        {
            return DocumentOutcome.Failed(file.Name, file.Format, $"cannot read file: {e.Message}");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        return Process(file.Name, file.Format, reader, content, sha256, cancellationToken);
    }

    private DocumentOutcome Process(string name, SourceFormat format, IDocumentReader reader, byte[] content, string sha256, CancellationToken cancellationToken)
    {
        SourceDocument document;
        try
        {
            document = reader.Read(name, content, _limits, cancellationToken);
        }
        catch (DocumentReadException e)
        {
            return DocumentOutcome.Failed(name, format, e.Message, sha256);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return DocumentOutcome.Failed(name, format, $"cannot read {format.Name()} file: {Describe(e)}", sha256);
        }

        try
        {
            var extracted = _extractor.Extract(document);
            cancellationToken.ThrowIfCancellationRequested();
            var findings = _reconciler.Check(extracted);
            return new DocumentOutcome(
                name,
                format,
                DocumentStatus.Ok,
                document.PageCount,
                document.LineCount,
                extracted.Figures,
                findings,
                string.Join("; ", document.Notes),
                sha256);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return DocumentOutcome.Failed(name, format, $"internal error while checking figures: {Describe(e)}", sha256);
        }
    }

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message}";

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static string TryHash(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
