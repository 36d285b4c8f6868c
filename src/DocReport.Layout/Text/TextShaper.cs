using System.Collections.Concurrent;
using System.Globalization;
using HarfBuzzSharp;
using SkiaSharp;

namespace DocReport.Layout.Text;

/// <summary>
/// Shapes text with HarfBuzz in runs of one typeface and one bidirectional level: a grapheme cluster the primary
/// typeface lacks goes to a fallback font, and a right-to-left run is shaped right to left (joined, mirrored).
/// </summary>
internal sealed class TextShaper(FontCatalog fonts)
{
    /// <summary>The runs of <paramref name="text"/>, whose UTF-16 units have the bidirectional <paramref name="levels"/> (empty: all 0).</summary>
    public IReadOnlyList<GlyphRun> Shape(string text, ResolvedStyle style, ReadOnlySpan<byte> levels = default)
    {
        var runs = new List<GlyphRun>();
        var start = 0;
        SKTypeface? current = null;
        byte currentLevel = 0;
        for (var i = 0; i < text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(text, i);
            var typeface = fonts.ForCluster(style.Typeface, style.Bold, style.Italic, style.Language, text.AsSpan(i, length));
            var level = levels.IsEmpty ? (byte)0 : levels[i];
            if (current is not null && (!ReferenceEquals(typeface, current) || level != currentLevel))
            {
                runs.Add(ShapeRun(text[start..i], current, style, currentLevel));
                start = i;
            }
            current = typeface;
            currentLevel = level;
            i += length;
        }
        if (current is not null) runs.Add(ShapeRun(text[start..], current, style, currentLevel));
        return runs;
    }

    public float Width(string text, ResolvedStyle style, ReadOnlySpan<byte> levels = default) => Shape(text, style, levels).Sum(r => r.Width);

    /// <summary>
    /// The length of the longest prefix of <c>text[start..]</c>, in whole text elements, no wider than
    /// <paramref name="maxWidth"/>; at least one element. Only a window twice the answer is shaped, so
    /// cutting a 200,000-character word into lines costs time in proportion to its length.
    /// </summary>
    public int FittingPrefixLength(string text, int start, ResolvedStyle style, float maxWidth, ReadOnlySpan<byte> levels = default)
    {
        for (var window = InitialWindow; ; window *= 2)
        {
            var end = (int)Math.Min(text.Length, (long)start + window);
            var candidate = text[start..end];
            var candidateLevels = levels.IsEmpty ? levels : levels[start..end];
            if (end == text.Length || Width(candidate, style, candidateLevels) > maxWidth)
                return FittingPrefixLength(candidate, style, maxWidth, candidateLevels);
        }
    }

    private const int InitialWindow = 64;

    private int FittingPrefixLength(string text, ResolvedStyle style, float maxWidth, ReadOnlySpan<byte> levels)
    {
        var boundaries = StringInfo.ParseCombiningCharacters(text).Skip(1).Append(text.Length).ToArray();
        int low = 0, high = boundaries.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            var end = boundaries[mid];
            if (Width(text[..end], style, levels.IsEmpty ? levels : levels[..end]) <= maxWidth) low = mid; else high = mid - 1;
        }
        return boundaries[low];
    }

    // Ligatures off: a PDF reader must find "findings", not "ﬁndings", when it extracts the text.
    private static readonly Feature[] Features = [Feature.Parse("-liga"), Feature.Parse("-clig"), Feature.Parse("-dlig")];

    // Words repeat within and across documents; shaping each once saves most of the layout time.
    private static readonly ConcurrentDictionary<ShapeKey, GlyphRun> Shaped = new();
    private const int MaxCached = 200_000;
    // Misses counted here: ConcurrentDictionary.Count takes every lock, 5% of a 40,000-paragraph brief's CPU.
    private static int shapedCount;

    private GlyphRun ShapeRun(string text, SKTypeface typeface, ResolvedStyle style, byte level)
    {
        var key = new ShapeKey(typeface, style.Size, text, level, style.Language);
        if (Shaped.TryGetValue(key, out var cached)) return cached;
        if (Interlocked.Increment(ref shapedCount) > MaxCached)
        {
            Shaped.Clear();
            Interlocked.Exchange(ref shapedCount, 0);
        }
        return Shaped[key] = ShapeUncached(text, typeface, style, level);
    }

    private GlyphRun ShapeUncached(string text, SKTypeface typeface, ResolvedStyle style, byte level)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(text);
        buffer.GuessSegmentProperties();
        buffer.Direction = level % 2 == 1 ? Direction.RightToLeft : Direction.LeftToRight;
        if (style.Language is { } language) buffer.Language = new Language(language);
        fonts.ShapingFont(typeface).Shape(buffer, Features);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var scale = style.Size / FontCatalog.ShapingScale;
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
        return new GlyphRun(typeface, style.Size, text, glyphs, offsets, clusters, x) { Level = level };
    }
}
