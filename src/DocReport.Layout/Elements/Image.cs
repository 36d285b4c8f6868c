using DocReport.Layout.Infrastructure;
using SkiaSharp;

namespace DocReport.Layout.Elements;

/// <summary>A PNG or JPEG scaled to the offered width, keeping its aspect ratio.</summary>
internal sealed class Image(SKImage image) : Element
{
    public override SpacePlan MeasureCore(Size available)
    {
        var height = available.Width * image.Height / image.Width;
        return height > available.Height + 0.01f ? SpacePlan.Wrap() : SpacePlan.Full(available.Width, height);
    }

    public override void Draw(Size available)
    {
        var height = available.Width * image.Height / image.Width;
        Context.Canvas.DrawImage(image, new SKRect(0, 0, available.Width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }

    public override string Describe() => $"Image {image.Width}×{image.Height} px";
}

/// <summary>Vector drawing of a fixed height (charts, rules), drawn by a callback on the PDF canvas.</summary>
internal sealed class CanvasElement(float height, Action<SKCanvas, Size, CanvasFonts> draw) : Element
{
    public override SpacePlan MeasureCore(Size available) =>
        height > available.Height + 0.01f ? SpacePlan.Wrap() : SpacePlan.Full(available.Width, height);

    public override void Draw(Size available)
    {
        Context.Canvas.Save();
        Context.Canvas.ClipRect(new SKRect(0, 0, available.Width, height));
        draw(Context.Canvas, new Size(available.Width, height), new CanvasFonts(Context));
        Context.Canvas.Restore();
    }

    public override string Describe() => $"Canvas of height {height} pt";
}
