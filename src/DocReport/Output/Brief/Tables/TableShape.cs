namespace DocReport.Output.Brief.Tables;

/// <summary>Which row heads a table and which columns hold numbers, guessed from the cells because the model does not record a header row.</summary>
internal sealed record TableShape(bool HasHeader, IReadOnlyList<bool> NumericColumns)
{
    // Longer than this, a first-row cell reads as data rather than a column title.
    private const int MaxHeaderCellLength = 60;

    /// <summary>The first row heads the table when its cells are filled (the top-left corner may be blank), short, and not figures (years may be column titles).</summary>
    public static TableShape Of(TableGrid grid, string text)
    {
        var first = grid.Rows.Count > 0 ? grid.Rows[0] : [];
        var hasHeader = grid.Rows.Count >= 2 && first.Skip(1).All(c => !c.IsEmpty) && first.All(c => c.End - c.Start <= MaxHeaderCellLength)
            && first.Select(c => TableGrid.Text(text, c)).All(t => !CellKind.IsNumber(t) || CellKind.IsYear(t));
        var body = grid.Rows.Skip(hasHeader ? 1 : 0).ToList();
        var numeric = Enumerable.Range(0, grid.ColumnCount).Select(column =>
        {
            var filled = body.Select(r => r[column]).Where(c => !c.IsEmpty).Select(c => TableGrid.Text(text, c)).ToList();
            return filled.Count > 0 && filled.Count(CellKind.IsNumber) * 2 >= filled.Count;
        }).ToList();
        return new TableShape(hasHeader, numeric);
    }
}
