using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Elements;

internal enum RowItemKind { Relative, Constant, Auto }

/// <summary>One cell of a row: a container sized by a weight, a fixed width, or its content.</summary>
internal sealed class RowItem(RowItemKind kind, float size) : Container
{
    public RowItemKind Kind { get; } = kind;
    public float Size { get; } = size;

    /// <summary>True once the item has drawn all of its content, so later pages of the row skip it.</summary>
    public bool Done { get; set; }

    public override void ResetState()
    {
        Done = false;
        base.ResetState();
    }
}

/// <summary>Items side by side; the row continues on the next page while any item has content left.</summary>
internal sealed class Row : Element
{
    public List<RowItem> Items { get; } = [];
    public float Spacing { get; set; }

    public override IEnumerable<Element> Children => Items;

    public override SpacePlan MeasureCore(Size available)
    {
        var plans = Plans(available);
        if (plans.Any(p => p.Plan.IsWrap)) return SpacePlan.Wrap();
        var drawn = plans.Where(p => !p.Plan.IsEmpty).ToList();
        if (drawn.Count == 0) return SpacePlan.Empty();
        var width = plans.Count == 0 ? 0 : plans[^1].X + plans[^1].Width;
        var height = drawn.Max(p => p.Plan.Height);
        return drawn.Any(p => p.Plan.IsPartial) ? SpacePlan.Partial(width, height) : SpacePlan.Full(width, height);
    }

    public override void Draw(Size available)
    {
        var plans = Plans(available);
        var height = plans.Where(p => !p.Plan.IsEmpty).Select(p => p.Plan.Height).DefaultIfEmpty(0).Max();
        foreach (var (item, x, width, plan) in plans)
        {
            if (plan.IsEmpty || plan.IsWrap) { item.Done = !plan.IsWrap; continue; }
            Context.Translated(x, 0, () => item.Draw(new Size(width, height)));
            item.Done = !plan.IsPartial;
        }
    }

    private List<(RowItem Item, float X, float Width, SpacePlan Plan)> Plans(Size available)
    {
        var widths = Widths(available);
        var result = new List<(RowItem, float, float, SpacePlan)>();
        var x = 0f;
        for (var i = 0; i < Items.Count; i++)
        {
            var plan = Items[i].Done ? SpacePlan.Empty() : Items[i].Measure(new Size(widths[i], available.Height));
            result.Add((Items[i], x, widths[i], plan));
            x += widths[i] + Spacing;
        }
        return result;
    }

    private float[] Widths(Size available)
    {
        var widths = new float[Items.Count];
        var free = available.Width - Spacing * Math.Max(0, Items.Count - 1);
        for (var i = 0; i < Items.Count; i++)
        {
            widths[i] = Items[i].Kind switch
            {
                RowItemKind.Constant => Items[i].Size,
                RowItemKind.Auto => Items[i].Measure(new Size(Math.Max(0, free), available.Height)) is var p && !p.IsWrap ? p.Width : 0,
                _ => 0,
            };
            free -= widths[i];
        }
        var weights = Items.Where(i => i.Kind == RowItemKind.Relative).Sum(i => i.Size);
        for (var i = 0; i < Items.Count; i++)
            if (Items[i].Kind == RowItemKind.Relative) widths[i] = Math.Max(0, free) * Items[i].Size / weights;
        return widths;
    }
}
