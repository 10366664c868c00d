using System.Globalization;
using ReportMiner.Pipeline;
using Spectre.Console;

namespace ReportMiner.Cli;

/// <summary>
/// Shows batch progress on stderr: a live bar on a terminal (documents done, documents per second, failures,
/// time left), a plain line every few seconds when stderr is redirected, nothing with --quiet.
/// </summary>
internal static class Progress
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static T Run<T>(TextWriter stderr, bool quiet, int total, Func<IProgress<BatchProgress>?, T> work)
    {
        if (quiet)
        {
            return work(null);
        }

        if (ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && total > 1)
        {
            return RunWithBar(total, work);
        }

        var plain = new PlainProgress(stderr);
        return work(plain);
    }

    private static T RunWithBar<T>(int total, Func<IProgress<BatchProgress>?, T> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("checking", maxValue: total);
                var reporter = new SynchronousProgress(p =>
                {
                    task.Value = p.Done;
                    var rate = p.Elapsed.TotalSeconds > 0 ? p.Done / p.Elapsed.TotalSeconds : 0;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Done}/{p.Total} documents, {rate:0.0}/s, {p.Failed} failed");
                });
                return work(reporter);
            });
    }

    /// <summary>Reports on the caller's thread (System.Progress would post to the thread pool and reorder lines).</summary>
    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }

    private sealed class PlainProgress(TextWriter stderr) : IProgress<BatchProgress>
    {
        private TimeSpan _last = TimeSpan.Zero;

        public void Report(BatchProgress p)
        {
            if (p.Elapsed - _last < PlainInterval || p.Done == p.Total)
            {
                return;
            }

            _last = p.Elapsed;
            var rate = p.Done / Math.Max(p.Elapsed.TotalSeconds, 0.001);
            var left = rate > 0 ? (p.Total - p.Done) / rate : 0;
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"progress: {p.Done}/{p.Total} documents, {rate:0.0}/s, {p.Failed} failed, about {left:0} s left"));
        }
    }
}
