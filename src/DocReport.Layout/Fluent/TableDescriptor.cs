using DocReport.Layout.Elements;

namespace DocReport.Layout;

/// <summary>Defines a table's columns, header and cells; cells fill rows left to right.</summary>
public sealed class TableDescriptor
{
    private readonly Table table;

    internal TableDescriptor(Table table) => this.table = table;

    /// <summary>A column of a fixed width in points.</summary>
    public TableDescriptor ConstantColumn(float width) { table.Columns.Add(new TableColumn(true, width)); return this; }

    /// <summary>A column taking a share of the width left after constant columns.</summary>
    public TableDescriptor RelativeColumn(float weight = 1) { table.Columns.Add(new TableColumn(false, weight)); return this; }

    /// <summary>A header cell; header cells form one row repeated at the top of every page the table spans.</summary>
    public IContainer HeaderCell() => Add(table.Header);

    /// <summary>The next body cell.</summary>
    public IContainer Cell()
    {
        if (table.Columns.Count == 0) throw new InvalidOperationException("Define the table's columns before adding cells.");
        return Add(table.Cells);
    }

    private static IContainer Add(List<RowItem> cells)
    {
        var cell = new RowItem(RowItemKind.Relative, 1);
        cells.Add(cell);
        return cell;
    }
}
