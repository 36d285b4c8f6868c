using System.Buffers.Binary;

namespace DocReport.Reading.Pdf;

/// <summary>
/// A TrueType font's glyf table and glyph offsets as PdfPig 0.1.16 loads them: the table copied at its declared length
/// (bytes past the font's end read as zero) and maxp's glyph count plus one loca entries, whatever loca's own length.
/// </summary>
internal sealed record GlyfTables(byte[] Glyf, long GlyfLength, uint[] Offsets)
{
    /// <summary>The glyphs the font declares.</summary>
    public int GlyphCount => Offsets.Length - 1;

    /// <summary>The tables, or null when the bytes are not a TrueType font with outlines PdfPig would load (CFF fonts have none to nest).</summary>
    public static GlyfTables? Read(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12) return null;
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version is not (0x00010000 or 0x74727565)) return null;
        long head = -1, maxp = -1, loca = -1, glyf = -1, glyfLength = 0;
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count && 12 + 16 * i + 16 <= font.Length; i++)
        {
            var record = font[(12 + 16 * i)..];
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            switch (BinaryPrimitives.ReadUInt32BigEndian(record))
            {
                case 0x68656164: head = offset; break;
                case 0x6D617870: maxp = offset; break;
                case 0x6C6F6361: loca = offset; break;
                case 0x676C7966: (glyf, glyfLength) = (offset, BinaryPrimitives.ReadUInt32BigEndian(record[12..])); break;
            }
        }
        // PdfPig fails to load such a font (a seek past the end, a negative length) before building any glyph.
        if (head < 0 || head > font.Length - 54 || maxp < 0 || maxp > font.Length - 6 || loca < 0 || loca > font.Length
            || glyf < 0 || glyf > font.Length || glyfLength > int.MaxValue) return null;
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(font[(int)(maxp + 4)..]);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font[(int)(head + 50)..]) != 0;
        var table = font.Slice((int)glyf, (int)Math.Min(glyfLength, font.Length - glyf)).ToArray();
        return new GlyfTables(table, glyfLength, ReadOffsets(font[(int)loca..], glyphs + 1, longOffsets));
    }

    // Entries past the font's end read as zero, as PdfPig's reader returns them.
    private static uint[] ReadOffsets(ReadOnlySpan<byte> loca, int count, bool longOffsets)
    {
        var offsets = new uint[count];
        Span<byte> entry = stackalloc byte[4];
        var size = longOffsets ? 4 : 2;
        for (var i = 0; i < count; i++)
        {
            entry.Clear();
            var at = (long)i * size;
            if (at < loca.Length) loca.Slice((int)at, (int)Math.Min(size, loca.Length - at)).CopyTo(entry);
            offsets[i] = longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(entry) : BinaryPrimitives.ReadUInt16BigEndian(entry) * 2u;
        }
        return offsets;
    }

    /// <summary>The big-endian word at a position of the table; bytes past the table read as zero, as PdfPig reads them.</summary>
    public int Word(long at) => Byte(at) << 8 | Byte(at + 1);

    private int Byte(long at) => at >= 0 && at < Glyf.Length ? Glyf[at] : 0;
}
