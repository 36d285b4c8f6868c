using SkiaSharp;

namespace DocReport.Layout.Elements;

/// <summary>Fills the area given to the child with a colour, then draws the child over it.</summary>
internal sealed class Background(SKColor color) : Container
{
    public override void Draw(Size available)
    {
        using var paint = new SKPaint { Color = color };
        Context.Canvas.DrawRect(0, 0, available.Width, available.Height, paint);
        Child.Draw(available);
    }
}
