using DocReport.Layout.Elements;

namespace DocReport.Layout;

/// <summary>Adds items to a column.</summary>
public sealed class ColumnDescriptor
{
    private readonly Column column;

    internal ColumnDescriptor(Column column) => this.column = column;

    /// <summary>Vertical space between items.</summary>
    public ColumnDescriptor Spacing(float value) { column.Spacing = value; return this; }

    /// <summary>A new item below the previous ones.</summary>
    public IContainer Item()
    {
        var item = new Container();
        column.Items.Add(item);
        return item;
    }
}

/// <summary>Adds items to a row.</summary>
public sealed class RowDescriptor
{
    private readonly Row row;

    internal RowDescriptor(Row row) => this.row = row;

    /// <summary>Horizontal space between items.</summary>
    public RowDescriptor Spacing(float value) { row.Spacing = value; return this; }

    /// <summary>An item taking a share of the width left after constant and auto items, in proportion to <paramref name="weight"/>.</summary>
    public IContainer RelativeItem(float weight = 1) => Add(new RowItem(RowItemKind.Relative, weight));

    /// <summary>An item of a fixed width in points.</summary>
    public IContainer ConstantItem(float width) => Add(new RowItem(RowItemKind.Constant, width));

    /// <summary>An item as wide as its content.</summary>
    public IContainer AutoItem() => Add(new RowItem(RowItemKind.Auto, 0));

    private RowItem Add(RowItem item)
    {
        row.Items.Add(item);
        return item;
    }
}
