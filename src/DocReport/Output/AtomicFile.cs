namespace DocReport.Output;

/// <summary>Writes a file under a temporary name and moves it into place, so no reader ever sees a partial file. The stream can be read and sought, for writers that patch what they wrote.</summary>
internal static class AtomicFile
{
    // Set on a thread writing into a staged folder, which is itself moved into place whole: a temporary name and a rename per file would add nothing.
    [ThreadStatic] private static bool writingStaged;

    /// <summary>
    /// Writes <paramref name="path"/> through a temporary file; a cancelled <paramref name="token"/> seen before the move leaves
    /// whatever was at <paramref name="path"/> as it was and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static void Write(string path, Action<Stream> write, CancellationToken token = default)
    {
        if (writingStaged)
        {
            using var direct = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite);
            write(direct);
            return;
        }
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite))
                write(stream);
            token.ThrowIfCancellationRequested();
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>
    /// Until disposed, this thread's writes go straight to their names: only for a new folder that nobody reads before it is
    /// moved into place whole, and that is discarded if the writing fails (a <c>StagedFolder</c>).
    /// </summary>
    public static StagedWrites WriteStaged()
    {
        writingStaged = true;
        return default;
    }

    /// <summary>Ends <see cref="WriteStaged"/>.</summary>
    public readonly struct StagedWrites : IDisposable
    {
        public void Dispose() => writingStaged = false;
    }
}
