using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Elements;

/// <summary>Sets the default text style for everything inside the child.</summary>
internal sealed class TextStyleScope(TextStyle style) : Container
{
    public override SpacePlan MeasureCore(Size available) => Scoped(() => Child.Measure(available));

    public override void Draw(Size available) => Scoped(() => { Child.Draw(available); return 0; });

    private T Scoped<T>(Func<T> action)
    {
        var outer = Context.DefaultTextStyle;
        Context.DefaultTextStyle = style.Over(outer);
        try { return action(); }
        finally { Context.DefaultTextStyle = outer; }
    }
}
