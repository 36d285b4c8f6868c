using DocReport.Layout;
using DocReport.Model;
using DocReport.Output.Brief.Tables;
using DocReport.Structure;

namespace DocReport.Output.Brief.Sections;

/// <summary>A table paragraph drawn as a table: columns sized to their content, a repeated header row when the first row reads as one, numbers right-aligned, claim rows marked; a table with more columns than the page can hold is set as text, a row a line.</summary>
internal static class OutlineTable
{
    // Column widths are measured on the first rows only, so a table of thousands of rows is not shaped twice.
    private const int MeasuredRows = 1000;

    // Narrower than this a column holds no more than a letter or two, so a table with more columns than fit is set as text.
    private const float NarrowestColumn = BriefTable.CellPadding * 2 + 16;

    public static void Compose(IContainer container, Paragraph paragraph, BriefContent content, float width)
    {
        var grid = TableGrid.Parse(paragraph.Text);
        if (grid.ColumnCount * NarrowestColumn > width)
        {
            container.Text(text => ParagraphSpans.Write(text, paragraph, content, 0, paragraph.Text.Length));
            return;
        }
        var shape = TableShape.Of(grid, paragraph.Text);
        // A right-to-left table's first column is on the right; cells keep their offsets, so only their order changes.
        var rightToLeft = TextMeasure.IsRightToLeft(paragraph.Text);
        if (rightToLeft) (grid, shape) = (grid.Mirrored(), shape with { NumericColumns = shape.NumericColumns.Reverse().ToList() });
        var claimEnds = paragraph.Sentences.Where(s => content.ClaimsBySentence.ContainsKey(s.Id)).Select(s => s.End - paragraph.Start).ToHashSet();
        container.Table(table =>
        {
            var cells = new BriefTable(table, content.Styles);
            var natural = Natural(grid, shape, paragraph.Text, claimEnds, content.Styles);
            var widths = ColumnWidths.Fit(natural.Select(n => n.Natural).ToList(), natural.Select(n => n.Minimum).ToList(), width);
            // Stretched to the full width, a right-to-left table starts at the right margin as its text does.
            foreach (var w in widths)
                if (rightToLeft) table.RelativeColumn(w);
                else table.ConstantColumn(w);
            for (var r = 0; r < grid.Rows.Count; r++)
            {
                var row = grid.Rows[r];
                var tagged = LastFilled(row);
                for (var c = 0; c < row.Count; c++)
                {
                    var cell = r == 0 && shape.HasHeader ? cells.HeaderCell() : cells.Cell();
                    if (shape.NumericColumns[c]) cell = cell.AlignRight();
                    var range = row[c];
                    cell.Text(text => ParagraphSpans.Write(text, paragraph, content, range.Start, range.End, tagAtEnd: c == tagged));
                }
            }
        });
    }

    /// <summary>Per column, the width that sets its widest cell on one line and the width of its longest word, padding included.</summary>
    private static List<(float Natural, float Minimum)> Natural(TableGrid grid, TableShape shape, string text, HashSet<int> claimEnds, BriefStyles styles)
    {
        var cellStyle = styles.Cell.Over(styles.Body);
        var headerStyle = styles.TableHeader.Over(styles.Body);
        var tagWidth = TextMeasure.Width(" [C000]", styles.Small.Over(styles.Body) with { Bold = true });
        var result = Enumerable.Repeat((Natural: 0f, Minimum: 0f), grid.ColumnCount).ToList();
        foreach (var (row, r) in grid.Rows.Take(MeasuredRows).Select((row, r) => (row, r)))
        {
            var style = r == 0 && shape.HasHeader ? headerStyle : cellStyle;
            var tagged = claimEnds.Contains(row.Max(c => c.End)) ? LastFilled(row) : -1;
            for (var c = 0; c < row.Count; c++)
            {
                var cellText = TableGrid.Text(text, row[c]);
                var longestWord = cellText.Split(' ').MaxBy(w => w.Length) ?? "";
                var natural = TextMeasure.Width(cellText, style) + (c == tagged ? tagWidth : 0) + BriefTable.CellPadding * 2 + 1;
                var minimum = TextMeasure.Width(longestWord, style) + BriefTable.CellPadding * 2 + 1;
                result[c] = (Math.Max(result[c].Natural, natural), Math.Max(result[c].Minimum, minimum));
            }
        }
        return result;
    }

    /// <summary>The column of the row's last filled cell in reading order, which carries a claim row's tag.</summary>
    private static int LastFilled(IReadOnlyList<TextRange> row)
    {
        var filled = row.Select((cell, column) => (cell, column)).Where(c => !c.cell.IsEmpty).ToList();
        return filled.Count == 0 ? 0 : filled.MaxBy(c => c.cell.Start).column;
    }
}
