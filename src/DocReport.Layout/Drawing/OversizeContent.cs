using DocReport.Layout.Infrastructure;
using SkiaSharp;

namespace DocReport.Layout.Drawing;

/// <summary>
/// Content that does not fit even an empty page with keep-together relaxed (a box or picture taller or wider than
/// the page): it is laid out in the smallest larger area it fits, drawn cut at the page's edges, and the cut is
/// marked with a zigzag, so one oversized piece costs its overflow instead of the whole document.
/// </summary>
internal static class OversizeContent
{
    private const float MaxTaller = 64;
    private static readonly float[] Widenings = [1, 2, 4, 8];
    private static readonly SKColor MarkColor = new(0xC0, 0x00, 0x00);

    /// <summary>The area the content first fits in and its plan there, or null when even 64 pages tall and 8 wide do not do.</summary>
    public static (Size Area, SpacePlan Plan)? Fit(Element content, Size body)
    {
        foreach (var widen in Widenings)
        {
            var width = body.Width * widen;
            var plan = content.Measure(new Size(width, body.Height * MaxTaller));
            if (plan.IsWrap) continue;
            // Shortest height that fits, so what follows the oversized piece is left for the next page.
            var (low, high) = (body.Height, body.Height * MaxTaller);
            while (high - low > 1)
            {
                var middle = (low + high) / 2;
                var tried = content.Measure(new Size(width, middle));
                if (tried.IsWrap) low = middle;
                else (high, plan) = (middle, tried);
            }
            return (new Size(width, high), plan);
        }
        return null;
    }

    /// <summary>Draws the content laid out in <paramref name="area"/>, clipped to <paramref name="body"/>, with the cut edges marked.</summary>
    public static void Draw(Element content, RenderContext context, Size area, SpacePlan plan, Size body)
    {
        var canvas = context.Canvas;
        canvas.Save();
        canvas.ClipRect(new SKRect(0, 0, body.Width, body.Height));
        content.Draw(new Size(area.Width, plan.Height));
        canvas.Restore();
        using var paint = new SKPaint { Color = MarkColor, StrokeWidth = 1.5f, IsStroke = true, IsAntialias = true };
        if (plan.Height > body.Height) canvas.DrawPath(Zigzag(new SKPoint(0, body.Height), new SKPoint(body.Width, body.Height)), paint);
        if (plan.Width > body.Width) canvas.DrawPath(Zigzag(new SKPoint(body.Width, 0), new SKPoint(body.Width, body.Height)), paint);
    }

    // A torn-edge line from one point to another, teeth 6 points apart and 3 deep, inside the page's content area.
    private static SKPath Zigzag(SKPoint from, SKPoint to)
    {
        var path = new SKPath();
        var length = SKPoint.Distance(from, to);
        var (dx, dy) = ((to.X - from.X) / length, (to.Y - from.Y) / length);
        path.MoveTo(from);
        for (var (at, up) = (6f, true); at <= length; at += 6, up = !up)
        {
            var depth = up ? -3 : 0;
            path.LineTo(from.X + dx * at - dy * depth, from.Y + dy * at + dx * depth);
        }
        return path;
    }
}
