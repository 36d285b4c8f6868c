namespace DocReport.Pipeline;

/// <summary>Loads an input file or stream, turning the ways it can be unusable into clear reasons.</summary>
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
            return Refusal(path, maxBytes) ?? StageResult<SourceFile>.Success(new SourceFile(path, File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return StageResult<SourceFile>.Failure("cannot read file: " + e.Message);
        }
    }

    public static async Task<StageResult<SourceFile>> LoadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            return Refusal(path, maxBytes)
                ?? StageResult<SourceFile>.Success(new SourceFile(path, await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return StageResult<SourceFile>.Failure("cannot read file: " + e.Message);
        }
    }

    /// <summary>Reads a stream such as standard input to its end, refusing it past <paramref name="maxBytes"/>.</summary>
    public static async Task<StageResult<SourceFile>> ReadAsync(Stream stream, string name, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await BoundedRead.ReadAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
            if (bytes is null) return StageResult<SourceFile>.Failure($"input is over the limit of {BoundedRead.Describe(maxBytes)}");
            return bytes.Length == 0 ? StageResult<SourceFile>.Failure("input is empty") : StageResult<SourceFile>.Success(new SourceFile(name, bytes));
        }
        catch (IOException e)
        {
            return StageResult<SourceFile>.Failure("cannot read input: " + e.Message);
        }
    }

    private static StageResult<SourceFile>? Refusal(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        return !info.Exists ? StageResult<SourceFile>.Failure(MissingReason(info.FullName, "file not found"))
            : info.Length == 0 ? StageResult<SourceFile>.Failure(SpecialFile.Refusal(path) ?? "file is empty")
            : info.Length > maxBytes ? StageResult<SourceFile>.Failure($"file is {BoundedRead.Describe(info.Length)}, over the limit of {BoundedRead.Describe(maxBytes)}")
            : null;
    }
}
