using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Elements;

/// <summary>A single-child element: measures and draws its child unchanged unless a subclass says otherwise.</summary>
internal class Container : Element, IContainer
{
    public Element Child { get; set; } = new EmptyElement();

    public override IEnumerable<Element> Children => [Child];

    public override SpacePlan MeasureCore(Size available) => Child.Measure(available);

    public override void Draw(Size available) => Child.Draw(available);

    public override string Describe() => Child is EmptyElement ? GetType().Name : $"{GetType().Name} around {Child.Describe()}";
}

/// <summary>Takes no space and draws nothing.</summary>
internal sealed class EmptyElement : Element
{
    public override SpacePlan MeasureCore(Size available) => SpacePlan.Empty();

    public override void Draw(Size available) { }
}
