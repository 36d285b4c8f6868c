using System.Collections.Concurrent;
using DocReport.Model;
using DocReport.Output;
using DocReport.Output.Parquet;
using DocReport.Pipeline;

namespace DocReport.Batch;

/// <summary>
/// Converts every input of a batch, in parallel, writing each one's outputs into its own folder and reporting failures
/// without stopping the rest. The batch's own outputs (a combined workbook, the Parquet dataset) have their rows in input
/// order. A document folder whose manifest shows complete outputs of the same input and options is kept, not redone, so
/// a re-run finishes an interrupted batch. A shard's run converts its share and leaves the batch outputs to
/// <see cref="BatchMerger"/>.
/// </summary>
/// <example>
/// <code>
/// var runner = new BatchRunner(new PipelineBuilder().Build(), new BatchOptions { Formats = ["json", "parquet"] });
/// var result = runner.Run(BatchPlan.Create(["articles/"], "out"));
/// </code>
/// </example>
public sealed class BatchRunner(DocReportPipeline pipeline, BatchOptions options)
{
    /// <summary>The combined workbook of a batch, beside the per-document folders.</summary>
    public const string BatchWorkbookName = "batch.xlsx";

    /// <summary>The folder of the batch's Parquet dataset, beside the per-document folders.</summary>
    public const string ParquetFolderName = ParquetDataset.FolderName;

    // Documents a worker may finish ahead of the oldest unfinished one, per worker: bounds what waits for the batch outputs.
    private const int WindowPerJob = 32;

    /// <summary>
    /// Converts the plan's inputs. <paramref name="progress"/> hears of each input as it finishes, on the thread that
    /// converted it. Cancelling stops taking new inputs, stops a document being converted at its next stage or hundredth of
    /// its analysis (left for a re-run), lets the documents being written finish, and throws
    /// <see cref="OperationCanceledException"/>; cancelled while the batch outputs are written, it leaves an earlier run's
    /// as they were. Cancelled once every input is done and no batch output is left to stop (none to write, or the
    /// workbook already in place), it returns as if it had not been. Each document's outputs are written in a staging
    /// folder and moved into place whole.
    /// </summary>
    /// <exception cref="OutputBusyException">Another run of the same share is writing into the output folder.</exception>
    public BatchResult Run(BatchPlan plan, IProgress<DocumentOutcome>? progress = null, CancellationToken cancellationToken = default) =>
        Run(plan, progress, null, cancellationToken);

    /// <summary>
    /// Converts the plan's inputs as <see cref="Run(BatchPlan, IProgress{DocumentOutcome}?, CancellationToken)"/> does, telling
    /// <paramref name="stages"/> of each document's stages as they begin (<see cref="ConversionStage.Loading"/> first, then the
    /// pipeline's and each output's <see cref="ConversionStage.Writing"/>), from the threads that convert and write it.
    /// </summary>
    /// <exception cref="OutputBusyException">Another run of the same share is writing into the output folder.</exception>
    public BatchResult Run(BatchPlan plan, IProgress<DocumentOutcome>? progress, IProgress<ConversionProgress>? stages, CancellationToken cancellationToken = default)
    {
        var (held, busy) = OutputLock.Take(plan.OutputRoot, plan.Shard);
        using var outputLock = held ?? throw new OutputBusyException(busy!);
        var staging = new StagingArea(plan.OutputRoot, plan.Shard);
        var sharded = plan.Shard.Count > 1;
        // A shard's documents are merged later from their dataset.json.
        var formats = sharded ? options.Formats.Append(OutputFormats.Json).Distinct().ToList() : options.Formats;
        var fingerprint = RunOptions.Fingerprint(pipeline.Options, formats);
        var outcomes = new ConcurrentDictionary<int, DocumentOutcome>();
        using var assembler = new BatchAssembler(plan.OutputRoot, sharded ? [] : formats, plan.InputCount);
        var order = new InputOrder<(string Path, ArticleDataset? Dataset, string? Error, string? Folder)>(
            plan.Inputs.Select(i => i.Index).ToList(), WindowPerJob * options.Jobs,
            done => assembler.Add(done.Path, done.Dataset, done.Error, done.Folder));

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(Partitioner.Create(plan.Inputs, EnumerablePartitionerOptions.NoBuffering), parallel, input =>
            {
                order.WaitForTurn(input.Index, cancellationToken);
                var (dataset, error, reused) = input.Problem is null
                    ? Produce(input, formats, fingerprint, assembler.HasOutputs, staging, stages, cancellationToken)
                    : (null, input.Problem, false);
                var outcome = new DocumentOutcome(input, error, reused);
                outcomes[input.Index] = outcome;
                // Only the batch outputs need the dataset; without them it is not kept waiting.
                order.Finished(input.Index, (input.Path, assembler.HasOutputs ? dataset : null, error,
                    dataset is null ? null : Path.GetRelativePath(plan.OutputRoot, input.Folder!)));
                progress?.Report(outcome);
            });
        }
        catch (OperationCanceledException) when (outcomes.Count == plan.Inputs.Count)
        {
            // Cancelled once every input was done: nothing was stopped, and the batch outputs below still heed the token.
        }

        var documents = plan.Inputs.Select(i => outcomes[i.Index]).ToList();
        new RunRecord(plan.Shard.Index, plan.Shard.Count, plan.InputCount, fingerprint,
            documents.Select(d => new RunEntry(d.Input.Index, d.Input.Path,
                d.Succeeded ? Path.GetRelativePath(plan.OutputRoot, d.Input.Folder!) : null, d.Error)).ToList()).Write(plan.OutputRoot);
        var (files, saveError) = assembler.Save(cancellationToken);
        return new BatchResult(documents, files, saveError);
    }

    /// <summary>The batch outputs a run of <paramref name="plan"/> writes in its output root (<see cref="BatchWorkbookName"/>,
    /// <see cref="ParquetFolderName"/>): none for a shard, whose batch outputs <see cref="BatchMerger"/> writes.</summary>
    public IReadOnlyList<string> BatchOutputs(BatchPlan plan) =>
        plan.Shard.Count > 1 ? [] : BatchAssembler.OutputNames(options.Formats, plan.InputCount);

    /// <summary>A download or standard input, converted and written every run: nothing tells whether it changed since the last.</summary>
    private (ArticleDataset? Dataset, string? Error, bool Reused) Download(BatchInput input, IReadOnlyCollection<string> formats)
    {
        var result = InputArgument.Convert(pipeline, input.Path, options.StandardInput);
        if (result.Dataset is null) return (null, result.Error, false);
        pipeline.Write(result.Dataset, input.Folder!, formats);
        return (result.Dataset, null, false);
    }

    /// <summary>The document's dataset, from the outputs of an earlier run when they are complete, else converted and written now.</summary>
    private (ArticleDataset? Dataset, string? Error, bool Reused) Produce(BatchInput input, IReadOnlyCollection<string> formats,
        string fingerprint, bool needDataset, StagingArea staging, IProgress<ConversionProgress>? stages, CancellationToken cancellationToken)
    {
        try
        {
            stages?.Report(new(input.Path, ConversionStage.Loading));
            if (!InputArgument.IsFile(input.Path)) return Download(input, formats);
            // Read once, so an unreadable file is a reading failure, and the hash is of the very bytes converted.
            var loaded = InputLoader.Load(input.Path, pipeline.Options.MaxInputBytes);
            if (loaded.Value is not { } file) return (null, loaded.Error, false);
            var hash = DocumentManifest.HashOf(file.Bytes);
            if (DocumentManifest.Read(input.Folder!)?.Covers(input.Folder!, hash, fingerprint) == true)
            {
                if (!needDataset) return (null, null, true);
                if (KeptDataset.Read(input.Folder!) is { } kept) return (kept, null, true);
            }
            var result = pipeline.Convert(file, stages, cancellationToken);
            if (result.Dataset is null) return (null, result.Error, false);
            using var staged = staging.Begin(input.Folder!);
            using (AtomicFile.WriteStaged())
            {
                pipeline.Write(result.Dataset, staged.Path, formats, stages);
                if (needDataset) KeptDataset.Keep(result.Dataset, staged.Path, formats);
                DocumentManifest.Write(staged.Path, input.Path, hash, fingerprint);
            }
            staged.Commit();
            return (result.Dataset, null, false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, WriteFailure.Reason(e, input.Folder!), false);
        }
        catch (Exception e) when (OutOfMemory.Is(e))
        {
            // Too big for the memory this process may use, not a defect: the memory is freed and the batch goes on.
            return (null, OutOfMemory.ForDocument(), false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect in one stage must not stop a batch of thousands: report it against this input and go on.
            return (null, $"internal error ({e.GetType().Name}: {e.Message}); please report it with this file", false);
        }
    }
}
