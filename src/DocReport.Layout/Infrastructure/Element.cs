using DocReport.Layout.Drawing;

namespace DocReport.Layout.Infrastructure;

/// <summary>A piece of layout: measures what it would take of the offered space, then draws into it.</summary>
internal abstract class Element
{
    public RenderContext Context { get; private set; } = null!;

    public virtual IEnumerable<Element> Children => [];

    /// <summary>Gives this element and its descendants the context of the page being drawn.</summary>
    public void Bind(RenderContext context)
    {
        Context = context;
        foreach (var child in Children) child.Bind(context);
    }

    public SpacePlan Measure(Size available)
    {
        Context.Diagnostics.Enter();
        var plan = MeasureCore(available);
        Context.Diagnostics.Leave(this, available, plan);
        return plan;
    }

    public abstract SpacePlan MeasureCore(Size available);

    public abstract void Draw(Size available);

    /// <summary>Forgets paging progress, so the element draws from its start again.</summary>
    public virtual void ResetState()
    {
        foreach (var child in Children) child.ResetState();
    }

    /// <summary>Names the element in layout errors.</summary>
    public virtual string Describe() => GetType().Name;
}
