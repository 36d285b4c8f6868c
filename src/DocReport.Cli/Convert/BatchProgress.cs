namespace DocReport.Cli.Convert;

/// <summary>Reports progress on long runs: one line per document, throttled to about one line a second past 20 documents.</summary>
internal sealed class BatchProgress
{
    private readonly int total;
    private readonly TextWriter output;
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private int done;
    private long lastReportMs = -1000;

    private BatchProgress(int total, TextWriter output)
    {
        this.total = total;
        this.output = output;
    }

    public static BatchProgress Create(int total, TextWriter output) => new(total, output);

    public void Advance(string input, bool succeeded)
    {
        var n = Interlocked.Increment(ref done);
        lock (output)
        {
            var now = clock.ElapsedMilliseconds;
            if (total > 20 && n < total && now - lastReportMs < 1000) return;
            lastReportMs = now;
            var rate = n / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            var eta = total > 20 ? $", {(total - n) / rate:0}s left" : "";
            output.WriteLine($"[{n}/{total}] {(succeeded ? "ok" : "failed")} {input} ({rate:0.0} docs/s{eta})");
        }
    }
}
