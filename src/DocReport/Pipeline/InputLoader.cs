namespace DocReport.Pipeline;

/// <summary>Loads an input file, turning the ways it can be unusable into clear reasons.</summary>
internal static class InputLoader
{
    public static StageResult<SourceFile> Load(string path, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return StageResult<SourceFile>.Failure("file not found");
            if (info.Length == 0) return StageResult<SourceFile>.Failure("file is empty");
            if (info.Length > maxBytes)
                return StageResult<SourceFile>.Failure($"file is {info.Length / (1024 * 1024.0):0.#} MiB, over the limit of {maxBytes / (1024 * 1024)} MiB");
            return StageResult<SourceFile>.Success(new SourceFile(path, File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return StageResult<SourceFile>.Failure("cannot read file: " + e.Message);
        }
    }
}
