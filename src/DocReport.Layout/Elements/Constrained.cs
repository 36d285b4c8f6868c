using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Elements;

/// <summary>Keeps the child's size between minimum and maximum widths and heights.</summary>
internal sealed class Constrained : Container
{
    public float? MinWidth { get; init; }
    public float? MaxWidth { get; init; }
    public float? MinHeight { get; init; }
    public float? MaxHeight { get; init; }

    public override SpacePlan MeasureCore(Size available)
    {
        if (MinWidth > available.Width + 0.01f || MinHeight > available.Height + 0.01f) return SpacePlan.Wrap();
        var plan = Child.Measure(Limit(available));
        if (plan.IsWrap) return plan;
        var width = Math.Clamp(plan.Width, MinWidth ?? 0, MaxWidth ?? float.MaxValue);
        var height = Math.Clamp(plan.Height, MinHeight ?? 0, MaxHeight ?? float.MaxValue);
        return plan.IsEmpty && (MinWidth > 0 || MinHeight > 0) ? SpacePlan.Full(width, height) : plan.Resized(width, height);
    }

    public override void Draw(Size available) => Child.Draw(Limit(available));

    private Size Limit(Size available) =>
        new(Math.Min(available.Width, MaxWidth ?? float.MaxValue), Math.Min(available.Height, MaxHeight ?? float.MaxValue));

    public override string Describe() => $"Constrained (min {MinWidth ?? 0}×{MinHeight ?? 0} pt)";
}
