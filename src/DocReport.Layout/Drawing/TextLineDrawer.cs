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
        var links = new List<(TextSpan Span, SKRect Rect)>();
        foreach (var word in line.Words)
        {
            DrawWord(context.Canvas, word, x, baseline);
            var rect = new SKRect(x, top, x + word.Width, top + line.Height);
            if (links.Count > 0 && links[^1].Span == word.Span) links[^1] = (word.Span, SKRect.Union(links[^1].Rect, rect));
            else links.Add((word.Span, rect));
            x += word.Width + word.SpaceAfter + extra;
        }
        foreach (var (span, rect) in links) Annotate(context.Canvas, span, rect);
    }

    /// <summary>One link annotation per span on a line, not one per word.</summary>
    private static void Annotate(SKCanvas canvas, TextSpan span, SKRect rect)
    {
        if (span.Url is { } url) canvas.DrawUrlAnnotation(rect, url);
        if (span.SectionName is { } name) canvas.DrawLinkDestinationAnnotation(rect, name);
    }

    private static void DrawWord(SKCanvas canvas, Word word, float x, float baseline)
    {
        using var paint = new SKPaint { Color = word.Style.Color, IsAntialias = true };
        foreach (var run in word.Runs)
        {
            if (run.Glyphs.Length > 0)
            {
                using var font = new SKFont(run.Typeface, run.FontSize) { Subpixel = true, LinearMetrics = true };
                using var builder = new SKTextBlobBuilder();
                var text = Encoding.UTF8.GetBytes(run.Text);
                var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, text.Length, null);
                buffer.SetGlyphs(run.Glyphs);
                buffer.SetPositions(run.Offsets.Select(o => new SKPoint(o, 0)).ToArray());
                buffer.SetText(text);
                buffer.SetClusters(run.Clusters);
                using var blob = builder.Build();
                if (blob is not null) canvas.DrawText(blob, x, baseline, paint);
            }
            x += run.Width;
        }
        if (word.Style.Underline)
        {
            paint.StrokeWidth = Math.Max(0.5f, word.Style.Size / 16);
            var y = baseline + word.Style.Size / 8;
            canvas.DrawLine(x - word.Width, y, x, y, paint);
        }
    }
}
