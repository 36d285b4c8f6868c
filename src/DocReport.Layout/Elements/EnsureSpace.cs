using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Elements;

/// <summary>
/// Moves the child to the next page when the part that would fit here is shorter than a minimum height. Only the
/// child's first part is held to the minimum: once a part is drawn, the rest takes whatever space the next page has.
/// </summary>
internal sealed class EnsureSpace(float minHeight) : Container
{
    private bool started;

    public override SpacePlan MeasureCore(Size available)
    {
        var plan = Child.Measure(available);
        var tooShort = plan.IsPartial && plan.Height < minHeight && !started;
        return tooShort && !Context.KeepTogetherRelaxed ? SpacePlan.Wrap() : plan;
    }

    public override void Draw(Size available)
    {
        Child.Draw(available);
        started = true;
    }

    public override void ResetState()
    {
        started = false;
        base.ResetState();
    }
}
