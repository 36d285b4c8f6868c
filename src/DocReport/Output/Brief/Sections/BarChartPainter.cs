using DocReport.Layout;
using SkiaSharp;

namespace DocReport.Output.Brief.Sections;

/// <summary>Paints labelled bars with an integer value axis on a Skia canvas, in points.</summary>
internal sealed class BarChartPainter(IReadOnlyList<(string Label, int Value)> bars, BriefStyles styles)
{
    private const float BarHeight = 14;
    private int Max => Math.Max(1, bars.Max(b => b.Value));

    public float HorizontalHeight => bars.Count * (BarHeight + 5) + 4;

    /// <summary>Columns, one per bar, labels below and a value scale on the left.</summary>
    public void DrawVertical(SKCanvas canvas, Layout.Size size, CanvasFonts fonts)
    {
        using var font = Font(fonts, styles.Font.SmallSize - 0.5f);
        using var fill = Paint(styles.Colors.Accent);
        using var grid = Paint(styles.Colors.Rule, 0.5f);
        using var label = Paint(styles.Colors.Muted);
        var left = 22f;
        var bottom = size.Height - 14;
        var plotHeight = bottom - 6;
        var step = Math.Max(1, (int)Math.Ceiling(Max / 4.0));
        for (var v = 0; v <= Max; v += step)
        {
            var y = bottom - plotHeight * v / Max;
            canvas.DrawLine(left, y, size.Width, y, grid);
            canvas.DrawText(v.ToString(), left - 5, y + font.Size / 3, SKTextAlign.Right, font, label);
        }
        var slot = (size.Width - left) / bars.Count;
        var labelEvery = (int)Math.Ceiling(bars.Count / ((size.Width - left) / 26));
        for (var i = 0; i < bars.Count; i++)
        {
            var x = left + i * slot;
            var height = plotHeight * bars[i].Value / Max;
            var barWidth = Math.Min(slot * 0.64f, 28);
            canvas.DrawRect(x + (slot - barWidth) / 2, bottom - height, barWidth, height, fill);
            if (i % labelEvery != 0) continue;
            // A label wider than its slot is kept inside the chart: the last one ("P71" over a narrow slot) would cross the margin.
            var half = font.MeasureText(bars[i].Label) / 2;
            canvas.DrawText(bars[i].Label, Math.Min(x + slot / 2, size.Width - half), size.Height - 3, SKTextAlign.Center, font, label);
        }
    }

    /// <summary>Horizontal bars, one per row, label on the left and value at the bar's end.</summary>
    public void DrawHorizontal(SKCanvas canvas, Layout.Size size, CanvasFonts fonts)
    {
        using var font = Font(fonts, styles.Font.SmallSize);
        using var fill = Paint(styles.Colors.Accent);
        using var text = Paint(styles.Colors.Text);
        var labelWidth = 90f;
        var plotWidth = size.Width - labelWidth - 30;
        for (var i = 0; i < bars.Count; i++)
        {
            var top = 2 + i * (BarHeight + 5);
            var baseline = top + BarHeight / 2 + font.Size / 3;
            var width = plotWidth * bars[i].Value / Max;
            canvas.DrawText(bars[i].Label, labelWidth - 8, baseline, SKTextAlign.Right, font, text);
            canvas.DrawRect(labelWidth, top, width, BarHeight, fill);
            canvas.DrawText(bars[i].Value.ToString(), labelWidth + width + 5, baseline, SKTextAlign.Left, font, text);
        }
    }

    // The layout's typeface, not one from Skia's font manager, so the PDF embeds one subset of the font, not the whole font again.
    private SKFont Font(CanvasFonts fonts, float size) => new(fonts.Typeface(styles.Font.Family), size);

    private static SKPaint Paint(string color, float stroke = 0) =>
        new() { Color = SKColor.Parse(color), IsAntialias = true, StrokeWidth = stroke, Style = stroke > 0 ? SKPaintStyle.Stroke : SKPaintStyle.Fill };
}
