using SkiaSharp;

namespace DocReport.Layout.Text;

/// <summary>
/// Shaped glyphs of one typeface and one bidirectional level: ids in visual order, x offsets from the run's left
/// edge, and the UTF-8 clusters they came from. An odd <see cref="Level"/> is right-to-left.
/// </summary>
internal sealed record GlyphRun(SKTypeface Typeface, float FontSize, string Text, ushort[] Glyphs, float[] Offsets, uint[] Clusters, float Width)
{
    public byte Level { get; init; }
}

/// <summary>An unbreakable piece of a line: a word (or part of an over-long one) and the space after it.</summary>
internal sealed record Word(string Text, IReadOnlyList<GlyphRun> Runs, float Width, float SpaceAfter, ResolvedStyle Style, TextSpan Span)
{
    public bool EndsParagraph { get; init; }

    /// <summary>The next word, from another span, follows with no space: no line break may fall between them.</summary>
    public bool GluedToNext { get; init; }

    /// <summary>The bidirectional level of each UTF-16 unit of <see cref="Text"/>; empty when all are left-to-right.</summary>
    public ReadOnlyMemory<byte> Levels { get; init; }

    /// <summary>The bidirectional level of the space after the word.</summary>
    public byte SpaceLevel { get; init; }

    /// <summary>0 when the word's paragraph runs left to right, 1 when it runs right to left.</summary>
    public byte ParagraphLevel { get; init; }
}

/// <summary>A text style with every property set, plus the metrics of its primary typeface.</summary>
internal sealed record ResolvedStyle(SKTypeface Typeface, float Size, bool Bold, bool Italic, SKColor Color, bool Underline, float LineHeight, float Ascent, float Descent)
{
    /// <summary>The BCP 47 language of the text, when known: it picks fallback fonts (Chinese or Japanese glyph forms) and shaping rules.</summary>
    public string? Language { get; init; }
}

/// <summary>One laid-out line of a text block.</summary>
internal sealed record TextLine(IReadOnlyList<Word> Words, float Width, float Height, float Baseline, bool EndsParagraph)
{
    public float SpacingAfter { get; init; }

    /// <summary>The level of the line's paragraph: an odd level runs right to left and aligns right.</summary>
    public byte ParagraphLevel => Words[0].ParagraphLevel;
}
