namespace DocReport.Output.Tables;

/// <summary>How a column's values are shown in the workbook.</summary>
internal enum ColumnKind { Text, LongText, Number, Url }

/// <summary>
/// A column. <see cref="Name"/> heads it in the CSV file and in the workbook alike, camelCase as in dataset.json,
/// so a script switches between the two without renaming.
/// </summary>
internal sealed record TableColumn(string Name, ColumnKind Kind = ColumnKind.Text);

/// <summary>One table of a dataset as rows of cells; a cell is a string, int, double, bool or null.</summary>
internal sealed record DatasetTable(string Name, IReadOnlyList<TableColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>The same table with a first column holding <paramref name="value"/> in every row, as a batch's Document column.</summary>
    public DatasetTable WithLeadingColumn(TableColumn column, object? value) =>
        this with { Columns = [column, .. Columns], Rows = Rows.Select(row => (object?[])[value, .. row]).ToList() };
}
