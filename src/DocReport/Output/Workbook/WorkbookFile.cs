using SpreadCheetah;

namespace DocReport.Output.Workbook;

/// <summary>
/// Streams a workbook to a file or stream with SpreadCheetah, byte-deterministic: no document-properties part (the library
/// stamps it with the current time) and every zip entry dated 1980-01-01.
/// </summary>
internal static class WorkbookFile
{
    private static readonly SpreadCheetahOptions Options = new() { DocumentProperties = null };

    /// <summary>Writes the workbook <paramref name="fill"/> builds to <paramref name="path"/>, through a temporary file that a
    /// cancelled <paramref name="token"/> leaves unmoved.</summary>
    public static void Save(string path, Func<SheetWriter, CancellationToken, ValueTask> fill, CancellationToken token = default) =>
        AtomicFile.Write(path, stream => Write(stream, fill, token), token);

    /// <summary>Writes the workbook to <paramref name="stream"/>; a stream that cannot be read and sought is filled from a buffer.</summary>
    public static void Write(Stream stream, Func<SheetWriter, CancellationToken, ValueTask> fill, CancellationToken token = default)
    {
        if (stream is { CanSeek: true, CanRead: true, Position: 0 })
        {
            WriteAsync(stream, fill, token).AsTask().GetAwaiter().GetResult();
            ZipTimestamps.Fix(stream);
            return;
        }
        using var buffer = new MemoryStream();
        Write(buffer, fill, token);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static async ValueTask WriteAsync(Stream stream, Func<SheetWriter, CancellationToken, ValueTask> fill, CancellationToken token)
    {
        await using var book = await Spreadsheet.CreateNewAsync(stream, Options, token);
        await fill(new SheetWriter(book), token);
        await book.FinishAsync(token);
    }
}
