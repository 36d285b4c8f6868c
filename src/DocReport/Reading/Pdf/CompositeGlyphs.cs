using System.Buffers.Binary;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Measures what PdfPig 0.1.16 will do with a TrueType font's composite glyphs, without doing it. PdfPig builds every
/// glyph of the font as soon as it needs one letter's bounds; a composite glyph is built by copying all the points
/// merged so far once per component, and its component list is read on until a flag says stop, past the glyph's
/// own bytes if need be. A damaged font thus asks for billions of point copies (54 KB of font took 15 s of CPU
/// and 2.6 GB) and a glyph that contains itself recurses until the stack overflows, which no catch can stop.
/// </summary>
internal static class CompositeGlyphs
{
    /// <summary>Deeper nesting than any font in use (the specification's maxComponentDepth is a handful).</summary>
    public const int MaxDepth = 64;

    /// <summary>Points and contour ends PdfPig copies to build all the font's glyphs; the largest real font seen needs 1.3 million.</summary>
    public const long MaxPointCopies = 20_000_000;

    private const ushort ArgsAreWords = 0x0001, ArgsAreOffsets = 0x0002, HasScale = 0x0008, MoreComponents = 0x0020,
        HasXyScale = 0x0040, HasTwoByTwo = 0x0080;

    /// <summary>Null when the font's glyphs can be built within the limits (or the bytes are not a TrueType font), else why not.</summary>
    public static string? Check(ReadOnlySpan<byte> font)
    {
        if (GlyfTables.Read(font) is not { } tables) return null;
        var walk = new Walk(tables, new long[tables.GlyphCount], new byte[tables.GlyphCount]);
        for (var glyph = 0; glyph < tables.GlyphCount; glyph++)
        {
            if (Points(font, walk, glyph, 0) is { } reason) return reason;
            if (walk.Copies > MaxPointCopies) return $"its glyphs need more than {MaxPointCopies:N0} points copied to build";
        }
        return null;
    }

    private sealed class Walk(GlyfTables tables, long[] sizes, byte[] state)
    {
        public GlyfTables Tables { get; } = tables;
        public long[] Size { get; } = sizes;
        public byte[] State { get; } = state; // 1: being built (met again, it contains itself), 2: built
        public long Copies { get; set; }
    }

    // Builds one glyph the way PdfPig does, counting points instead of copying them. Each glyph is built once.
    private static string? Points(ReadOnlySpan<byte> font, Walk walk, int glyph, int depth)
    {
        if (walk.State[glyph] == 2) return null;
        if (walk.State[glyph] == 1) return $"glyph {glyph} contains itself through its components";
        if (depth > MaxDepth) return $"glyph {glyph} nests components more than {MaxDepth} levels deep";
        walk.State[glyph] = 1;
        var data = walk.Tables.Outline(font, glyph);
        long size = 0;
        if (data.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(data) < 0)
        {
            foreach (var (component, merged) in Components(data, walk.Tables.GlyphCount))
            {
                if (Points(font, walk, component, depth + 1) is { } reason) return reason;
                if (!merged) continue;
                walk.Copies += size + 2 * walk.Size[component];
                size += walk.Size[component];
                if (walk.Copies > MaxPointCopies) break;
            }
        }
        else if (data.Length >= 12) walk.Copies += size = SimplePoints(data);
        walk.State[glyph] = 2;
        walk.Size[glyph] = size;
        return null;
    }

    // A simple glyph's points plus its contours: PdfPig copies both arrays on every merge, and a damaged glyph can
    // declare thousands of contours around a handful of points.
    private static long SimplePoints(ReadOnlySpan<byte> data)
    {
        var contours = BinaryPrimitives.ReadInt16BigEndian(data);
        var last = 10 + 2 * (contours - 1);
        return contours <= 0 ? 0 : contours + (last + 2 <= data.Length ? BinaryPrimitives.ReadUInt16BigEndian(data[last..]) + 1L : 0);
    }

    // A composite glyph's components, each with whether PdfPig merges its points (it skips point-matched ones).
    private static List<(int Glyph, bool Merged)> Components(ReadOnlySpan<byte> data, int glyphCount)
    {
        var components = new List<(int, bool)>();
        var at = 10;
        ushort flags;
        do
        {
            if (at + 4 > data.Length) break;
            flags = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
            var glyph = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
            at += 4;
            if (glyph >= glyphCount) continue; // PdfPig skips such a component without reading its arguments
            components.Add((glyph, (flags & ArgsAreOffsets) != 0));
            at += ((flags & ArgsAreWords) != 0 ? 4 : 2)
                + ((flags & HasScale) != 0 ? 2 : (flags & HasXyScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0);
        }
        while ((flags & MoreComponents) != 0);
        return components;
    }
}
