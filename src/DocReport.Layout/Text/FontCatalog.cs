using System.Collections.Concurrent;
using System.Globalization;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace DocReport.Layout.Text;

/// <summary>The installed fonts, found through Skia's font manager (fontconfig on Linux), with fallback per grapheme cluster and cached shapers.</summary>
internal sealed class FontCatalog
{
    public static FontCatalog Shared { get; } = new(SKFontManager.Default);

    private readonly SKFontManager manager;
    private readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic), SKTypeface> typefaces = new();
    private readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic, string? Language, int CodePoint), SKTypeface> fallbacks = new();
    private readonly ConcurrentDictionary<int, bool> coverage = new();
    private readonly ConcurrentDictionary<SKTypeface, Face> faces = new();
    private readonly ConcurrentDictionary<SKTypeface, HarfBuzzSharp.Font> shapingFonts = new();
    private readonly ConcurrentDictionary<(string, int, int, SKFontStyleSlant), SKTypeface> canonical = new();

    /// <summary>Styles already resolved to a typeface and metrics.</summary>
    public ConcurrentDictionary<TextStyle, ResolvedStyle> ResolvedStyles { get; } = new();

    public FontCatalog(SKFontManager manager) => this.manager = manager;

    /// <summary>The typeface of an installed family; throws a <see cref="LayoutException"/> saying which families exist when it is missing.</summary>
    public SKTypeface Typeface(string family, bool bold, bool italic) =>
        typefaces.GetOrAdd((family, bold, italic), key => Find(key.Family, key.Bold, key.Italic));

    /// <summary>
    /// The typeface that draws a grapheme cluster: the primary one when it has every character of it, else the one
    /// fontconfig matches to the cluster's first missing character for <paramref name="language"/>, else the primary
    /// one (which draws a box: <see cref="Covers"/> tells beforehand).
    /// </summary>
    public SKTypeface ForCluster(SKTypeface primary, bool bold, bool italic, string? language, ReadOnlySpan<char> cluster)
    {
        var missing = -1;
        foreach (var rune in cluster.EnumerateRunes())
            if (!IsIgnorable(rune.Value) && !primary.ContainsGlyph(rune.Value)) { missing = rune.Value; break; }
        if (missing < 0) return primary;
        return fallbacks.GetOrAdd((primary.FamilyName, bold, italic, language, missing), key =>
            manager.MatchCharacter(key.Family, Style(key.Bold, key.Italic), key.Language is null ? null : [FontconfigLanguage.Of(key.Language)], key.CodePoint) is { } found
                ? Canonical(found) : primary);
    }

    /// <summary>True when some installed font has a glyph for <paramref name="codePoint"/>.</summary>
    public bool Covers(int codePoint) =>
        IsIgnorable(codePoint) || coverage.GetOrAdd(codePoint, c => manager.MatchCharacter(c) is not null);

    // Joiners, variation selectors and other format characters have no glyph of their own: no font needs them.
    private static bool IsIgnorable(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.Format or UnicodeCategory.Control || codePoint is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF;

    /// <summary>One instance per face, so runs in the same fallback font join and share a shaping font.</summary>
    private SKTypeface Canonical(SKTypeface typeface) =>
        canonical.GetOrAdd((typeface.FamilyName, typeface.FontWeight, typeface.FontWidth, typeface.FontSlant), typeface);

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
