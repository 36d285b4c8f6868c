namespace DocReport.Batch;

/// <summary>
/// Where a run writes each document's outputs before they are moved into place whole: <c>.docreport/staging-I-of-N/</c>
/// in the output folder, on the same file system, so the move is a rename. A document folder therefore only ever holds
/// one run's complete outputs: a re-run with fewer formats leaves no old files, and a killed run leaves nothing half
/// written in it. What a killed run left here is removed by the next run of the same share, which holds the lock.
/// </summary>
internal sealed class StagingArea
{
    private readonly string folder;

    /// <summary>The staging area of <paramref name="shard"/>, emptied of whatever an earlier, killed run left.</summary>
    public StagingArea(string outputRoot, BatchShard shard)
    {
        folder = Path.Combine(outputRoot, RunRecord.FolderName, $"staging-{shard.Index}-of-{shard.Count}");
        SafeFolder.Delete(folder);
        SafeFolder.Ensure(folder);
        if (shard.Count == 1) DeleteStaleTemporaryFiles(outputRoot);
    }

    /// <summary>A new, empty folder to write the outputs that will replace <paramref name="target"/>.</summary>
    public StagedFolder Begin(string target)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new StagedFolder(path, target, Path.Combine(folder, "replaced-" + Guid.NewGuid().ToString("N")));
    }

    // Temporary files of writes a killed run never finished: the batch workbook's spools and atomic writes beside it.
    private static void DeleteStaleTemporaryFiles(string outputRoot)
    {
        var folders = new[] { outputRoot }.Concat(Directory.EnumerateDirectories(outputRoot).Where(d => new DirectoryInfo(d).LinkTarget is null));
        foreach (var stale in folders.SelectMany(f => Directory.EnumerateFiles(f, ".*.tmp")))
            File.Delete(stale);
    }
}

/// <summary>One document's outputs being written; <see cref="Commit"/> moves them into place, disposing without it discards them.</summary>
internal sealed class StagedFolder(string path, string target, string replaced) : IDisposable
{
    private bool committed;

    /// <summary>The folder to write into.</summary>
    public string Path { get; } = path;

    /// <summary>Replaces <c>target</c> (a folder, or a link or file planted in its place) with the staged folder.</summary>
    public void Commit()
    {
        // A rename moves a link itself, never what it points to.
        var old = Directory.Exists(target) || File.Exists(target) || new FileInfo(target).LinkTarget is not null;
        if (Directory.Exists(target)) Directory.Move(target, replaced);
        else if (old) File.Move(target, replaced);
        Directory.Move(Path, target);
        committed = true;
        if (old) SafeFolder.Delete(replaced);
    }

    public void Dispose()
    {
        if (!committed) SafeFolder.Delete(Path);
    }
}
