using DocReport.Output.Brief.Tables;

namespace DocReport.Tests.Output.Brief.Tables;

/// <summary>Reading a table paragraph's text: ragged rows padded, the header row and numeric columns guessed from the cells.</summary>
public sealed class TableShapeTests
{
    private static TableShape Shape(string text) => TableShape.Of(TableGrid.Parse(text), text);

    [Fact]
    public void Ragged_rows_are_padded_to_the_widest_row()
    {
        var grid = TableGrid.Parse("a\tb\tc\nd\ne\tf");
        Assert.Equal(3, grid.ColumnCount);
        Assert.All(grid.Rows, r => Assert.Equal(3, r.Count));
        Assert.True(grid.Rows[1][1].IsEmpty && grid.Rows[1][2].IsEmpty);
        Assert.Equal("f", TableGrid.Text("a\tb\tc\nd\ne\tf", grid.Rows[2][1]));
    }

    [Theory]
    [InlineData("Country\tPopulation\nFrance\t68,170,000", true)]
    [InlineData("\t2022\t2023\nFrance\t1.2\t1.4", true)]
    [InlineData("France\t68,170,000\nPortugal\t10,470,000", false)]
    [InlineData("Country\t\tShare\nFrance\t1\t2", false)]
    [InlineData("Only one row\tof cells", false)]
    public void The_first_row_heads_the_table_when_its_cells_are_short_filled_titles(string text, bool hasHeader) =>
        Assert.Equal(hasHeader, Shape(text).HasHeader);

    [Fact]
    public void A_column_mostly_of_figures_is_numeric()
    {
        var shape = Shape("Item\tAmount\tNote\nFerries\t$1,200\tlate\nBuses\t-12%\tn/a\nTrains\t(3.1)\t4");
        Assert.Equal([false, true, false], shape.NumericColumns);
    }
}
