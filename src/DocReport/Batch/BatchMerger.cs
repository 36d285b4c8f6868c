using DocReport.Output.Json;

namespace DocReport.Batch;

/// <summary>What a merge wrote, or why it could not.</summary>
/// <param name="Files">The batch outputs written: the combined workbook, the Parquet folder.</param>
/// <param name="Documents">Inputs of the whole batch.</param>
/// <param name="Failed">Inputs that had failed in their shard.</param>
/// <param name="Error">Why the merge stopped (shards missing, records that disagree, a dataset that cannot be read); null when it did not.</param>
public sealed record MergeResult(IReadOnlyList<string> Files, int Documents, int Failed, string? Error);

/// <summary>
/// Combines the outputs of the shards of one batch (each run with <c>--shard I/N</c>, into one shared folder or several)
/// into the batch's combined workbook and Parquet dataset, byte-identical to those of a single run over the same inputs.
/// </summary>
public static class BatchMerger
{
    /// <summary>
    /// Reads the run records in <paramref name="folders"/> and writes the batch outputs of <paramref name="formats"/> into
    /// <paramref name="outputRoot"/>. Cancelled, it throws <see cref="OperationCanceledException"/> and leaves the batch
    /// outputs an earlier merge wrote as they were, and no temporary file.
    /// </summary>
    public static MergeResult Merge(IReadOnlyList<string> folders, string outputRoot, IReadOnlyCollection<string> formats,
        CancellationToken cancellationToken = default)
    {
        var records = new List<(string Root, RunRecord Record)>();
        foreach (var folder in folders)
        {
            var (found, error) = RunRecord.ReadAll(folder);
            if (error is not null) return Failure(error);
            records.AddRange(found.Select(r => (folder, r)));
        }
        if (Inconsistency(records) is { } problem) return Failure(problem);

        var entries = records.SelectMany(r => r.Record.Entries.Select(e => (r.Root, Entry: e))).OrderBy(e => e.Entry.Index).ToList();
        using var assembler = new BatchAssembler(outputRoot, formats, records[0].Record.InputCount);
        foreach (var (root, entry) in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Error is not null)
            {
                assembler.Add(entry.Path, null, entry.Error);
                continue;
            }
            var path = Path.Combine(root, entry.Folder!, JsonDatasetWriter.FileName);
            var dataset = JsonDatasetReader.Read(path);
            if (dataset.Value is null) return Failure($"{path}: {dataset.Error} (run the shards with json among the formats)");
            assembler.Add(entry.Path, dataset.Value, null, entry.Folder);
        }
        var (files, saveError) = assembler.Save(cancellationToken);
        return new MergeResult(files, entries.Count, entries.Count(e => e.Entry.Error is not null), saveError);
    }

    /// <summary>
    /// The batch outputs a merge of <paramref name="folders"/> writes for <paramref name="formats"/>, by their names in the
    /// output root (<see cref="BatchAssembler.OutputNames"/>: no combined workbook for a batch of one input); what was asked
    /// for when the run records cannot be read.
    /// </summary>
    public static IReadOnlyList<string> OutputNames(IReadOnlyList<string> folders, IReadOnlyCollection<string> formats)
    {
        var first = folders.Select(f => RunRecord.ReadAll(f).Records).FirstOrDefault(found => found.Count > 0)?[0];
        return BatchAssembler.OutputNames(formats, first?.InputCount ?? int.MaxValue);
    }

    /// <summary>Why the records are not the complete shards of one batch, or null when they are.</summary>
    private static string? Inconsistency(List<(string Root, RunRecord Record)> records)
    {
        if (records.Count == 0) return "no run records found";
        var first = records[0].Record;
        if (records.Any(r => r.Record.ShardCount != first.ShardCount || r.Record.InputCount != first.InputCount || r.Record.Options != first.Options))
            return "the run records are of different batches (shard count, inputs or options differ): " +
                string.Join(", ", records.Select(r => Path.Combine(r.Root, Path.GetFileName(RunRecord.PathFor(r.Root, new BatchShard(r.Record.ShardIndex, r.Record.ShardCount))))));
        var missing = Enumerable.Range(0, first.ShardCount).Except(records.Select(r => r.Record.ShardIndex)).ToList();
        if (missing.Count > 0) return $"shards missing: {string.Join(", ", missing.Select(m => $"{m}/{first.ShardCount}"))}; run them, then merge again";
        var twice = records.GroupBy(r => r.Record.ShardIndex).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) return $"shard {twice.Key}/{first.ShardCount} has records in more than one folder: {string.Join(", ", twice.Select(t => t.Root))}";
        var indices = records.SelectMany(r => r.Record.Entries).Select(e => e.Index).Order().ToList();
        return indices.SequenceEqual(Enumerable.Range(0, first.InputCount)) ? null
            : $"the shards hold {indices.Count} inputs, not the batch's {first.InputCount} each once";
    }

    private static MergeResult Failure(string error) => new([], 0, 0, error);
}
