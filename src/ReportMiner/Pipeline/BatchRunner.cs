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
/// not grow with the number of documents. A document that exceeds the time limit becomes a failed row; its work
/// is abandoned (.NET cannot stop a thread) and the batch goes on.
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
        var slots = new Processed?[files.Count];
        var window = new SemaphoreSlim(_jobs * WindowPerJob);
        var gate = new object();
        var next = -1;
        Exception? workerFault = null;

        void Work()
        {
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

                    var processed = Render(ProcessWithTimeout(files[i], cancellationToken), output);
                    lock (gate)
                    {
                        slots[i] = processed;
                        Monitor.PulseAll(gate);
                    }
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

        var workers = Enumerable.Range(0, Math.Min(_jobs, Math.Max(files.Count, 1)))
            .Select(_ => new Thread(Work) { IsBackground = true, Name = "reportminer-worker" })
            .ToList();
        workers.ForEach(w => w.Start());
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

        workers.ForEach(w => w.Join());
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

    private DocumentOutcome ProcessWithTimeout(InputFile file, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var task = Task.Run(() => _processor.Process(file, limit.Token), CancellationToken.None);
        try
        {
            if (task.Wait(_timeout, cancellationToken))
            {
                return task.Result;
            }
        }
        catch (AggregateException e) when (e.InnerException is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (AggregateException e)
        {
            // The processor turns every failure into a failed row, except running out of memory (and bugs in an
            // injected reader): still only this document's failure.
            var inner = e.InnerException ?? e;
            return DocumentOutcome.Failed(file.Name, file.Format, inner is OutOfMemoryException
                ? "out of memory while checking this document: it is too large or too complex"
                : $"internal error while checking this document: {inner.GetType().Name}: {inner.Message}");
        }

        limit.Cancel();
        cancellationToken.ThrowIfCancellationRequested();
        return DocumentOutcome.Failed(file.Name, file.Format,
            $"timed out after {_timeout.TotalSeconds:0.#} s (--timeout): the document was abandoned");
    }
}
