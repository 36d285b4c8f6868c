using DocReport.Batch;
using DocReport.Pipeline;

namespace DocReport.Cli.Convert;

/// <summary>Runs a batch on the console: progress while it runs, one line per failure, a summary and the exit code.</summary>
internal sealed class BatchConsole(BatchRunner runner, TextWriter stdout, TextWriter stderr, Func<SignalCancellation> listen)
{
    public int Execute(IEnumerable<string> inputs, string outputRoot, BatchShard shard)
    {
        var plan = BatchPlan.Create(inputs, outputRoot, shard);
        var links = BatchPlan.LinksSkipped(inputs);
        if (plan.InputCount == 0)
        {
            // the folders are named, and what a folder's article files end in, so a wrong folder or format is seen at once
            var folders = string.Join(", ", inputs.Where(Directory.Exists));
            stderr.WriteLine($"docreport: no article files ({BatchPlan.ArticleEndings}) found in the given folders: {folders}" + (links == 0 ? "" : "; " + LinksNote(links)));
            return ExitCodes.BadArguments;
        }
        // a folder of links beside other inputs would otherwise drop out of the batch unsaid, its documents simply missing
        if (links > 0) stderr.WriteLine($"docreport: {LinksNote(links)}");
        if (shard.Count > 1) stdout.WriteLine($"shard {shard}: {plan.Inputs.Count} of the batch's {plan.InputCount} inputs");

        BatchResult? result = null;
        var outcomes = new List<DocumentOutcome>();
        using var signals = listen();
        try
        {
            BatchProgress.For(stdout, stderr).Run(plan.Inputs.Count, (stage, finished) =>
                result = runner.Run(plan, new Reporter<DocumentOutcome>(outcome =>
                {
                    lock (outcomes) outcomes.Add(outcome);
                    finished(outcome);
                }), new Reporter<ConversionProgress>(stage), signals.Token));
        }
        catch (OutputBusyException e)
        {
            stderr.WriteLine($"docreport: {e.Message}");
            return ExitCodes.BadArguments;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && outcomes.Count == 0)
        {
            // An output folder that cannot be made or written into (read-only, under a file) stops the run before any
            // document: one line and the code of a bad --output, not a stack trace.
            stderr.WriteLine($"docreport: cannot write into the output folder {outputRoot}: {OutputFolderProblem(outputRoot, e)}; {OutputFolderAdvice}");
            return ExitCodes.BadArguments;
        }
        catch (OperationCanceledException) when (signals.Received is { } signal)
        {
            return Interrupted(signal, outcomes, plan);
        }

        foreach (var file in result!.BatchFiles) stdout.WriteLine($"batch output: {file}");
        if (result.BatchError is { } error) stderr.WriteLine($"error: {error}");
        if (shard.Count > 1) stdout.WriteLine($"when every shard has run: docreport merge {outputRoot}");
        var code = Summarise(result, outputRoot);
        if (signals.Received is { } late) stdout.WriteLine(LateSignalNote(late, result.BatchError is null));
        return code;
    }

    private static string LinksNote(int links) =>
        $"{links} symbolic link{(links == 1 ? "" : "s")} to article files skipped (a link inside a folder is never followed): name the files on the command line, or copy them";

    /// <summary>
    /// Why the output folder cannot be written: a file standing where one of its folders goes is named ("notes.txt is a
    /// file, not a folder", where .NET says "Could not find a part of the path '…/notes.txt/out/.docreport'"); otherwise
    /// the system's reason ("Access to the path … is denied.").
    /// </summary>
    internal static string OutputFolderProblem(string outputRoot, Exception e)
        => Reason(outputRoot, e).TrimEnd('.');

    /// <summary>What to do about it, after the reason.</summary>
    internal const string OutputFolderAdvice = "give -o a folder you can write into";

    private static string Reason(string outputRoot, Exception e)
    {
        for (var folder = Path.GetFullPath(outputRoot); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            if (File.Exists(folder)) return $"{folder} is a file, not a folder";
        return e.Message;
    }

    /// <summary>
    /// A signal that arrives once the run has nothing left to write (the batch workbook moved, the Parquet files following
    /// it; or the batch outputs given up on their own error) stops nothing: the run finishes, its exit code says what was
    /// written (DESIGN.md: 0 all written, 1 not all), and this line says the signal was heard.
    /// </summary>
    internal static string LateSignalNote(System.Runtime.InteropServices.PosixSignal signal, bool batchOutputsWritten = true) =>
        batchOutputsWritten
            ? $"{signal} arrived after every output was in place: nothing was stopped, the run finished as above"
            : $"{signal} arrived after the run had ended: the batch outputs failed on the error above, not on the signal, which stopped nothing";

    private int Summarise(BatchResult result, string outputRoot)
    {
        var failures = result.Failures;
        var reused = result.Reused > 0 ? $" ({result.Reused} already complete from an earlier run, kept)" : "";
        var batch = result.BatchError is null ? "" : "; not every batch output was written";
        stdout.WriteLine($"{result.Written} written to {outputRoot}{reused}, {failures.Count} failed{batch}");
        if (failures.Count == 0) return result.BatchError is null ? ExitCodes.Success : ExitCodes.SomeFailed;
        stderr.WriteLine("Failed:");
        WriteFailures(failures);
        return ExitCodes.SomeFailed;
    }

    // One line a failed document, its path and error escaped so that neither can split the line.
    private void WriteFailures(IEnumerable<DocumentOutcome> failures)
    {
        foreach (var failure in failures) stderr.WriteLine("  " + LogText.Escaped($"{failure.Input.Path}: {failure.Error}"));
    }

    // Whatever finished is complete in its folder; the rest was never started or is left to a re-run. A signal that arrives
    // once every document is done, while the batch outputs are written, interrupts those: an earlier run's stay as they were.
    private int Interrupted(System.Runtime.InteropServices.PosixSignal signal, List<DocumentOutcome> outcomes, BatchPlan plan)
    {
        var written = outcomes.Count(o => o.Succeeded);
        var kept = outcomes.Count(o => o.Reused);
        var reused = kept > 0 ? $" ({kept} already complete from an earlier run, kept)" : "";
        stdout.WriteLine($"interrupted by {signal}: {written} written to {plan.OutputRoot}{reused}, {outcomes.Count - written} failed, "
            + $"{plan.Inputs.Count - outcomes.Count} not converted; run the same command again to finish");
        WriteFailures(outcomes.Where(o => !o.Succeeded));
        if (BatchOutputsNote(plan.OutputRoot, runner.BatchOutputs(plan)) is { } note) stdout.WriteLine(note);
        return signal == System.Runtime.InteropServices.PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
    }

    /// <summary>
    /// What became of the batch outputs (<paramref name="names"/>, in <paramref name="outputRoot"/>) an interrupted run did not
    /// write: those an earlier run left are that run's, the others are missing; null when the run has none.
    /// </summary>
    internal static string? BatchOutputsNote(string outputRoot, IReadOnlyList<string> names)
    {
        if (names.Count == 0) return null;
        var earlier = names.Where(n => LeftEarlier(outputRoot, n)).Select(Shown).ToList();
        var missing = names.Where(n => !LeftEarlier(outputRoot, n)).Select(Shown).ToList();
        var notes = new List<string>();
        if (earlier.Count > 0) notes.Add($"{string.Join(" and ", earlier)} in {outputRoot} {(earlier.Count == 1 ? "is" : "are")} an earlier run's, not this one's");
        if (missing.Count > 0) notes.Add($"{string.Join(" and ", missing)} {(missing.Count == 1 ? "was" : "were")} not written");
        return $"{string.Join("; ", notes)}; the same command run again writes {(names.Count == 1 ? "it" : "them")}";
    }

    private static bool LeftEarlier(string outputRoot, string name)
    {
        var path = Path.Combine(outputRoot, name);
        return name == BatchRunner.ParquetFolderName ? Directory.Exists(path) && Directory.EnumerateFiles(path, "*.parquet").Any() : File.Exists(path);
    }

    private static string Shown(string name) => name == BatchRunner.ParquetFolderName ? name + "/" : name;

    /// <summary>Hears of each document on the thread that finished it (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
