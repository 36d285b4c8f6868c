using System.Collections.Concurrent;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Batch;

/// <summary>
/// Converts every input of a batch, in parallel, writing each one's outputs into its own folder and reporting
/// failures without stopping the rest; a batch of several inputs with the xlsx format also gets one combined workbook,
/// its rows in input order.
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

    // Documents a worker may finish ahead of the oldest unfinished one, per worker: bounds what waits for the batch outputs.
    private const int WindowPerJob = 32;

    /// <summary>
    /// Converts the plan's inputs. <paramref name="progress"/> hears of each input as it finishes, on the thread that
    /// converted it. Cancelling stops taking new inputs and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public BatchResult Run(BatchPlan plan, IProgress<DocumentOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        var outcomes = new ConcurrentDictionary<int, DocumentOutcome>();
        using var assembler = new BatchAssembler(plan.OutputRoot, options.Formats, plan.Inputs.Count);
        var order = new InputOrder<(BatchInput Input, ArticleDataset? Dataset, string? Error)>(
            plan.Inputs.Select(i => i.Index).ToList(), WindowPerJob * options.Jobs,
            done => assembler.Add(done.Input, done.Dataset, done.Error));

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancellationToken };
        var source = System.Collections.Concurrent.Partitioner.Create(plan.Inputs, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(source, parallel, input =>
        {
            order.WaitForTurn(input.Index, cancellationToken);
            var (dataset, error) = input.Problem is null ? ConvertOne(input) : (null, input.Problem);
            var outcome = new DocumentOutcome(input, error);
            outcomes[input.Index] = outcome;
            // Only the combined outputs need the dataset; without them it is not kept waiting.
            order.Finished(input.Index, (input, assembler.HasOutputs ? dataset : null, error));
            progress?.Report(outcome);
        });

        var (files, saveError) = assembler.Save();
        return new BatchResult(plan.Inputs.Select(i => outcomes[i.Index]).ToList(), files.FirstOrDefault(), saveError);
    }

    private (ArticleDataset? Dataset, string? Error) ConvertOne(BatchInput input)
    {
        try
        {
            var result = pipeline.Convert(input.Path);
            if (result.Dataset is null) return (null, result.Error);
            pipeline.Write(result.Dataset, input.Folder!, options.Formats);
            return (result.Dataset, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot write output: " + e.Message);
        }
        catch (Exception e)
        {
            // A defect in one stage must not stop a batch of thousands: report it against this input and go on.
            return (null, $"internal error ({e.GetType().Name}: {e.Message}); please report it with this file");
        }
    }
}
