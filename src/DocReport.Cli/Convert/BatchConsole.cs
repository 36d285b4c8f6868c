using DocReport.Batch;

namespace DocReport.Cli.Convert;

/// <summary>Runs a batch on the console: progress while it runs, one line per failure, a summary and the exit code.</summary>
internal sealed class BatchConsole(BatchRunner runner, TextWriter stdout, TextWriter stderr)
{
    public int Execute(IEnumerable<string> inputs, string outputRoot, BatchShard shard)
    {
        var plan = BatchPlan.Create(inputs, outputRoot, shard);
        if (plan.InputCount == 0)
        {
            stderr.WriteLine("docreport: no article files found in the given folders");
            return ExitCodes.BadArguments;
        }
        if (shard.Count > 1) stdout.WriteLine($"shard {shard}: {plan.Inputs.Count} of the batch's {plan.InputCount} inputs");

        BatchResult? result = null;
        var outcomes = new List<DocumentOutcome>();
        using var signals = new SignalCancellation();
        try
        {
            BatchProgress.For(stdout).Run(plan.Inputs.Count, finished =>
                result = runner.Run(plan, new Reporter(outcome =>
                {
                    lock (outcomes) outcomes.Add(outcome);
                    if (!outcome.Succeeded)
                        lock (stderr) stderr.WriteLine($"error: {outcome.Input.Path}: {outcome.Error}");
                    finished(outcome);
                }), signals.Token));
        }
        catch (OutputBusyException e)
        {
            stderr.WriteLine($"docreport: {e.Message}");
            return ExitCodes.BadArguments;
        }
        catch (OperationCanceledException) when (signals.Received is { } signal)
        {
            return Interrupted(signal, outcomes, plan.Inputs.Count, outputRoot);
        }

        foreach (var file in result!.BatchFiles) stdout.WriteLine($"batch output: {file}");
        if (result.BatchError is { } error) stderr.WriteLine($"error: {error}");
        if (shard.Count > 1) stdout.WriteLine($"when every shard has run: docreport merge {outputRoot}");
        return Summarise(result, outputRoot);
    }

    private int Summarise(BatchResult result, string outputRoot)
    {
        var failures = result.Failures;
        var reused = result.Reused > 0 ? $" ({result.Reused} already complete from an earlier run, kept)" : "";
        stdout.WriteLine($"{result.Written} written to {outputRoot}{reused}, {failures.Count} failed");
        if (failures.Count == 0) return ExitCodes.Success;
        stderr.WriteLine("Failed:");
        foreach (var failure in failures) stderr.WriteLine($"  {failure.Input.Path}: {failure.Error}");
        return ExitCodes.SomeFailed;
    }

    // Whatever finished is complete in its folder; the rest was never started or is left to a re-run.
    private int Interrupted(System.Runtime.InteropServices.PosixSignal signal, List<DocumentOutcome> outcomes, int total, string outputRoot)
    {
        var written = outcomes.Count(o => o.Succeeded);
        var kept = outcomes.Count(o => o.Reused);
        var reused = kept > 0 ? $" ({kept} already complete from an earlier run, kept)" : "";
        stdout.WriteLine($"interrupted by {signal}: {written} written to {outputRoot}{reused}, {outcomes.Count - written} failed, "
            + $"{total - outcomes.Count} not converted; run the same command again to finish");
        foreach (var failure in outcomes.Where(o => !o.Succeeded)) stderr.WriteLine($"  {failure.Input.Path}: {failure.Error}");
        if (EarlierOutputsNote(outputRoot) is { } note) stdout.WriteLine(note);
        return signal == System.Runtime.InteropServices.PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
    }

    /// <summary>Names the batch outputs an earlier run left in <paramref name="outputRoot"/>, which an interrupted run does not
    /// rewrite; null when there are none.</summary>
    internal static string? EarlierOutputsNote(string outputRoot)
    {
        var found = new List<string>();
        if (File.Exists(Path.Combine(outputRoot, BatchRunner.BatchWorkbookName))) found.Add(BatchRunner.BatchWorkbookName);
        var parquet = Path.Combine(outputRoot, "parquet");
        if (Directory.Exists(parquet) && Directory.EnumerateFiles(parquet, "*.parquet").Any()) found.Add("parquet/");
        return found.Count switch
        {
            0 => null,
            1 => $"{found[0]} in {outputRoot} is an earlier run's, not this one's; the same command run again rewrites it",
            _ => $"{string.Join(" and ", found)} in {outputRoot} are an earlier run's, not this one's; the same command run again rewrites them",
        };
    }

    /// <summary>Hears of each document on the thread that finished it (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class Reporter(Action<DocumentOutcome> report) : IProgress<DocumentOutcome>
    {
        public void Report(DocumentOutcome value) => report(value);
    }
}
