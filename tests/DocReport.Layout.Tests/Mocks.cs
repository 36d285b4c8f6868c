using DocReport.Layout.Drawing;
using DocReport.Layout.Infrastructure;
using DocReport.Layout.Text;
using SkiaSharp;

namespace DocReport.Layout.Tests;

/// <summary>Gives elements a context with a canvas that draws nowhere.</summary>
internal static class Given
{
    public static T Bound<T>(T element) where T : Element
    {
        element.Bind(new RenderContext(FontCatalog.Shared) { Canvas = new SKNoDrawCanvas(1000, 1000), PageNumber = 1, TotalPages = 1 });
        return element;
    }
}

/// <summary>An element that needs one height per page: partial until its last part, wrap when a part does not fit.</summary>
internal sealed class MockBlock(float width, params float[] parts) : Element
{
    private int part;

    public List<Size> Offered { get; } = [];
    public List<Size> Drawn { get; } = [];

    public static MockBlock Of(float width, float height) => new(width, height);

    public override SpacePlan MeasureCore(Size available)
    {
        Offered.Add(available);
        if (part >= parts.Length) return SpacePlan.Empty();
        if (parts[part] > available.Height || width > available.Width) return SpacePlan.Wrap();
        return part == parts.Length - 1 ? SpacePlan.Full(width, parts[part]) : SpacePlan.Partial(width, parts[part]);
    }

    public override void Draw(Size available)
    {
        Drawn.Add(available);
        part++;
    }

    public override void ResetState() => part = 0;
}
