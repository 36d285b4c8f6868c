using DocReport.Layout.Elements;
using DocReport.Layout.Text;
using SkiaSharp;

namespace DocReport.Layout;

/// <summary>Content elements: layouts (column, row, table), text, images and vector drawing.</summary>
public static class ContentExtensions
{
    /// <summary>Items stacked top to bottom, split across pages between items.</summary>
    public static void Column(this IContainer c, Action<ColumnDescriptor> compose) => compose(new ColumnDescriptor(c.Attach(new Column())));

    /// <summary>Items side by side, of constant or relative widths.</summary>
    public static void Row(this IContainer c, Action<RowDescriptor> compose) => compose(new RowDescriptor(c.Attach(new Row())));

    /// <summary>A table whose header row repeats on every page and whose rows split across pages.</summary>
    public static void Table(this IContainer c, Action<TableDescriptor> compose) => compose(new TableDescriptor(c.Attach(new Table())));

    /// <summary>A paragraph of one span; style it with the returned descriptor.</summary>
    public static TextSpanDescriptor Text(this IContainer c, string text)
    {
        var block = c.Attach(new TextBlock());
        var span = new TextSpan(text);
        block.Spans.Add(span);
        return new TextSpanDescriptor(span);
    }

    /// <summary>A paragraph of several spans, page numbers, alignment and spacing.</summary>
    public static void Text(this IContainer c, Action<TextDescriptor> compose) => compose(new TextDescriptor(c.Attach(new TextBlock())));

    /// <summary>A PNG or JPEG image at the full offered width.</summary>
    public static void Image(this IContainer c, byte[] encoded)
    {
        var image = SKImage.FromEncodedData(encoded) ?? throw new ArgumentException("The image is not a PNG or JPEG Skia can decode.", nameof(encoded));
        c.Attach(new Image(image));
    }

    /// <summary>Vector drawing (a chart, a rule) of the given height, drawn by <paramref name="draw"/> in points from the top left.</summary>
    public static void Canvas(this IContainer c, float height, Action<SKCanvas, Size> draw) => c.Attach(new CanvasElement(height, (canvas, size, _) => draw(canvas, size)));

    /// <summary>Vector drawing with text: draw labels with the typefaces of <see cref="CanvasFonts"/>, so the PDF embeds one subset of each font.</summary>
    public static void Canvas(this IContainer c, float height, Action<SKCanvas, Size, CanvasFonts> draw) => c.Attach(new CanvasElement(height, draw));

    /// <summary>A horizontal rule across the offered width.</summary>
    public static void LineHorizontal(this IContainer c, float thickness, string color) =>
        c.Height(thickness).Background(color);
}
