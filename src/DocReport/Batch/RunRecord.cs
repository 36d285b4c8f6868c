using System.Text.Json;
using DocReport.Output;

namespace DocReport.Batch;

/// <summary>What became of one input, as a run record keeps it.</summary>
/// <param name="Index">Position in the whole batch's input order.</param>
/// <param name="Path">The input.</param>
/// <param name="Folder">The output folder relative to the output root, when converted.</param>
/// <param name="Error">Why it failed, when it did.</param>
internal sealed record RunEntry(int Index, string Path, string? Folder, string? Error);

/// <summary>
/// Kept in <c>.docreport/</c> under the output root by every run, one per shard: the outcome of each of the shard's inputs.
/// <c>docreport merge</c> reads the records of all shards to rebuild the batch outputs in input order.
/// </summary>
internal sealed record RunRecord(int ShardIndex, int ShardCount, int InputCount, string Options, IReadOnlyList<RunEntry> Entries)
{
    public const string FolderName = ".docreport";

    public static string PathFor(string outputRoot, BatchShard shard) =>
        Path.Combine(outputRoot, FolderName, $"run-{shard.Index}-of-{shard.Count}.json");

    public void Write(string outputRoot)
    {
        var path = PathFor(outputRoot, new BatchShard(ShardIndex, ShardCount));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, this, BatchJsonContext.Default.RunRecord));
    }

    /// <summary>The records under <paramref name="outputRoot"/>, or why one could not be read.</summary>
    public static (List<RunRecord> Records, string? Error) ReadAll(string outputRoot)
    {
        var folder = Path.Combine(outputRoot, FolderName);
        if (!Directory.Exists(folder)) return ([], $"{outputRoot}: no run records (.docreport/run-*.json): not the output folder of a docreport run");
        var records = new List<RunRecord>();
        foreach (var file in Directory.EnumerateFiles(folder, "run-*-of-*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                using var stream = File.OpenRead(file);
                records.Add(JsonSerializer.Deserialize(stream, BatchJsonContext.Default.RunRecord) ?? throw new JsonException("null record"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
            {
                return ([], $"{file}: cannot read the run record: {e.Message}");
            }
        }
        return (records, null);
    }
}
