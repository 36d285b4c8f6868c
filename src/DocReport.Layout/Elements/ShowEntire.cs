using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Elements;

/// <summary>
/// Draws the child only where all of it fits: a partial render becomes a wrap to the next page, unless even an empty
/// page cannot hold all of it (then it splits, rather than never being drawn).
/// </summary>
internal sealed class ShowEntire : Container
{
    public override SpacePlan MeasureCore(Size available)
    {
        var plan = Child.Measure(available);
        return plan.IsPartial && !Context.KeepTogetherRelaxed ? SpacePlan.Wrap() : plan;
    }
}
