using DocReport.Structure;

namespace DocReport.Output.Brief.Tables;

/// <summary>
/// A table paragraph's text (a row a line, cells split by tabs) as rows of cell ranges (offsets into the paragraph's
/// text), every row padded to the widest with empty cells so ragged rows stay in their columns.
/// </summary>
internal sealed record TableGrid(IReadOnlyList<IReadOnlyList<TextRange>> Rows, int ColumnCount)
{
    public static TableGrid Parse(string text)
    {
        var rows = new List<List<TextRange>>();
        foreach (var row in TableText.Rows(text))
        {
            var cells = new List<TextRange>();
            var at = row.Start;
            foreach (var cell in text[row.Start..row.End].Split('\t'))
            {
                cells.Add(new TextRange(at, at + cell.Length));
                at += cell.Length + 1;
            }
            rows.Add(cells);
        }
        var columns = rows.Select(r => r.Count).DefaultIfEmpty(1).Max();
        foreach (var row in rows)
            while (row.Count < columns) row.Add(new TextRange(row[^1].End, row[^1].End));
        return new TableGrid(rows, columns);
    }

    /// <summary>The same rows with their cells in reverse order, for a table read right to left.</summary>
    public TableGrid Mirrored() => this with { Rows = Rows.Select(r => (IReadOnlyList<TextRange>)r.Reverse().ToList()).ToList() };

    /// <summary>The text of a cell.</summary>
    public static string Text(string text, TextRange cell) => text[cell.Start..cell.End];
}
