using System.IO.Compression;

namespace DocReport.Reading.Docx;

/// <summary>
/// Measures how far a DOCX's XML parts inflate before the Open XML SDK parses them, by inflating them into
/// nothing up to a cap: the sizes a zip declares can lie, the bytes that come out cannot. Media do not count.
/// </summary>
internal static class ExpansionGuard
{
    private const int BufferSize = 81920;

    /// <summary>Null when the XML parts expand to at most <paramref name="maxBytes"/>, else the reason to refuse the file.</summary>
    public static string? Check(byte[] bytes, long maxBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var total = 0L;
        var buffer = new byte[BufferSize];
        foreach (var entry in zip.Entries.Where(IsMarkup))
        {
            if (total + entry.Length > maxBytes) return TooLarge(maxBytes);
            using var stream = entry.Open();
            for (int read; (read = stream.Read(buffer)) > 0;)
                if ((total += read) > maxBytes) return TooLarge(maxBytes);
        }
        return null;
    }

    // Parts the SDK parses as XML; pictures and embedded files are only copied when asked for, which we never do.
    private static bool IsMarkup(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static string TooLarge(long maxBytes) =>
        $"DOCX whose XML expands to more than {maxBytes / (1024 * 1024)} MiB (a compressed bomb or an enormous document); the limit is PipelineOptions.MaxDocxExpandedBytes, --max-docx-mib";
}
