namespace DocReport.Pipeline;

/// <summary>Reads a stream to its end unless it holds more than a limit, without ever buffering past the limit.</summary>
internal static class BoundedRead
{
    /// <summary>The stream's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The limit in words, for messages: "64 MiB".</summary>
    public static string Describe(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024.0):0.#} MiB" : $"{bytes:N0} bytes";
}
