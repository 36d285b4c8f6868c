using System.Buffers.Binary;

namespace DocReport.Tests.Reading.Pdf;

/// <summary>
/// Writes the bare tables of a TrueType font (head, hhea, maxp, loca, glyf) from glyph descriptions: a simple glyph
/// of so many points in one contour, or a composite glyph placing other glyphs. Enough for a reader to walk the
/// outlines, not to draw them.
/// </summary>
internal static class TrueTypeFixture
{
    /// <summary>A glyph: <c>Points</c> &gt; 0 for a simple glyph, else the glyphs it is composed of.</summary>
    public sealed record Glyph(int Points, params int[] Components);

    public static byte[] Build(IReadOnlyList<Glyph> glyphs)
    {
        var outlines = glyphs.Select(Outline).ToList();
        var glyf = outlines.SelectMany(o => o).ToArray();
        var loca = new byte[4 * (glyphs.Count + 1)];
        var offset = 0;
        for (var i = 0; i <= glyphs.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)offset);
            if (i < glyphs.Count) offset += outlines[i].Length;
        }
        var head = new byte[54];
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(12), 0x5F0F3CF5);
        BinaryPrimitives.WriteUInt16BigEndian(head.AsSpan(18), 1000);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        var hhea = new byte[36];
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), 1);
        var maxp = new byte[6];
        BinaryPrimitives.WriteUInt32BigEndian(maxp, 0x00005000);
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)glyphs.Count);
        return Tables(("glyf", glyf), ("head", head), ("hhea", hhea), ("loca", loca), ("maxp", maxp));
    }

    private static byte[] Outline(Glyph glyph)
    {
        var bytes = new List<byte>();
        void Short(int value) { bytes.Add((byte)(value >> 8)); bytes.Add((byte)value); }
        Short(glyph.Points > 0 ? 1 : -1);
        for (var i = 0; i < 4; i++) Short(i < 2 ? 0 : 100);
        if (glyph.Points > 0)
        {
            Short(glyph.Points - 1);
            Short(0);
            // On-curve points repeating the previous position: a flag byte and a repeat count per 256 points.
            for (var left = glyph.Points; left > 0; left -= 256) bytes.AddRange([0x39, (byte)(Math.Min(left, 256) - 1)]);
        }
        for (var i = 0; i < glyph.Components.Length; i++)
        {
            Short(0x0002 | (i < glyph.Components.Length - 1 ? 0x0020 : 0));
            Short(glyph.Components[i]);
            bytes.AddRange([0, 0]);
        }
        if (bytes.Count % 2 == 1) bytes.Add(0);
        return [.. bytes];
    }

    private static byte[] Tables(params (string Tag, byte[] Data)[] tables)
    {
        var directory = 12 + 16 * tables.Length;
        var font = new List<byte>(new byte[directory]);
        BinaryPrimitives.WriteUInt32BigEndian(Span(font, 0, 4), 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(Span(font, 4, 2), (ushort)tables.Length);
        for (var i = 0; i < tables.Length; i++)
        {
            var record = 12 + 16 * i;
            for (var c = 0; c < 4; c++) font[record + c] = (byte)tables[i].Tag[c];
            BinaryPrimitives.WriteUInt32BigEndian(Span(font, record + 8, 4), (uint)font.Count);
            BinaryPrimitives.WriteUInt32BigEndian(Span(font, record + 12, 4), (uint)tables[i].Data.Length);
            font.AddRange(tables[i].Data);
            while (font.Count % 4 != 0) font.Add(0);
        }
        return [.. font];
    }

    private static Span<byte> Span(List<byte> bytes, int start, int length) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes).Slice(start, length);
}
