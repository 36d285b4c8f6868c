using System.Collections.Concurrent;
using System.Globalization;
using HarfBuzzSharp;
using SkiaSharp;

namespace DocReport.Layout.Text;

/// <summary>Shapes text with HarfBuzz, switching typeface where the primary one lacks a glyph.</summary>
internal sealed class TextShaper(FontCatalog fonts)
{
    public IReadOnlyList<GlyphRun> Shape(string text, ResolvedStyle style)
    {
        var runs = new List<GlyphRun>();
        var start = 0;
        SKTypeface? current = null;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var typeface = fonts.ForCodePoint(style.Typeface, style.Bold, style.Italic, char.ConvertToUtf32(text, i));
            if (current is not null && !ReferenceEquals(typeface, current))
            {
                runs.Add(ShapeRun(text[start..i], current, style.Size));
                start = i;
            }
            current = typeface;
        }
        if (current is not null) runs.Add(ShapeRun(text[start..], current, style.Size));
        return runs;
    }

    public float Width(string text, ResolvedStyle style) => Shape(text, style).Sum(r => r.Width);

    /// <summary>
    /// The length of the longest prefix of <c>text[start..]</c>, in whole text elements, no wider than
    /// <paramref name="maxWidth"/>; at least one element. Only a window twice the answer is shaped, so
    /// cutting a 200,000-character word into lines costs time in proportion to its length.
    /// </summary>
    public int FittingPrefixLength(string text, int start, ResolvedStyle style, float maxWidth)
    {
        for (var window = InitialWindow; ; window *= 2)
        {
            var end = (int)Math.Min(text.Length, (long)start + window);
            var candidate = text[start..end];
            if (end == text.Length || Width(candidate, style) > maxWidth) return FittingPrefixLength(candidate, style, maxWidth);
        }
    }

    private const int InitialWindow = 64;

    private int FittingPrefixLength(string text, ResolvedStyle style, float maxWidth)
    {
        var boundaries = StringInfo.ParseCombiningCharacters(text).Skip(1).Append(text.Length).ToArray();
        int low = 0, high = boundaries.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Width(text[..boundaries[mid]], style) <= maxWidth) low = mid; else high = mid - 1;
        }
        return boundaries[low];
    }

    // Ligatures off: a PDF reader must find "findings", not "ﬁndings", when it extracts the text.
    private static readonly Feature[] Features = [Feature.Parse("-liga"), Feature.Parse("-clig"), Feature.Parse("-dlig")];

    // Words repeat within and across documents; shaping each once saves most of the layout time.
    private static readonly ConcurrentDictionary<(SKTypeface, float, string), GlyphRun> Shaped = new();
    private const int MaxCached = 200_000;

    private GlyphRun ShapeRun(string text, SKTypeface typeface, float size)
    {
        if (Shaped.TryGetValue((typeface, size, text), out var cached)) return cached;
        if (Shaped.Count > MaxCached) Shaped.Clear();
        return Shaped[(typeface, size, text)] = ShapeUncached(text, typeface, size);
    }

    private GlyphRun ShapeUncached(string text, SKTypeface typeface, float size)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(text);
        buffer.GuessSegmentProperties();
        fonts.ShapingFont(typeface).Shape(buffer, Features);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var scale = size / FontCatalog.ShapingScale;
        var glyphs = new ushort[infos.Length];
        var offsets = new float[infos.Length];
        var clusters = new uint[infos.Length];
        var x = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            offsets[i] = x + positions[i].XOffset * scale;
            x += positions[i].XAdvance * scale;
        }
        return new GlyphRun(typeface, size, text, glyphs, offsets, clusters, x);
    }
}
