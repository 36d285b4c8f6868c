using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Elements;

/// <summary>Places the child, at its measured size, at a fraction of the free space (0 start, 0.5 centre, 1 end).</summary>
internal sealed class Alignment : Container
{
    public float? Horizontal { get; init; }
    public float? Vertical { get; init; }

    public override SpacePlan MeasureCore(Size available)
    {
        var plan = Child.Measure(available);
        return plan.Resized(Horizontal is null ? plan.Width : available.Width, Vertical is null ? plan.Height : available.Height);
    }

    public override void Draw(Size available)
    {
        var plan = Child.Measure(available);
        if (plan.IsWrap || plan.IsEmpty) return;
        var x = (available.Width - plan.Width) * (Horizontal ?? 0);
        var y = (available.Height - plan.Height) * (Vertical ?? 0);
        var size = new Size(Horizontal is null ? available.Width : plan.Width, Vertical is null ? available.Height : plan.Height);
        Context.Translated(x, y, () => Child.Draw(size));
    }
}
