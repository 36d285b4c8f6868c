namespace DocReport.Output.Brief.Tables;

/// <summary>A cell of a table paragraph: <c>[Start,End)</c> are offsets into the paragraph's text.</summary>
internal readonly record struct CellRange(int Start, int End)
{
    public bool IsEmpty => End <= Start;
}

/// <summary>
/// A table paragraph's text (a row a line, cells split by tabs) as rows of cell ranges, every row padded to the widest
/// with empty cells so ragged rows stay in their columns.
/// </summary>
internal sealed record TableGrid(IReadOnlyList<IReadOnlyList<CellRange>> Rows, int ColumnCount)
{
    public static TableGrid Parse(string text)
    {
        var rows = new List<List<CellRange>>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            var cells = new List<CellRange>();
            var at = start;
            foreach (var cell in line.Split('\t'))
            {
                cells.Add(new CellRange(at, at + cell.Length));
                at += cell.Length + 1;
            }
            if (line.Length > 0) rows.Add(cells);
            start += line.Length + 1;
        }
        var columns = rows.Select(r => r.Count).DefaultIfEmpty(1).Max();
        foreach (var row in rows)
            while (row.Count < columns) row.Add(new CellRange(row[^1].End, row[^1].End));
        return new TableGrid(rows, columns);
    }

    /// <summary>The same rows with their cells in reverse order, for a table read right to left.</summary>
    public TableGrid Mirrored() => this with { Rows = Rows.Select(r => (IReadOnlyList<CellRange>)r.Reverse().ToList()).ToList() };

    /// <summary>The text of a cell.</summary>
    public static string Text(string text, CellRange cell) => text[cell.Start..cell.End];
}
