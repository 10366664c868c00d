using ReportMiner.Documents;
using ReportMiner.Extraction;
using ReportMiner.Ingestion;
using ReportMiner.Pipeline;
using ReportMiner.Reconciliation;

namespace ReportMiner.Tests.Support;

/// <summary>A text reader that misbehaves on documents whose name contains a marker: hangs, throws, or waits.</summary>
internal sealed class MisbehavingReader(Func<string, CancellationToken, int>? before = null) : IDocumentReader
{
    private readonly TextDocumentReader _inner = new();

    /// <summary>Released when the test ends, so hung readers do not outlive it.</summary>
    public ManualResetEventSlim Release { get; } = new(false);

    public SourceFormat Format => SourceFormat.Text;

    public SourceDocument Read(string name, ReadOnlyMemory<byte> content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        before?.Invoke(name, cancellationToken);
        if (name.Contains("HANG", StringComparison.Ordinal))
        {
            // Ignores the cancellation token: a reader stuck in a loop or a blocking call.
            Release.Wait(TimeSpan.FromMinutes(2));
        }

        if (name.Contains("THROW", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("reader bug for the test");
        }

        if (name.Contains("OOM", StringComparison.Ordinal))
        {
            throw new OutOfMemoryException("simulated");
        }

        return _inner.Read(name, content, limits, cancellationToken);
    }
}

/// <summary>An extractor that throws on documents whose name contains "EXTRACT".</summary>
internal sealed class ThrowingExtractor : IFigureExtractor
{
    private readonly FigureExtractor _inner = new();

    public ExtractedDocument Extract(SourceDocument document) =>
        document.Name.Contains("EXTRACT", StringComparison.Ordinal)
            ? throw new IndexOutOfRangeException("extractor bug for the test")
            : _inner.Extract(document);
}

internal static class Processors
{
    public static DocumentProcessor With(IDocumentReader reader, IFigureExtractor? extractor = null, long maxFileBytes = 1 << 30) =>
        new([reader], extractor ?? new FigureExtractor(), new Reconciler(CheckPipeline.Rules()), ReaderLimits.Default, maxFileBytes);

    public static DocumentProcessor Default(long maxFileBytes = 1 << 30) => CheckPipeline.CreateProcessor(maxFileBytes);
}
