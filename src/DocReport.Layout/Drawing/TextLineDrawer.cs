using System.Text;
using DocReport.Layout.Elements;
using DocReport.Layout.Text;
using SkiaSharp;

namespace DocReport.Layout.Drawing;

/// <summary>
/// Draws one line of shaped words in visual order (right-to-left runs reversed by the bidirectional levels),
/// aligned or justified, with its link annotations and underlines.
/// </summary>
internal static class TextLineDrawer
{
    /// <summary>A glyph run, or the space after a word (<see cref="Run"/> null), placed at <see cref="X"/>.</summary>
    private sealed record Piece(Word Word, GlyphRun? Run, float Width, byte Level, bool JoinsSpan)
    {
        public float X { get; set; }
    }

    public static void Draw(RenderContext context, TextLine line, float top, float width, TextAlignment alignment)
    {
        var free = Math.Max(0, width - line.Width);
        var gaps = line.Words.Count - 1;
        var justify = alignment == TextAlignment.Justify && !line.EndsParagraph && gaps > 0;
        var rightToLeft = line.ParagraphLevel % 2 == 1;
        var x = alignment switch
        {
            TextAlignment.Center => free / 2,
            TextAlignment.Right => free,
            TextAlignment.Start or TextAlignment.Justify when rightToLeft && !justify => free,
            _ => 0,
        };
        var pieces = VisualOrder(Pieces(line, justify ? free / gaps : 0));
        foreach (var piece in pieces)
        {
            piece.X = x;
            x += piece.Width;
        }
        var baseline = top + line.Baseline;
        foreach (var group in ByColor(pieces)) DrawGlyphs(context, group, baseline);
        // Underline the space too when the next word belongs to the same span, so a link reads as one.
        foreach (var piece in pieces.Where(p => p.Word.Style.Underline && (p.Run is not null || p.JoinsSpan)))
            Underline(context.Canvas, piece.Word.Style, piece.X, piece.X + piece.Width, baseline);
        foreach (var (span, rect) in LinkAreas(pieces, top, line.Height)) Annotate(context.Canvas, span, rect);
    }

    /// <summary>The line's runs and inter-word spaces in logical order; the space after the last word is not drawn (UAX #9, L1).</summary>
    private static List<Piece> Pieces(TextLine line, float extraSpace)
    {
        var pieces = new List<Piece>(2 * line.Words.Count);
        for (var i = 0; i < line.Words.Count; i++)
        {
            var word = line.Words[i];
            for (var r = 0; r < word.Runs.Count; r++) pieces.Add(new Piece(word, word.Runs[r], word.Runs[r].Width, word.Runs[r].Level, false));
            if (i < line.Words.Count - 1)
                pieces.Add(new Piece(word, null, word.SpaceAfter + extraSpace, word.SpaceLevel, line.Words[i + 1].Span == word.Span));
        }
        return pieces;
    }

    /// <summary>Reverses every stretch at each level from the highest down to the lowest odd one (UAX #9, L2).</summary>
    private static List<Piece> VisualOrder(List<Piece> pieces)
    {
        if (pieces.Count == 0) return pieces;
        var highest = pieces.Max(p => p.Level);
        var lowestOdd = pieces.Min(p => p.Level) | 1;
        for (var level = highest; level >= lowestOdd; level--)
            for (var i = 0; i < pieces.Count; i++)
            {
                if (pieces[i].Level < level) continue;
                var end = i;
                while (end < pieces.Count && pieces[end].Level >= level) end++;
                pieces.Reverse(i, end - i);
                i = end;
            }
        return pieces;
    }

    /// <summary>Consecutive runs of one colour, drawn as one text blob.</summary>
    private static IEnumerable<List<Piece>> ByColor(List<Piece> pieces)
    {
        var group = new List<Piece>();
        foreach (var piece in pieces.Where(p => p.Run is { Glyphs.Length: > 0 }))
        {
            if (group.Count > 0 && group[^1].Word.Style.Color != piece.Word.Style.Color)
            {
                yield return group;
                group = [];
            }
            group.Add(piece);
        }
        if (group.Count > 0) yield return group;
    }

    private static void DrawGlyphs(RenderContext context, List<Piece> pieces, float baseline)
    {
        using var builder = new SKTextBlobBuilder();
        foreach (var piece in pieces) AddRun(builder, piece.Run!, piece.X, context.EmbeddedFonts);
        using var blob = builder.Build();
        if (blob is null) return;
        using var paint = new SKPaint { Color = pieces[0].Word.Style.Color, IsAntialias = true };
        context.Canvas.DrawText(blob, 0, baseline, paint);
    }

    /// <summary>Adds glyphs with their UTF-8 text and clusters, so a reader maps glyphs back to characters.</summary>
    private static void AddRun(SKTextBlobBuilder builder, GlyphRun run, float x, EmbeddedFonts embedded)
    {
        embedded.Record(run);
        using var font = new SKFont(embedded.For(run.Typeface), run.FontSize) { Subpixel = true, LinearMetrics = true };
        var text = Encoding.UTF8.GetBytes(run.Text);
        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, text.Length, null);
        buffer.SetGlyphs(run.Glyphs);
        var positions = new SKPoint[run.Offsets.Length];
        for (var i = 0; i < positions.Length; i++) positions[i] = new SKPoint(x + run.Offsets[i], 0);
        buffer.SetPositions(positions);
        buffer.SetText(text);
        buffer.SetClusters(run.Clusters);
    }

    private static void Underline(SKCanvas canvas, ResolvedStyle style, float left, float right, float baseline)
    {
        using var paint = new SKPaint { Color = style.Color, StrokeWidth = Math.Max(0.5f, style.Size / 16) };
        var y = baseline + style.Size / 8;
        canvas.DrawLine(left, y, right, y, paint);
    }

    /// <summary>One area per stretch of a span on a line, not one per word.</summary>
    private static List<(TextSpan Span, SKRect Rect)> LinkAreas(List<Piece> pieces, float top, float height)
    {
        var areas = new List<(TextSpan Span, SKRect Rect)>();
        foreach (var piece in pieces.Where(p => p.Word.Span.Url is not null || p.Word.Span.SectionName is not null))
        {
            if (piece.Run is null && !piece.JoinsSpan) continue;
            var rect = new SKRect(piece.X, top, piece.X + piece.Width, top + height);
            if (areas.Count > 0 && areas[^1].Span == piece.Word.Span && Math.Abs(areas[^1].Rect.Right - rect.Left) < 0.01f)
                areas[^1] = (piece.Word.Span, SKRect.Union(areas[^1].Rect, rect));
            else areas.Add((piece.Word.Span, rect));
        }
        return areas;
    }

    private static void Annotate(SKCanvas canvas, TextSpan span, SKRect rect)
    {
        if (span.Url is { } url) canvas.DrawUrlAnnotation(rect, url);
        if (span.SectionName is { } name) canvas.DrawLinkDestinationAnnotation(rect, name);
    }
}
