using System.Diagnostics;
using ReportMiner.Ingestion;
using ReportMiner.Output;
using ReportMiner.Reconciliation;

namespace ReportMiner.Pipeline;

/// <summary>Progress of a batch, reported after each document is written.</summary>
public readonly record struct BatchProgress(int Done, int Total, int Failed, TimeSpan Elapsed);

/// <summary>Totals of a finished batch, for the summary and the exit code.</summary>
public sealed record BatchSummary(int Ok, int Failed, int Skipped, long Figures, int Errors, int Warnings, int Infos, TimeSpan Elapsed)
{
    public int Documents => Ok + Failed + Skipped;

    public bool HasFindingAtOrAbove(Severity severity) => severity switch
    {
        Severity.Error => Errors > 0,
        Severity.Warning => Errors + Warnings > 0,
        _ => Errors + Warnings + Infos > 0,
    };
}

/// <summary>
/// Processes documents concurrently and writes their outcomes in input order, so the outputs are byte-identical
/// whatever the number of workers. Workers may run ahead of the writer by a bounded window only, so memory does
/// not grow with the number of documents. A document that exceeds the time limit becomes a failed row; its
/// cancellation token is cancelled, its thread is abandoned (.NET cannot stop a thread) and a new worker takes its
/// place, so the batch goes on at full strength.
/// </summary>
public sealed class BatchRunner
{
    /// <summary>
    /// Documents each worker may finish ahead of the writer. A slow document (a long PDF) at the head of the queue
    /// holds the writer; the other worker keeps going for this many small documents before it has to wait. Finished
    /// documents are held as rendered CSV text, so the window bounds memory.
    /// </summary>
    internal const int WindowPerJob = 32;

    private readonly DocumentProcessor _processor;
    private readonly int _jobs;
    private readonly TimeSpan _timeout;

    public BatchRunner(DocumentProcessor processor, int jobs, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        _processor = processor;
        _jobs = jobs;
        _timeout = timeout;
    }

    public BatchSummary Run(IReadOnlyList<InputFile> files, ResultFiles output, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var offered = SpareCores.Offer(_jobs); // what the workers do not hold, a long document may use
        var slots = new Processed?[files.Count];
        var window = new SemaphoreSlim(_jobs * WindowPerJob);
        var gate = new object();
        var next = -1;
        var running = new List<Claim?>(); // by worker; guarded by gate
        var threads = new List<Thread>();  // guarded by gate
        var abandoned = new HashSet<int>();  // workers stuck in a document the watchdog gave up on; guarded by gate
        Exception? workerFault = null;

        void Publish(int index, Processed processed)
        {
            lock (gate)
            {
                slots[index] = processed;
                Monitor.PulseAll(gate);
            }
        }

        // Each worker checks documents on its own thread: no hand-off per document, so a worker's core does the
        // work instead of waiting for another thread to do it. The watchdog below enforces the time limit.
        void Work(object? state)
        {
            var worker = (int)state!;
            using var core = SpareCores.Hold(); // until this worker runs out of documents: then a long one still running may use it
            try
            {
                while (true)
                {
                    window.Wait(cancellationToken);
                    var i = Interlocked.Increment(ref next);
                    if (i >= files.Count)
                    {
                        window.Release();
                        return;
                    }

                    using var claim = new Claim(i, cancellationToken);
                    lock (gate)
                    {
                        running[worker] = claim;
                    }

                    var outcome = ProcessGuarded(files[i], claim.Token, cancellationToken);
                    lock (gate)
                    {
                        running[worker] = null;
                    }

                    if (!claim.TryFinish())
                    {
                        return; // the watchdog gave up on this document and started another worker in this one's place
                    }

                    Publish(i, Render(outcome, output));
                }
            }
            catch (OperationCanceledException)
            {
                // The writer sees the cancellation too.
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    workerFault ??= e;
                    Monitor.PulseAll(gate);
                }
            }
        }

        void StartWorker()
        {
            // Called with gate held.
            var thread = new Thread(Work) { IsBackground = true, Name = "reportminer-worker" };
            running.Add(null);
            threads.Add(thread);
            thread.Start(running.Count - 1);
        }

        // Gives up on a document that is over the time limit: a failed row in its place, its cancellation token
        // cancelled, and a new worker, since .NET cannot stop the thread that is stuck in it.
        void Watch(object? unused)
        {
            lock (gate)
            {
                for (var w = 0; w < running.Count; w++)
                {
                    if (running[w] is { } claim && claim.Elapsed > _timeout && claim.TryAbandon())
                    {
                        running[w] = null;
                        abandoned.Add(w);
                        var file = files[claim.Index];
                        slots[claim.Index] = Render(DocumentOutcome.Failed(file.Name, file.Format,
                            $"timed out after {_timeout.TotalSeconds:0.#} s (--timeout): the document was abandoned"), output);
                        Monitor.PulseAll(gate);
                        StartWorker();
                    }
                }
            }
        }

        lock (gate)
        {
            for (var w = 0; w < Math.Min(_jobs, Math.Max(files.Count, 1)); w++)
            {
                StartWorker();
            }
        }

        var period = TimeSpan.FromMilliseconds(Math.Clamp(_timeout.TotalMilliseconds / 10, 10, 250));
        using var watchdog = new Timer(Watch, null, period, period);
        using var wake = cancellationToken.Register(() =>
        {
            lock (gate)
            {
                Monitor.PulseAll(gate);
            }
        });

        int ok = 0, failed = 0, skipped = 0, errors = 0, warnings = 0, infos = 0;
        long figures = 0;
        for (var k = 0; k < files.Count; k++)
        {
            Processed outcome;
            lock (gate)
            {
                while (slots[k] is null)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (workerFault is not null)
                    {
                        throw new InvalidOperationException("a worker failed outside any document", workerFault);
                    }

                    Monitor.Wait(gate, TimeSpan.FromMilliseconds(500));
                }

                outcome = slots[k]!;
                slots[k] = null;
            }

            window.Release();
            output.Write(outcome.Rows);
            switch (outcome.Status)
            {
                case DocumentStatus.Ok: ok++; break;
                case DocumentStatus.Failed: failed++; break;
                default: skipped++; break;
            }

            figures += outcome.Figures;
            errors += outcome.Errors;
            warnings += outcome.Warnings;
            infos += outcome.Infos;
            progress?.Report(new BatchProgress(k + 1, files.Count, failed, clock.Elapsed));
        }

        List<Thread> toJoin;
        lock (gate)
        {
            // Abandoned workers are still stuck in their documents; only the live ones are waited for.
            toJoin = threads.Where((_, w) => !abandoned.Contains(w)).ToList();
        }

        toJoin.ForEach(w => w.Join());
        return new BatchSummary(ok, failed, skipped, figures, errors, warnings, infos, clock.Elapsed);
    }

    /// <summary>
    /// Renders the outcome's rows on the worker (the costly part of writing), keeping only the text and the counts,
    /// so the in-order writer just copies text and the figure objects are garbage as soon as the worker is done.
    /// </summary>
    private static Processed Render(DocumentOutcome outcome, ResultFiles output)
    {
        RenderedRows rows;
        try
        {
            rows = output.Render(outcome);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            outcome = DocumentOutcome.Failed(outcome.Name, outcome.Format, $"internal error while writing this document's rows: {e.GetType().Name}: {e.Message}", outcome.Sha256);
            rows = output.Render(outcome);
        }

        return new Processed(rows, outcome.Status, outcome.Figures.Count,
            outcome.Count(Severity.Error), outcome.Count(Severity.Warning), outcome.Count(Severity.Info));
    }

    private sealed record Processed(RenderedRows Rows, DocumentStatus Status, int Figures, int Errors, int Warnings, int Infos);

    /// <summary>
    /// Checks one document on the calling thread. The processor turns every failure into a failed row, except
    /// running out of memory (and bugs in an injected reader or extractor): still only this document's failure.
    /// </summary>
    private DocumentOutcome ProcessGuarded(InputFile file, CancellationToken limit, CancellationToken cancellationToken)
    {
        try
        {
            return _processor.Process(file, limit);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return limit.IsCancellationRequested
                ? DocumentOutcome.Failed(file.Name, file.Format, $"timed out after {_timeout.TotalSeconds:0.#} s (--timeout): the document was abandoned")
                : DocumentOutcome.Failed(file.Name, file.Format, e is OutOfMemoryException
                    ? "out of memory while checking this document: it is too large or too complex"
                    : $"internal error while checking this document: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>One document being checked by one worker, until it finishes or the watchdog gives up on it.</summary>
    private sealed class Claim(int index, CancellationToken cancellationToken) : IDisposable
    {
        private const int Running = 0, Finished = 1, Given = 2;
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly CancellationTokenSource _limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        private int _state;

        public int Index { get; } = index;

        public CancellationToken Token => _limit.Token;

        public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

        /// <summary>The worker is done: true unless the watchdog gave up on the document first.</summary>
        public bool TryFinish() => Interlocked.CompareExchange(ref _state, Finished, Running) == Running;

        /// <summary>The watchdog gives up: true unless the worker finished first; the document's token is cancelled.</summary>
        public bool TryAbandon()
        {
            if (Interlocked.CompareExchange(ref _state, Given, Running) != Running)
            {
                return false;
            }

            _limit.Cancel();
            return true;
        }

        public void Dispose() => _limit.Dispose();
    }
}
