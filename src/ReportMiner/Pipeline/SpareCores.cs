namespace ReportMiner.Pipeline;

/// <summary>
/// Cores the running batches leave idle, which one document may borrow for work of its own (a PDF lays out a page
/// while PdfPig reads the next). A batch offers its jobs (at most the machine's cores) while it runs and each of its
/// workers holds one until it runs out of documents, so while every job has a document nothing is left to borrow and
/// a full batch is not oversubscribed; a single long document, or the last one of a batch, gets the idle core.
/// Outside a batch nothing is offered, so a reader used on its own stays on its caller's thread.
/// </summary>
internal static class SpareCores
{
    private static int _spare;

    /// <summary>Offers up to <paramref name="jobs"/> cores until the returned scope is disposed.</summary>
    public static IDisposable Offer(int jobs)
    {
        var cores = Math.Min(jobs, Environment.ProcessorCount);
        Interlocked.Add(ref _spare, cores);
        return new Scope(() => Interlocked.Add(ref _spare, -cores));
    }

    /// <summary>
    /// A worker's own core, held while it has documents to check. The count goes below zero with more jobs than cores,
    /// or while a worker stuck in an abandoned document has been replaced: nothing is lent then.
    /// </summary>
    public static IDisposable Hold()
    {
        Interlocked.Decrement(ref _spare);
        return new Scope(Return);
    }

    /// <summary>An idle core if there is one, given back when the returned lease is disposed; null if none.</summary>
    public static IDisposable? TryBorrow()
    {
        var spare = Volatile.Read(ref _spare);
        while (spare > 0)
        {
            var seen = Interlocked.CompareExchange(ref _spare, spare - 1, spare);
            if (seen == spare)
            {
                return new Scope(Return);
            }

            spare = seen;
        }

        return null;
    }

    private static void Return() => Interlocked.Increment(ref _spare);

    private sealed class Scope(Action end) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                end();
            }
        }
    }
}
