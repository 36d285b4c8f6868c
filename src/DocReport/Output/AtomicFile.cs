namespace DocReport.Output;

/// <summary>Writes a file under a temporary name and moves it into place, so no reader ever sees a partial file. The stream can be read and sought, for writers that patch what they wrote.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite))
                write(stream);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
