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
        var read = Read(file, cancellationToken);
        return read.Document is null ? read.Outcome : Check(read.Document, read.Outcome, cancellationToken);
    }

    /// <summary>
    /// Only reads the file into the document model, as <see cref="Process(InputFile, CancellationToken)"/> does first.
    /// Without a document, the outcome says why (failed or skipped); with one, it carries the name, format and hash.
    /// </summary>
    public (SourceDocument? Document, DocumentOutcome Outcome) Read(InputFile file, CancellationToken cancellationToken)
    {
        if (file.FailReason is not null)
        {
            return (null, DocumentOutcome.Failed(file.Name, file.Format, file.FailReason));
        }

        if (file.SkipReason is not null)
        {
            return (null, DocumentOutcome.Skipped(file.Name, file.Format, file.SkipReason, TryHash(file.Path, _maxFileBytes)));
        }

        byte[] content;
        try
        {
            var info = new FileInfo(file.Path);
            if (!info.Exists)
            {
                return (null, DocumentOutcome.Failed(file.Name, file.Format, Missing(file.Path)));
            }

            var length = info.Length;
            if (length > _maxFileBytes)
            {
                return (null, DocumentOutcome.Failed(file.Name, file.Format,
                    $"file too large: {Megabytes(length)} MB, limit {Megabytes(_maxFileBytes)} MB (--max-size)"));
            }

            if (length == 0)
            {
                // Also what a FIFO or device reports: never opened, as reading one could block or never end.
                return (null, DocumentOutcome.Failed(file.Name, file.Format, "empty file (0 bytes)"));
            }

            content = ReadAtMost(file.Path, length, _maxFileBytes, cancellationToken);
            if (content.LongLength > _maxFileBytes)
            {
                return (null, DocumentOutcome.Failed(file.Name, file.Format,
                    $"file too large: grew past the limit of {Megabytes(_maxFileBytes)} MB (--max-size) while the run was reading it"));
            }

            if (content.Length == 0)
            {
                return (null, DocumentOutcome.Failed(file.Name, file.Format, "empty file (0 bytes): it was emptied while the run was reading it"));
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, DocumentOutcome.Failed(file.Name, file.Format, Missing(file.Path)));
        }
        catch (UnauthorizedAccessException)
        {
            return (null, DocumentOutcome.Failed(file.Name, file.Format, "cannot read file: permission denied"));
        }
        catch (IOException e)
        {
            return (null, DocumentOutcome.Failed(file.Name, file.Format, $"cannot read file: {e.Message}"));
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        if (!_readers.TryGetValue(file.Format, out var reader))
        {
            return (null, DocumentOutcome.Skipped(file.Name, file.Format, $"no reader for {file.Format.Name()} files in this build", sha256));
        }

        return Read(file.Name, file.Format, reader, content, sha256, cancellationToken);
    }

    private (SourceDocument?, DocumentOutcome) Read(string name, SourceFormat format, IDocumentReader reader, byte[] content, string sha256, CancellationToken cancellationToken)
    {
        try
        {
            var document = reader.Read(name, content, _limits, cancellationToken);
            return (document, new DocumentOutcome(name, format, DocumentStatus.Ok, document.PageCount, document.LineCount, [], [], string.Join("; ", document.Notes), sha256));
        }
        catch (DocumentReadException e)
        {
            return (null, DocumentOutcome.Failed(name, format, e.Message, sha256));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, DocumentOutcome.Failed(name, format, $"cannot read {format.Name()} file: {Describe(e)}", sha256));
        }
    }

    private DocumentOutcome Check(SourceDocument document, DocumentOutcome read, CancellationToken cancellationToken)
    {
        try
        {
            var extracted = _extractor.Extract(document);
            cancellationToken.ThrowIfCancellationRequested();
            var findings = _reconciler.Check(extracted);
            return read with { Figures = extracted.Figures, Findings = findings };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return DocumentOutcome.Failed(read.Name, read.Format, $"internal error while checking figures: {Describe(e)}", read.Sha256);
        }
    }

    /// <summary>Why a listed file cannot be found: a symbolic link to nowhere, or a file removed during the run.</summary>
    private static string Missing(string path)
    {
        try
        {
            if (new FileInfo(path).LinkTarget is { } target)
            {
                return $"broken symbolic link: its target '{target}' does not exist";
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not even the link can be read: it went away too.
        }

        return "file disappeared while the run was reading it";
    }

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message}";

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads the file, but never more than <paramref name="max"/> + 1 bytes: a file that grows while it is read
    /// (or lies about its length) cannot exhaust memory. Returns what was there, which may be shorter than expected.
    /// </summary>
    private static byte[] ReadAtMost(string path, long expected, long max, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        var cap = max == long.MaxValue ? max : max + 1;
        var buffer = new byte[(int)Math.Min(Math.Min(expected, cap), Array.MaxLength)];
        var total = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (total == buffer.Length)
            {
                // Full at the expected length: the usual end. A further byte means the file grew.
                var next = total > max || buffer.Length >= Array.MaxLength ? -1 : stream.ReadByte();
                if (next < 0)
                {
                    return buffer;
                }

                Array.Resize(ref buffer, (int)Math.Min(Math.Min((long)buffer.Length * 2, cap), Array.MaxLength));
                buffer[total++] = (byte)next;
                continue;
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                return buffer[..total];
            }

            total += read;
        }
    }

    private static string TryHash(string path, long maxFileBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length == 0 || info.Length > maxFileBytes)
            {
                return "";
            }

            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
