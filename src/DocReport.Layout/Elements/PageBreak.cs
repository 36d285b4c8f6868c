using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Elements;

/// <summary>Ends the current page: takes no space, once.</summary>
internal sealed class PageBreak : Element
{
    private bool done;

    public override SpacePlan MeasureCore(Size available) => done ? SpacePlan.Empty() : SpacePlan.Partial(0, 0);

    public override void Draw(Size available) => done = true;

    public override void ResetState() => done = false;
}
