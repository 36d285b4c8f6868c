using SkiaSharp;

namespace DocReport.Layout.Elements;

/// <summary>Lines along the edges of the area given to the child, each side its own thickness.</summary>
internal sealed class Border(SKColor color) : Container
{
    public float Left { get; init; }
    public float Top { get; init; }
    public float Right { get; init; }
    public float Bottom { get; init; }

    public override void Draw(Size available)
    {
        Child.Draw(available);
        using var paint = new SKPaint { Color = color, IsAntialias = false };
        var (w, h) = (available.Width, available.Height);
        if (Top > 0) Context.Canvas.DrawRect(0, 0, w, Top, paint);
        if (Bottom > 0) Context.Canvas.DrawRect(0, h - Bottom, w, Bottom, paint);
        if (Left > 0) Context.Canvas.DrawRect(0, 0, Left, h, paint);
        if (Right > 0) Context.Canvas.DrawRect(w - Right, 0, Right, h, paint);
    }
}
