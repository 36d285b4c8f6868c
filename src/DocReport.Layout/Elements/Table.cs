using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Elements;

/// <summary>A column of a table: a fixed width in points or a share of the remaining width.</summary>
internal sealed record TableColumn(bool IsConstant, float Size);

/// <summary>
/// Cells in rows under column definitions; the header repeats on every page. A row that does not fit where it would
/// start moves whole to the next page; only a row too tall for an empty page splits across pages.
/// </summary>
internal sealed class Table : Element
{
    private int firstRow;
    private bool rowStarted;

    public List<TableColumn> Columns { get; } = [];
    public List<RowItem> Header { get; } = [];
    public List<RowItem> Cells { get; } = [];

    public override IEnumerable<Element> Children => Header.Concat(Cells);

    private int RowCount => (Cells.Count + Columns.Count - 1) / Math.Max(1, Columns.Count);

    public override SpacePlan MeasureCore(Size available)
    {
        if (firstRow >= RowCount) return SpacePlan.Empty();
        var layout = Plan(available);
        if (layout is null) return SpacePlan.Wrap();
        var (_, rows, partial) = layout.Value;
        var height = rows.Count == 0 ? 0 : rows[^1].Top + rows[^1].Height;
        return partial ? SpacePlan.Partial(available.Width, height) : SpacePlan.Full(available.Width, height);
    }

    public override void Draw(Size available)
    {
        if (firstRow >= RowCount || Plan(available) is not { } layout) return;
        var widths = Widths(available.Width);
        ResetHeader();
        if (Header.Count > 0) DrawCells(Header, widths, 0, layout.HeaderHeight);
        foreach (var (row, top, height) in layout.Rows)
        {
            DrawCells(RowCells(row), widths, top, height);
            rowStarted = !RowCells(row).All(c => c.Done);
            if (!rowStarted) firstRow = row + 1;
        }
    }

    public override void ResetState()
    {
        firstRow = 0;
        rowStarted = false;
        base.ResetState();
    }

    public override string Describe() => $"Table ({Columns.Count} columns, row {firstRow + 1} of {RowCount})";

    /// <summary>The header height and the rows that go on this page; null when not even the first row fits whole.</summary>
    private (float HeaderHeight, List<(int Row, float Top, float Height)> Rows, bool Partial)? Plan(Size available)
    {
        var widths = Widths(available.Width);
        ResetHeader();
        var header = Header.Count > 0 ? MeasureCells(Header, widths, available.Height) : (Kind: SpacePlanKind.Empty, Height: 0f);
        if (header.Kind is SpacePlanKind.Wrap or SpacePlanKind.PartialRender) return null;
        var top = header.Height;
        var rows = new List<(int, float, float)>();
        for (var row = firstRow; row < RowCount; row++)
        {
            var (kind, height) = MeasureCells(RowCells(row), widths, available.Height - top);
            if (kind == SpacePlanKind.Wrap) return rows.Count == 0 ? null : (header.Height, rows, true);
            // A row splits only when an empty page cannot hold it (the page relaxes keeping together) or it has begun
            // on an earlier page; any other moves whole to the next page, so a reader never turns a page mid-row.
            if (kind == SpacePlanKind.PartialRender && rows.Count > 0) return (header.Height, rows, true);
            if (kind == SpacePlanKind.PartialRender && !rowStarted && !Context.KeepTogetherRelaxed) return null;
            rows.Add((row, top, height));
            top += height;
            if (kind == SpacePlanKind.PartialRender) return (header.Height, rows, true);
        }
        return (header.Height, rows, false);
    }

    private (SpacePlanKind Kind, float Height) MeasureCells(IReadOnlyList<RowItem> cells, float[] widths, float height)
    {
        var plans = cells.Select((c, i) => c.Done ? SpacePlan.Empty() : c.Measure(new Size(widths[i], height))).ToList();
        if (plans.Any(p => p.IsWrap)) return (SpacePlanKind.Wrap, 0);
        var max = plans.Select(p => p.Height).DefaultIfEmpty(0).Max();
        return (plans.Any(p => p.IsPartial) ? SpacePlanKind.PartialRender : SpacePlanKind.FullRender, max);
    }

    private void DrawCells(IReadOnlyList<RowItem> cells, float[] widths, float top, float height)
    {
        var x = 0f;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var size = new Size(widths[i], height);
            if (!cell.Done)
            {
                var plan = cell.Measure(size);
                Context.Translated(x, top, () => cell.Draw(size));
                cell.Done = !plan.IsPartial;
            }
            x += widths[i];
        }
    }

    private void ResetHeader()
    {
        foreach (var cell in Header) cell.ResetState();
    }

    private List<RowItem> RowCells(int row) => Cells.GetRange(row * Columns.Count, Math.Min(Columns.Count, Cells.Count - row * Columns.Count));

    private float[] Widths(float available)
    {
        var free = available - Columns.Where(c => c.IsConstant).Sum(c => c.Size);
        var weights = Columns.Where(c => !c.IsConstant).Sum(c => c.Size);
        return Columns.Select(c => c.IsConstant ? c.Size : Math.Max(0, free) * c.Size / weights).ToArray();
    }
}
