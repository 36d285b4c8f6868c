using System.Buffers.Binary;

namespace DocReport.Reading.Pdf;

/// <summary>Where each glyph's outline lies in a TrueType font: the head, maxp, loca and glyf tables of its directory.</summary>
internal sealed record GlyfTables(int GlyphCount, bool LongOffsets, int Loca, int Glyf, int GlyfLength)
{
    /// <summary>The tables, or null when the bytes are not a TrueType font with outlines (CFF fonts have none to nest).</summary>
    public static GlyfTables? Read(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12) return null;
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version is not (0x00010000 or 0x74727565)) return null;
        int head = -1, maxp = -1, loca = -1, glyf = -1, glyfLength = 0;
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count && 12 + 16 * i + 16 <= font.Length; i++)
        {
            var record = font[(12 + 16 * i)..];
            var offset = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(record[8..]), int.MaxValue);
            var length = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(record[12..]), int.MaxValue);
            switch (BinaryPrimitives.ReadUInt32BigEndian(record))
            {
                case 0x68656164: head = offset; break;
                case 0x6D617870: maxp = offset; break;
                case 0x6C6F6361: loca = offset; break;
                case 0x676C7966: (glyf, glyfLength) = (offset, length); break;
            }
        }
        if (head < 0 || head > font.Length - 54 || maxp < 0 || maxp > font.Length - 6 || loca < 0 || glyf < 0) return null;
        return new GlyfTables(BinaryPrimitives.ReadUInt16BigEndian(font[(maxp + 4)..]), BinaryPrimitives.ReadInt16BigEndian(font[(head + 50)..]) != 0,
            loca, glyf, glyfLength);
    }

    /// <summary>
    /// A glyph's bytes from its start to the end of the glyf table (a damaged component list runs on past the glyph),
    /// empty for a glyph without outline or whose loca entry points outside the font.
    /// </summary>
    public ReadOnlySpan<byte> Outline(ReadOnlySpan<byte> font, int glyph)
    {
        var (start, end) = (Offset(font, glyph), Offset(font, glyph + 1));
        var tableEnd = Math.Min((long)Glyf + GlyfLength, font.Length);
        return start < 0 || end <= start || Glyf + start >= tableEnd ? [] : font[(int)(Glyf + start)..(int)tableEnd];
    }

    // Like PdfPig, reads maxp's glyph count of entries whatever the loca table's declared length.
    private long Offset(ReadOnlySpan<byte> font, int glyph)
    {
        var at = (long)Loca + glyph * (LongOffsets ? 4L : 2L);
        if (at + (LongOffsets ? 4 : 2) > font.Length) return -1;
        return LongOffsets ? BinaryPrimitives.ReadUInt32BigEndian(font[(int)at..]) : BinaryPrimitives.ReadUInt16BigEndian(font[(int)at..]) * 2L;
    }
}
