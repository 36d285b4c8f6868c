using System.Text;
using DocReport.Layout.Elements;
using DocReport.Layout.Text;
using SkiaSharp;

namespace DocReport.Layout.Drawing;

/// <summary>Draws one line of shaped words, aligned or justified, with its link annotations and underlines.</summary>
internal static class TextLineDrawer
{
    public static void Draw(RenderContext context, TextLine line, float top, float width, TextAlignment alignment)
    {
        var free = Math.Max(0, width - line.Width);
        var gaps = line.Words.Count - 1;
        var justify = alignment == TextAlignment.Justify && !line.EndsParagraph && gaps > 0;
        var x = alignment switch
        {
            TextAlignment.Center => free / 2,
            TextAlignment.Right => free,
            _ => 0,
        };
        var extra = justify ? free / gaps : 0;
        var baseline = top + line.Baseline;
        var placed = new List<(Word Word, float X)>();
        foreach (var word in line.Words)
        {
            placed.Add((word, x));
            x += word.Width + word.SpaceAfter + extra;
        }
        foreach (var group in ByColor(placed)) DrawGlyphs(context, group, baseline);
        for (var i = 0; i < placed.Count; i++)
        {
            var (word, left) = placed[i];
            if (!word.Style.Underline) continue;
            // Underline the space too when the next word belongs to the same span, so a link reads as one.
            var right = i + 1 < placed.Count && placed[i + 1].Word.Span == word.Span ? placed[i + 1].X : left + word.Width;
            Underline(context.Canvas, word.Style, left, right, baseline);
        }
        foreach (var (span, rect) in LinkAreas(placed, top, line.Height)) Annotate(context.Canvas, span, rect);
    }

    /// <summary>Consecutive words of one colour, drawn as one text blob.</summary>
    private static IEnumerable<List<(Word Word, float X)>> ByColor(List<(Word Word, float X)> placed)
    {
        var group = new List<(Word, float)>();
        foreach (var item in placed)
        {
            if (group.Count > 0 && group[^1].Item1.Style.Color != item.Word.Style.Color)
            {
                yield return group;
                group = [];
            }
            group.Add(item);
        }
        if (group.Count > 0) yield return group;
    }

    private static void DrawGlyphs(RenderContext context, List<(Word Word, float X)> words, float baseline)
    {
        using var builder = new SKTextBlobBuilder();
        foreach (var (word, left) in words)
        {
            var x = left;
            foreach (var run in word.Runs)
            {
                if (run.Glyphs.Length > 0) AddRun(builder, run, x, context.EmbeddedFonts);
                x += run.Width;
            }
        }
        using var blob = builder.Build();
        if (blob is null) return;
        using var paint = new SKPaint { Color = words[0].Word.Style.Color, IsAntialias = true };
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

    /// <summary>One area per span on a line, not one per word.</summary>
    private static List<(TextSpan Span, SKRect Rect)> LinkAreas(List<(Word Word, float X)> placed, float top, float height)
    {
        var areas = new List<(TextSpan Span, SKRect Rect)>();
        foreach (var (word, x) in placed.Where(p => p.Word.Span.Url is not null || p.Word.Span.SectionName is not null))
        {
            var rect = new SKRect(x, top, x + word.Width, top + height);
            if (areas.Count > 0 && areas[^1].Span == word.Span) areas[^1] = (word.Span, SKRect.Union(areas[^1].Rect, rect));
            else areas.Add((word.Span, rect));
        }
        return areas;
    }

    private static void Annotate(SKCanvas canvas, TextSpan span, SKRect rect)
    {
        if (span.Url is { } url) canvas.DrawUrlAnnotation(rect, url);
        if (span.SectionName is { } name) canvas.DrawLinkDestinationAnnotation(rect, name);
    }
}
