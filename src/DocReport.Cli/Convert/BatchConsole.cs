using DocReport.Batch;

namespace DocReport.Cli.Convert;

/// <summary>Runs a batch on the console: progress while it runs, one line per failure, a summary and the exit code.</summary>
internal sealed class BatchConsole(BatchRunner runner, TextWriter stdout, TextWriter stderr)
{
    public int Execute(IEnumerable<string> inputs, string outputRoot)
    {
        var plan = BatchPlan.Create(inputs, outputRoot);
        if (plan.Inputs.Count == 0)
        {
            stderr.WriteLine("docreport: no article files found in the given folders");
            return ExitCodes.BadArguments;
        }

        BatchResult? result = null;
        BatchProgress.For(stdout).Run(plan.Inputs.Count, finished =>
            result = runner.Run(plan, new Reporter(outcome =>
            {
                if (!outcome.Succeeded)
                    lock (stderr) stderr.WriteLine($"error: {outcome.Input.Path}: {outcome.Error}");
                finished(outcome.Input.Path, outcome.Succeeded);
            })));

        if (result!.BatchWorkbook is { } saved) stdout.WriteLine($"combined workbook: {saved}");
        if (result.BatchWorkbookError is { } error)
            stderr.WriteLine($"error: {error}");
        return Summarise(result, outputRoot);
    }

    private int Summarise(BatchResult result, string outputRoot)
    {
        var failures = result.Failures;
        stdout.WriteLine($"{result.Written} written to {outputRoot}, {failures.Count} failed");
        if (failures.Count == 0) return ExitCodes.Success;
        stderr.WriteLine("Failed:");
        foreach (var failure in failures) stderr.WriteLine($"  {failure.Input.Path}: {failure.Error}");
        return ExitCodes.SomeFailed;
    }

    /// <summary>Hears of each document on the thread that finished it (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class Reporter(Action<DocumentOutcome> report) : IProgress<DocumentOutcome>
    {
        public void Report(DocumentOutcome value) => report(value);
    }
}
