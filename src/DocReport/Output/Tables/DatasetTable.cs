namespace DocReport.Output.Tables;

/// <summary>How a column's values are shown in the workbook (a Date column holds ISO 8601 text, an Excel date there; a Score
/// column's numbers show two decimals, as the brief gives them).</summary>
internal enum ColumnKind { Text, LongText, Number, Score, Url, Date }

/// <summary>The type of a column's values, for outputs with typed columns (Parquet).</summary>
internal enum CellType { Text, Int, Double, Bool }

/// <summary>
/// A column. <see cref="Name"/> heads it in every output (CSV, workbook, Parquet), camelCase as in dataset.json,
/// so a script switches between them without renaming.
/// </summary>
internal sealed record TableColumn(string Name, ColumnKind Kind = ColumnKind.Text)
{
    /// <summary>Number columns hold whole numbers unless told otherwise, Score columns doubles; the others text.</summary>
    public CellType Type { get; init; } = Kind switch { ColumnKind.Number => CellType.Int, ColumnKind.Score => CellType.Double, _ => CellType.Text };
}

/// <summary>ISO 8601 text the workbook shows as a date, in a column of values of other kinds (the Summary sheet's); the text itself elsewhere.</summary>
internal sealed record DateText(string Text)
{
    public override string ToString() => Text;
}

/// <summary>
/// One table of a dataset as rows of cells; a cell is a string, int, double, bool, <see cref="DateText"/> or null. The rows
/// may be given as a sequence made as it is read: <see cref="Rows"/> then keeps them all on first use (the workbook looks at
/// them several times), while <see cref="EachRow"/> makes them one at a time for a writer that passes over them once (the
/// CSV files of a long document would otherwise hold a whole table beside the workbook's).
/// </summary>
internal sealed class DatasetTable(string name, IReadOnlyList<TableColumn> columns, IEnumerable<object?[]> rows)
{
    private IReadOnlyList<object?[]>? kept = rows as IReadOnlyList<object?[]>;

    public string Name { get; } = name;

    public IReadOnlyList<TableColumn> Columns { get; } = columns;

    /// <summary>Every row, kept once made.</summary>
    public IReadOnlyList<object?[]> Rows => kept ??= rows.ToList();

    /// <summary>The rows in order, made as they are read and not kept (the kept ones when <see cref="Rows"/> was asked first).</summary>
    public IEnumerable<object?[]> EachRow() => kept ?? rows;
}
