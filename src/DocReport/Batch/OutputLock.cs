namespace DocReport.Batch;

/// <summary>
/// Holds <c>.docreport/lock-I-of-N</c> in the output folder for a run's whole length, so two runs of the same share
/// cannot write into one folder at once (one would silently replace the other's files). The operating system drops the
/// lock when the process ends, even by kill -9, so a stale lock never blocks the next run.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream stream;

    private OutputLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock of <paramref name="shard"/> in <paramref name="outputRoot"/>, or gives the reason it is taken.</summary>
    public static (OutputLock? Lock, string? Busy) Take(string outputRoot, BatchShard shard)
    {
        var folder = SafeFolder.Ensure(Path.Combine(outputRoot, RunRecord.FolderName));
        var path = Path.Combine(folder, $"lock-{shard.Index}-of-{shard.Count}");
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
            return (new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)), null);
        }
        catch (IOException)
        {
            return (null, $"another docreport run is writing into {outputRoot} (it holds {path}); wait for it to finish, or choose another --output");
        }
    }

    public void Dispose() => stream.Dispose();
}
