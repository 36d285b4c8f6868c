using DocReport.Output;
using DocReport.Output.Workbook;
using DocReport.Pipeline;

namespace DocReport.Batch;

/// <summary>
/// Converts every input of a batch, in parallel, writing each one's outputs into its own folder and reporting
/// failures without stopping the rest; a batch of several inputs with the xlsx format also gets one combined workbook.
/// </summary>
/// <example>
/// <code>
/// var runner = new BatchRunner(new PipelineBuilder().Build(), new BatchOptions { Formats = ["json"] });
/// var result = runner.Run(BatchPlan.Create(["articles/"], "out"));
/// </code>
/// </example>
public sealed class BatchRunner(DocReportPipeline pipeline, BatchOptions options)
{
    /// <summary>The combined workbook of a batch, beside the per-document folders.</summary>
    public const string BatchWorkbookName = "batch.xlsx";

    /// <summary>
    /// Converts the plan's inputs. <paramref name="progress"/> hears of each input as it finishes, on the thread that
    /// converted it. Cancelling stops taking new inputs and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public BatchResult Run(BatchPlan plan, IProgress<DocumentOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        var outcomes = new DocumentOutcome[plan.Inputs.Count];
        var batch = plan.Inputs.Count > 1 && options.Formats.Contains(OutputFormats.Xlsx) ? new BatchWorkbook() : null;
        foreach (var input in plan.Inputs.Where(i => i.Problem is not null))
        {
            outcomes[input.Index] = new DocumentOutcome(input, input.Problem);
            batch?.AddFailure(input.Path, input.Problem!);
            progress?.Report(outcomes[input.Index]);
        }
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancellationToken };
        Parallel.ForEach(plan.Inputs.Where(i => i.Problem is null), parallel, input =>
        {
            var error = ConvertOne(input, batch);
            if (error is not null) batch?.AddFailure(input.Path, error);
            outcomes[input.Index] = new DocumentOutcome(input, error);
            progress?.Report(outcomes[input.Index]);
        });

        var (saved, saveError) = batch is null ? (null, null) : SaveBatch(batch, plan.OutputRoot);
        return new BatchResult(outcomes, saved, saveError);
    }

    private string? ConvertOne(BatchInput input, BatchWorkbook? batch)
    {
        try
        {
            var result = pipeline.Convert(input.Path);
            if (result.Dataset is null) return result.Error;
            pipeline.Write(result.Dataset, input.Folder!, options.Formats);
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

    private static (string? Path, string? Error) SaveBatch(BatchWorkbook batch, string outputRoot)
    {
        var path = Path.Combine(outputRoot, BatchWorkbookName);
        try
        {
            Directory.CreateDirectory(outputRoot);
            batch.Save(path);
            return (path, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot write the combined workbook: {e.Message}");
        }
    }
}
