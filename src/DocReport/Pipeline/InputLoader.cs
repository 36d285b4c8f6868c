namespace DocReport.Pipeline;

/// <summary>Loads an input file, turning the ways it can be unusable into clear reasons.</summary>
internal static class InputLoader
{
    // .NET decodes Unix file names as UTF-8 and cannot reopen a name whose bytes are not UTF-8 (they became U+FFFD).
    private const string UndecodableName = "the file name is not valid UTF-8, so it cannot be opened: rename the file (e.g. convmv -f latin1 -t utf8)";

    /// <summary>Why <paramref name="path"/> is not there: <paramref name="plain"/>, unless its name could not be decoded.</summary>
    public static string MissingReason(string path, string plain) => path.Contains('\uFFFD') ? UndecodableName : plain;

    public static StageResult<SourceFile> Load(string path, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return StageResult<SourceFile>.Failure(MissingReason(path, "file not found"));
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
