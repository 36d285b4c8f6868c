using DocReport.Layout.Text;
using SkiaSharp;

namespace DocReport.Layout.Drawing;

/// <summary>
/// The fonts one PDF embeds: the first (counting) pass records the glyphs each typeface draws, then each
/// typeface is swapped for a subset holding only those for the drawing pass.
/// </summary>
internal sealed class EmbeddedFonts(FontCatalog fonts) : IDisposable
{
    // Canvas callbacks (charts) draw text the layout does not see, and page numbers change between passes:
    // every subset keeps printable ASCII so such labels and numbers always have their glyphs.
    private static readonly int[] AlwaysKept = Enumerable.Range(0x20, 0x7F - 0x20).ToArray();

    private readonly Dictionary<SKTypeface, (HashSet<ushort> Glyphs, HashSet<int> CodePoints)> used = [];
    private readonly Dictionary<SKTypeface, SKTypeface> subsets = [];

    /// <summary>Notes that <paramref name="typeface"/> is drawn, so its subset is made even when no run was recorded.</summary>
    public void Use(SKTypeface typeface)
    {
        if (!used.ContainsKey(typeface)) used[typeface] = ([], []);
    }

    /// <summary>Notes the glyphs and characters of a run drawn in the counting pass.</summary>
    public void Record(GlyphRun run)
    {
        Use(run.Typeface);
        var (glyphs, codePoints) = used[run.Typeface];
        glyphs.UnionWith(run.Glyphs);
        foreach (var rune in run.Text.EnumerateRunes()) codePoints.Add(rune.Value);
    }

    /// <summary>Makes the subsets, after the counting pass; a face HarfBuzz cannot subset stays whole.</summary>
    public void MakeSubsets()
    {
        foreach (var (typeface, (glyphs, codePoints)) in used)
            if (FontSubsetter.Subset(fonts.ShapingFace(typeface), glyphs, codePoints.Concat(AlwaysKept)) is { } subset)
                subsets[typeface] = subset;
    }

    /// <summary>The typeface to draw with: the subset once made, else <paramref name="typeface"/> itself.</summary>
    public SKTypeface For(SKTypeface typeface) => subsets.GetValueOrDefault(typeface, typeface);

    public void Dispose()
    {
        foreach (var subset in subsets.Values) subset.Dispose();
        subsets.Clear();
    }
}
