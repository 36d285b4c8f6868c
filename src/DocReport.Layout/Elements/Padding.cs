using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Elements;

/// <summary>Space between the edges of the offered area and the child.</summary>
internal sealed class Padding : Container
{
    public float Left { get; init; }
    public float Top { get; init; }
    public float Right { get; init; }
    public float Bottom { get; init; }

    public override SpacePlan MeasureCore(Size available)
    {
        var inner = Inner(available);
        if (inner.Width < 0 || inner.Height < 0) return SpacePlan.Wrap();
        var plan = Child.Measure(inner);
        return plan.Resized(plan.Width + Left + Right, plan.Height + Top + Bottom);
    }

    public override void Draw(Size available) =>
        Context.Translated(Left, Top, () => Child.Draw(Inner(available)));

    private Size Inner(Size available) => new(available.Width - Left - Right, available.Height - Top - Bottom);
}
