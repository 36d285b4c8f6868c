using SkiaSharp;

namespace DocReport.Layout.Text;

/// <summary>Shaped glyphs of one typeface: ids, x offsets from the run start, and the UTF-8 clusters they came from.</summary>
internal sealed record GlyphRun(SKTypeface Typeface, float FontSize, string Text, ushort[] Glyphs, float[] Offsets, uint[] Clusters, float Width);

/// <summary>An unbreakable piece of a line: a word (or part of an over-long one) and the space after it.</summary>
internal sealed record Word(string Text, IReadOnlyList<GlyphRun> Runs, float Width, float SpaceAfter, ResolvedStyle Style, TextSpan Span)
{
    public bool EndsParagraph { get; init; }

    /// <summary>The next word, from another span, follows with no space: no line break may fall between them.</summary>
    public bool GluedToNext { get; init; }
}

/// <summary>A text style with every property set, plus the metrics of its primary typeface.</summary>
internal sealed record ResolvedStyle(SKTypeface Typeface, float Size, bool Bold, bool Italic, SKColor Color, bool Underline, float LineHeight, float Ascent, float Descent);

/// <summary>One laid-out line of a text block.</summary>
internal sealed record TextLine(IReadOnlyList<Word> Words, float Width, float Height, float Baseline, bool EndsParagraph)
{
    public float SpacingAfter { get; init; }
}
