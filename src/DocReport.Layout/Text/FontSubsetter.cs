using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;

namespace DocReport.Layout.Text;

/// <summary>
/// Cuts a font down to the glyphs a document uses, with HarfBuzz's subsetter: Skia's PDF backend in SkiaSharp
/// embeds every font whole (DejaVu Sans is 700 KB), and compressing that for each brief cost most of the PDF time.
/// </summary>
internal static class FontSubsetter
{
    private const string HarfBuzz = "libHarfBuzzSharp";

    // Glyph ids stay as they are, so runs shaped with the full font draw with the subset unchanged.
    private const uint RetainGlyphIds = 0x2;

    /// <summary>A typeface holding <paramref name="glyphs"/> and the glyphs of <paramref name="codePoints"/>; null when HarfBuzz cannot subset the face.</summary>
    public static SKTypeface? Subset(Face face, IEnumerable<ushort> glyphs, IEnumerable<int> codePoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) return null;
        try
        {
            hb_subset_input_set_flags(input, RetainGlyphIds);
            var kept = codePoints.ToHashSet();
            var glyphSet = hb_subset_input_glyph_set(input);
            foreach (var glyph in GlyphsNoCodePointReaches(face, glyphs, kept)) hb_set_add(glyphSet, glyph);
            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var codePoint in kept) hb_set_add(unicodeSet, (uint)codePoint);
            var subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero) return null;
            try
            {
                return ToTypeface(subset);
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    /// <summary>
    /// The glyphs that are not the font's own glyph of a kept character (a contextual form, a language's variant): the
    /// others come with their characters. HarfBuzz keeps in the subset's character map every character whose glyph is in
    /// the glyph set, and Skia's PDF tells a reader the lowest character of a glyph: with 一 drawn, Noto CJK's glyph also
    /// brought the radical ⼀ (U+2F00) that shares it, and copied text read "⼀⽉" for "一月".
    /// </summary>
    private static IEnumerable<ushort> GlyphsNoCodePointReaches(Face face, IEnumerable<ushort> glyphs, IReadOnlySet<int> codePoints)
    {
        using var font = new HarfBuzzSharp.Font(face);
        var reached = new HashSet<uint>();
        foreach (var codePoint in codePoints)
            if (font.TryGetNominalGlyph((uint)codePoint, out var glyph)) reached.Add(glyph);
        return glyphs.Where(g => !reached.Contains(g)).ToList();
    }

    private static SKTypeface? ToTypeface(IntPtr face)
    {
        var blob = hb_face_reference_blob(face);
        try
        {
            var data = hb_blob_get_data(blob, out var length);
            if (data == IntPtr.Zero || length == 0) return null;
            using var bytes = SKData.CreateCopy(data, (ulong)length);
            return SKTypeface.FromData(bytes);
        }
        finally
        {
            hb_blob_destroy(blob);
        }
    }

    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(HarfBuzz)] private static extern void hb_subset_input_destroy(IntPtr input);
    [DllImport(HarfBuzz)] private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_input_glyph_set(IntPtr input);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);
    [DllImport(HarfBuzz)] private static extern void hb_set_add(IntPtr set, uint codePoint);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [DllImport(HarfBuzz)] private static extern void hb_face_destroy(IntPtr face);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(HarfBuzz)] private static extern void hb_blob_destroy(IntPtr blob);
}
