using System.Diagnostics;
using DocReport.Batch;
using Spectre.Console;

namespace DocReport.Cli.Convert;

/// <summary>
/// Shows progress on long runs: a live bar on a terminal, otherwise throttled lines a log can keep. The rate and the time
/// left count converted documents only: a re-run passes over the folders an earlier run completed in a blink, and
/// counting those would promise the rest as fast.
/// </summary>
internal abstract class BatchProgress
{
    /// <summary>Runs <paramref name="work"/>, giving it a callback to call once per finished document.</summary>
    public abstract void Run(int total, Action<Action<DocumentOutcome>> work);

    public static BatchProgress For(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
            ? new Bar()
            : new Lines(output);

    private sealed class Bar : BatchProgress
    {
        // A kept document leaves the bar's work instead of advancing it, so the bar's speed and time left are conversions'.
        public override void Run(int total, Action<Action<DocumentOutcome>> work) =>
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Converting", maxValue: total);
                    var kept = 0;
                    work(outcome =>
                    {
                        lock (task)
                        {
                            if (!outcome.Reused) { task.Increment(1); return; }
                            task.MaxValue = Math.Max(task.MaxValue - 1, task.Value);
                            task.Description = $"Converting ({++kept} kept from an earlier run)";
                        }
                    });
                });
    }

    private sealed class Lines(TextWriter output) : BatchProgress
    {
        public override void Run(int total, Action<Action<DocumentOutcome>> work)
        {
            var clock = Stopwatch.StartNew();
            var done = 0;
            var kept = 0;
            var lastReportMs = long.MinValue / 2;
            work(outcome =>
            {
                lock (output)
                {
                    done++;
                    if (outcome.Reused) kept++;
                    // Past 20 documents a line a second is enough; the first and last always show.
                    if (total > 20 && done < total && clock.ElapsedMilliseconds - lastReportMs < 1000) return;
                    lastReportMs = clock.ElapsedMilliseconds;
                    var state = outcome.Reused ? "kept" : outcome.Succeeded ? "ok" : "failed";
                    output.WriteLine($"[{done}/{total}] {state} {outcome.Input.Path} ({Pace(done - kept, total - done)}{Kept(kept)})");
                }
            });

            string Pace(int converted, int left)
            {
                if (converted == 0) return "none converted yet";
                var rate = converted / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                return total > 20 ? $"{rate:0.0} docs/s, {left / rate:0}s left" : $"{rate:0.0} docs/s";
            }
        }

        private static string Kept(int kept) => kept > 0 ? $", {kept} kept from an earlier run" : "";
    }
}
