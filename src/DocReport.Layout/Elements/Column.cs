using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Elements;

/// <summary>Items stacked top to bottom with spacing; continues on the next page from the first item not yet drawn in full.</summary>
internal sealed class Column : Element
{
    private int first;

    public List<Element> Items { get; } = [];
    public float Spacing { get; set; }

    public override IEnumerable<Element> Children => Items;

    public override SpacePlan MeasureCore(Size available)
    {
        var (placed, partial) = Plan(available);
        if (placed.Count == 0) return partial == true ? SpacePlan.Wrap() : SpacePlan.Empty();
        var width = placed.Max(p => p.Plan.Width);
        var height = placed[^1].Top + placed[^1].Plan.Height;
        return partial == true ? SpacePlan.Partial(width, height) : SpacePlan.Full(width, height);
    }

    public override void Draw(Size available)
    {
        var (placed, _) = Plan(available);
        foreach (var (index, top, plan) in placed)
        {
            Context.Translated(0, top, () => Items[index].Draw(new Size(available.Width, plan.Height)));
            if (!plan.IsPartial) first = index + 1;
        }
    }

    public override void ResetState()
    {
        first = 0;
        base.ResetState();
    }

    /// <summary>The items that go on this page and where; partial is true when more remains, null when nothing wrapped.</summary>
    private (List<(int Index, float Top, SpacePlan Plan)> Placed, bool? Partial) Plan(Size available)
    {
        var placed = new List<(int, float, SpacePlan)>();
        var top = 0f;
        for (var i = first; i < Items.Count; i++)
        {
            var gap = placed.Count > 0 ? Spacing : 0;
            var plan = Items[i].Measure(new Size(available.Width, available.Height - top - gap));
            if (plan.IsEmpty) continue;
            if (plan.IsWrap) return (placed, true);
            placed.Add((i, top + gap, plan));
            top += gap + plan.Height;
            if (plan.IsPartial) return (placed, true);
        }
        return (placed, null);
    }
}
