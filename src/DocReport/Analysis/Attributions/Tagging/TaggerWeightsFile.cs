using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// The tagger's binary weights file: "DRTW", a version byte, the length of the rest, then gzip over: the note on training, the scale
/// (units per unit of trained weight), the feature count, start and transition scores, the features' hashes in
/// increasing order as gaps from the previous one, and the weights tag by tag; every number a LEB128 varint,
/// signed ones zigzag-coded; the count again at the end, so that a truncated file is caught. Weights are 16-bit:
/// each is rounded to the scale that makes the largest 32767 (the decoder only compares sums). A feature's weights
/// are kept less its weight for "outside": a score added to every tag of a token adds the same to every tag sequence,
/// so only the differences matter, and six weights a feature are stored instead of seven.
/// </summary>
internal static class TaggerWeightsFile
{
    private const int Version = 2;
    private const short Largest = short.MaxValue;
    // the magic, the version and the length of the gzip stream (an int32)
    private const int Header = 9;
    private static ReadOnlySpan<byte> Magic => "DRTW"u8;

    /// <summary>Writes the weights quantized to 16 bits, leaving out features whose every weight rounds to the same as "outside".</summary>
    public static byte[] Write(WeightsTable table)
    {
        const int k = Tags.Count;
        var emissions = table.Emissions.Select((w, i) => w - table.Emissions[i - i % k]).ToArray();
        var largest = emissions.Concat(table.Transitions).Concat(table.Start).Select(Math.Abs).DefaultIfEmpty(0).Max();
        var scale = largest > 0 ? Largest / largest : 1f;
        var kept = Enumerable.Range(0, table.Keys.Length)
            .Where(f => Enumerable.Range(1, k - 1).Any(t => Quantize(emissions[f * k + t], scale) != 0))
            .OrderBy(f => table.Keys[f]).ToArray();
        var body = new VarintWriter();
        body.Bytes(Encoding.UTF8.GetBytes(table.About));
        body.Float(scale);
        body.Unsigned((ulong)kept.Length);
        foreach (var w in table.Start.Concat(table.Transitions)) body.Signed(Quantize(w, scale));
        var previous = 0UL;
        foreach (var f in kept)
        {
            if (table.Keys[f] <= previous) throw new InvalidOperationException($"Feature hash {table.Keys[f]:x16} is zero or appears twice: two features collide.");
            body.Unsigned(table.Keys[f] - previous);
            previous = table.Keys[f];
        }
        for (var t = 1; t < k; t++)
            foreach (var f in kept) body.Signed(Quantize(emissions[f * k + t], scale));
        body.Unsigned((ulong)kept.Length);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(body.ToArray());
        var file = new byte[Header + compressed.Length];
        Magic.CopyTo(file);
        file[Magic.Length] = Version;
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(Magic.Length + 1), (int)compressed.Length);
        compressed.ToArray().CopyTo(file, Header);
        return file;
    }

    /// <summary>Reads a weights file for tagging; a file that is not one, or is cut short or damaged, is a bug in the build and throws.</summary>
    public static TaggerWeights Read(byte[] file, string name) => new(ReadQuantized(file, name));

    /// <summary>Reads a weights file as it is stored, 16-bit; throws as <see cref="Read"/> does.</summary>
    public static QuantizedWeights ReadQuantized(byte[] file, string name)
    {
        const int k = Tags.Count;
        if (file.Length < Magic.Length + 1 || !file.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw new InvalidDataException($"{name} is not a tagger weights file (it does not start with DRTW).");
        if (file[Magic.Length] != Version)
            throw new InvalidDataException($"{name} is a tagger weights file of version {file[Magic.Length]}; this build reads version {Version}.");
        if (file.Length < Header || BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(Magic.Length + 1)) != file.Length - Header)
            throw new InvalidDataException($"{name} is cut short or has bytes after its end: its length does not match its header.");
        try
        {
            var body = new VarintReader(Decompress(file[Header..]));
            var about = Encoding.UTF8.GetString(body.Bytes());
            var scale = body.Float();
            var count = checked((int)body.Unsigned());
            var fixedScores = Enumerable.Range(0, k + k * k).Select(_ => (float)body.Short()).ToArray();
            var keys = new ulong[count];
            for (var f = 0; f < count; f++)
            {
                var gap = body.Unsigned();
                if (gap == 0) throw new InvalidDataException("two features have the same hash");
                keys[f] = checked((f == 0 ? 0 : keys[f - 1]) + gap);
            }
            var rows = new short[count * (k - 1)];
            for (var t = 0; t < k - 1; t++)
                for (var f = 0; f < count; f++) rows[f * (k - 1) + t] = body.Short();
            if (body.Unsigned() != (ulong)count || !body.AtEnd) throw new InvalidDataException("its end does not match its feature count");
            return new QuantizedWeights(keys, rows, fixedScores[k..], fixedScores[..k], scale, about);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or OverflowException)
        {
            throw new InvalidDataException($"{name} is damaged or cut short: {e.Message}", e);
        }
    }

    private static short Quantize(float weight, float scale) => (short)Math.Clamp(MathF.Round(weight * scale), -Largest, Largest);

    private static byte[] Decompress(byte[] compressed)
    {
        using var output = new MemoryStream(compressed.Length * 2);
        using (var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress)) gzip.CopyTo(output);
        return output.ToArray();
    }
}
