using System.Collections.Concurrent;
using DocReport.Output;
using DocReport.Output.Workbook;
using DocReport.Pipeline;

namespace DocReport.Cli.Convert;

/// <summary>Converts every input, in parallel, writing each one's outputs and reporting failures without stopping the rest.</summary>
internal sealed class BatchRun(DocReportPipeline pipeline, IReadOnlyCollection<string> formats, int jobs, Stream stdin, TextWriter stdout, TextWriter stderr)
{
    /// <summary>The combined workbook of a batch, beside the per-document folders.</summary>
    private const string BatchWorkbookName = "batch.xlsx";

    public int Execute(IEnumerable<string> inputs, string outputRoot)
    {
        var (files, missing) = InputExpander.Expand(inputs);
        var failures = new ConcurrentBag<(string Path, string Reason)>(missing);
        foreach (var (path, reason) in missing) stderr.WriteLine($"error: {path}: {reason}");
        if (files.Count == 0 && missing.Count == 0)
        {
            stderr.WriteLine("docreport: no article files found in the given folders");
            return ExitCodes.BadArguments;
        }

        var folders = new OutputFolders(outputRoot);
        var work = files.Select(f => (Input: f, Folder: folders.For(f))).ToList();
        var written = 0;
        var batch = work.Count + missing.Count > 1 && formats.Contains(OutputFormats.Xlsx) ? new BatchWorkbook() : null;
        foreach (var (path, reason) in missing) batch?.AddFailure(path, reason);
        BatchProgress.For(stdout).Run(work.Count, finished =>
            Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = jobs }, item =>
            {
                var error = ConvertOne(item.Input, item.Folder, batch);
                if (error is null) Interlocked.Increment(ref written);
                else
                {
                    failures.Add((item.Input, error));
                    batch?.AddFailure(item.Input, error);
                    lock (stderr) stderr.WriteLine($"error: {item.Input}: {error}");
                }
                finished(item.Input, error is null);
            }));

        if (batch is not null) SaveBatch(batch, outputRoot);
        return Summarise(written, failures.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), outputRoot);
    }

    private string? ConvertOne(string input, string folder, BatchWorkbook? batch)
    {
        try
        {
            var result = InputArgument.Convert(pipeline, input, stdin);
            if (result.Dataset is null) return result.Error;
            pipeline.Write(result.Dataset, folder, formats);
            batch?.Add(result.Dataset);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "cannot write output: " + e.Message;
        }
        catch (Exception e)
        {
            // A defect in one stage must not stop a batch of thousands: report it against this input and go on.
            return $"internal error ({e.GetType().Name}: {e.Message}); please report it with this file";
        }
    }

    private void SaveBatch(BatchWorkbook batch, string outputRoot)
    {
        var path = Path.Combine(outputRoot, BatchWorkbookName);
        try
        {
            Directory.CreateDirectory(outputRoot);
            batch.Save(path);
            stdout.WriteLine($"combined workbook: {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {path}: cannot write the combined workbook: {e.Message}");
        }
    }

    private int Summarise(int written, List<(string Path, string Reason)> failures, string outputRoot)
    {
        stdout.WriteLine($"{written} written to {outputRoot}, {failures.Count} failed");
        if (failures.Count == 0) return ExitCodes.Success;
        stderr.WriteLine("Failed:");
        foreach (var (path, reason) in failures) stderr.WriteLine($"  {path}: {reason}");
        return ExitCodes.SomeFailed;
    }
}
