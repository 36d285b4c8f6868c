namespace DocReport.Output.Tables;

/// <summary>How a column's values are shown in the workbook (a Date column holds ISO 8601 text, an Excel date there).</summary>
internal enum ColumnKind { Text, LongText, Number, Url, Date }

/// <summary>The type of a column's values, for outputs with typed columns (Parquet).</summary>
internal enum CellType { Text, Int, Double, Bool }

/// <summary>
/// A column. <see cref="Name"/> heads it in every output (CSV, workbook, Parquet), camelCase as in dataset.json,
/// so a script switches between them without renaming.
/// </summary>
internal sealed record TableColumn(string Name, ColumnKind Kind = ColumnKind.Text)
{
    /// <summary>Number columns hold whole numbers unless told otherwise; the others text.</summary>
    public CellType Type { get; init; } = Kind == ColumnKind.Number ? CellType.Int : CellType.Text;
}

/// <summary>One table of a dataset as rows of cells; a cell is a string, int, double, bool or null.</summary>
internal sealed record DatasetTable(string Name, IReadOnlyList<TableColumn> Columns, IReadOnlyList<object?[]> Rows);
