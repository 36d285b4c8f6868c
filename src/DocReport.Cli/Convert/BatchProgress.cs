using System.Diagnostics;
using Spectre.Console;

namespace DocReport.Cli.Convert;

/// <summary>Shows progress on long runs: a live bar on a terminal, otherwise throttled lines a log can keep.</summary>
internal abstract class BatchProgress
{
    /// <summary>Runs <paramref name="work"/>, giving it a callback to call once per finished document.</summary>
    public abstract void Run(int total, Action<Action<string, bool>> work);

    public static BatchProgress For(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
            ? new Bar()
            : new Lines(output);

    private sealed class Bar : BatchProgress
    {
        public override void Run(int total, Action<Action<string, bool>> work) =>
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Converting", maxValue: total);
                    work((_, _) => task.Increment(1));
                });
    }

    private sealed class Lines(TextWriter output) : BatchProgress
    {
        public override void Run(int total, Action<Action<string, bool>> work)
        {
            var clock = Stopwatch.StartNew();
            var done = 0;
            var lastReportMs = long.MinValue / 2;
            work((input, succeeded) =>
            {
                lock (output)
                {
                    done++;
                    // Past 20 documents a line a second is enough; the first and last always show.
                    if (total > 20 && done < total && clock.ElapsedMilliseconds - lastReportMs < 1000) return;
                    lastReportMs = clock.ElapsedMilliseconds;
                    var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    var eta = total > 20 ? $", {(total - done) / rate:0}s left" : "";
                    output.WriteLine($"[{done}/{total}] {(succeeded ? "ok" : "failed")} {input} ({rate:0.0} docs/s{eta})");
                }
            });
        }
    }
}
