using SkiaSharp;

namespace DocReport.Layout.Elements;

/// <summary>A page template: size, margins, colour, default text style, and the header, content and footer slots.</summary>
internal sealed class Page
{
    public Size Size { get; set; } = PageSizes.A4;
    public float MarginLeft { get; set; } = 50;
    public float MarginTop { get; set; } = 50;
    public float MarginRight { get; set; } = 50;
    public float MarginBottom { get; set; } = 50;
    public SKColor? Color { get; set; }
    public TextStyle TextStyle { get; set; } = new();
    public Container Background { get; } = new();
    public Container Header { get; } = new();
    public Container Content { get; } = new();
    public Container Footer { get; } = new();
    public float HeaderSpacing { get; set; } = 10;
    public float FooterSpacing { get; set; } = 10;

    public Size ContentArea => new(Size.Width - MarginLeft - MarginRight, Size.Height - MarginTop - MarginBottom);
}
