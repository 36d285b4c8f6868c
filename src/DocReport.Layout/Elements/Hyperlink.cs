using SkiaSharp;

namespace DocReport.Layout.Elements;

/// <summary>Makes the child's area a link: to a URL, or to a named destination in the document.</summary>
internal sealed class Hyperlink(string target, bool isSection) : Container
{
    public override void Draw(Size available)
    {
        var plan = Child.Measure(available);
        Child.Draw(available);
        if (plan.IsWrap || plan.IsEmpty) return;
        var rect = new SKRect(0, 0, plan.Width, plan.Height);
        if (isSection) Context.Canvas.DrawLinkDestinationAnnotation(rect, target);
        else Context.Canvas.DrawUrlAnnotation(rect, target);
    }
}

/// <summary>Names the top of the child as a destination that section links jump to.</summary>
internal sealed class Section(string name) : Container
{
    private bool marked;

    public override void Draw(Size available)
    {
        if (!marked) Context.Canvas.DrawNamedDestinationAnnotation(new SKPoint(0, 0), name);
        marked = true;
        Child.Draw(available);
    }

    public override void ResetState()
    {
        marked = false;
        base.ResetState();
    }
}
