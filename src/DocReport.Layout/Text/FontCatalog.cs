using System.Collections.Concurrent;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace DocReport.Layout.Text;

/// <summary>The installed fonts, found through Skia's font manager, with per-code-point fallback and cached shapers.</summary>
internal sealed class FontCatalog
{
    public static FontCatalog Shared { get; } = new(SKFontManager.Default);

    private readonly SKFontManager manager;
    private readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic), SKTypeface> typefaces = new();
    private readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic, int CodePoint), SKTypeface> fallbacks = new();
    private readonly ConcurrentDictionary<SKTypeface, Face> faces = new();
    private readonly ConcurrentDictionary<SKTypeface, HarfBuzzSharp.Font> shapingFonts = new();
    private readonly ConcurrentDictionary<(string, int, int, SKFontStyleSlant), SKTypeface> canonical = new();

    /// <summary>Styles already resolved to a typeface and metrics.</summary>
    public ConcurrentDictionary<TextStyle, ResolvedStyle> ResolvedStyles { get; } = new();

    public FontCatalog(SKFontManager manager) => this.manager = manager;

    /// <summary>The typeface of an installed family; throws a <see cref="LayoutException"/> saying which families exist when it is missing.</summary>
    public SKTypeface Typeface(string family, bool bold, bool italic) =>
        typefaces.GetOrAdd((family, bold, italic), key => Find(key.Family, key.Bold, key.Italic));

    /// <summary>The typeface that draws <paramref name="codePoint"/>: the primary one when it has the glyph, else one that has it.</summary>
    public SKTypeface ForCodePoint(SKTypeface primary, bool bold, bool italic, int codePoint)
    {
        if (primary.ContainsGlyph(codePoint)) return primary;
        return fallbacks.GetOrAdd((primary.FamilyName, bold, italic, codePoint), key =>
            (manager.MatchCharacter(key.Family, Style(key.Bold, key.Italic), null, key.CodePoint)
            ?? ScanFamilies(key.Bold, key.Italic, key.CodePoint)) is { } found ? Canonical(found) : primary);
    }

    /// <summary>One instance per face, so runs in the same fallback font join and share a shaping font.</summary>
    private SKTypeface Canonical(SKTypeface typeface) =>
        canonical.GetOrAdd((typeface.FamilyName, typeface.FontWeight, typeface.FontWidth, typeface.FontSlant), typeface);

    // Skia's font manager without fontconfig answers no MatchCharacter query, so look through every installed family.
    private SKTypeface? ScanFamilies(bool bold, bool italic, int codePoint) =>
        manager.GetFontFamilies().Distinct().Order(StringComparer.Ordinal)
            .Select(family => manager.MatchFamily(family, Style(bold, italic)))
            .FirstOrDefault(t => t is not null && t.ContainsGlyph(codePoint));

    /// <summary>The HarfBuzz font of a typeface, scaled to <see cref="ShapingScale"/> units per em.</summary>
    public HarfBuzzSharp.Font ShapingFont(SKTypeface typeface) => shapingFonts.GetOrAdd(typeface, t =>
    {
        var font = new HarfBuzzSharp.Font(ShapingFace(t));
        font.SetScale(ShapingScale, ShapingScale);
        font.SetFunctionsOpenType();
        return font;
    });

    public const int ShapingScale = 512;

    /// <summary>The HarfBuzz face of a typeface, kept for shaping and for cutting font subsets.</summary>
    public Face ShapingFace(SKTypeface typeface) => faces.GetOrAdd(typeface, t =>
    {
        // The blob owns the stream and frees it with itself; the face keeps its own reference to the blob.
        using var blob = t.OpenStream(out var index).ToHarfBuzzBlob();
        return new Face(blob, index) { UnitsPerEm = t.UnitsPerEm };
    });

    /// <summary>Whether a family is installed, for validating settings before layout.</summary>
    public bool IsInstalled(string family) => manager.MatchFamily(family) is { } t && Same(t.FamilyName, family);

    private SKTypeface Find(string family, bool bold, bool italic)
    {
        var typeface = manager.MatchFamily(family, Style(bold, italic));
        if (typeface is not null && Same(typeface.FamilyName, family) && typeface.GlyphCount > 0) return typeface;
        var installed = manager.GetFontFamilies();
        if (installed.Length == 0)
            throw new LayoutException("No usable font found: the system has no fonts Skia can read. Install a font package (for example fonts-dejavu-core).");
        throw new LayoutException($"Font family '{family}' is not installed. Choose one of: {string.Join(", ", installed.Distinct().Order().Take(20))}.");
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static SKFontStyle Style(bool bold, bool italic) => new(
        bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal,
        italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
}
