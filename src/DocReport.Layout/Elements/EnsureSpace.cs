using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Elements;

/// <summary>Moves the child to the next page when the part that would fit here is shorter than a minimum height.</summary>
internal sealed class EnsureSpace(float minHeight) : Container
{
    public override SpacePlan MeasureCore(Size available)
    {
        var plan = Child.Measure(available);
        return plan.IsPartial && plan.Height < minHeight ? SpacePlan.Wrap() : plan;
    }
}
