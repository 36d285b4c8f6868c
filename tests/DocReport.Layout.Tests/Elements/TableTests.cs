using DocReport.Layout.Elements;
using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Tests.Elements;

public class TableTests
{
    private static Table TableOf(MockBlock[] header, params MockBlock[] cells)
    {
        var table = new Table();
        table.Columns.Add(new TableColumn(true, 40));
        table.Columns.Add(new TableColumn(false, 1));
        table.Header.AddRange(header.Select(h => new RowItem(RowItemKind.Relative, 1) { Child = h }));
        table.Cells.AddRange(cells.Select(c => new RowItem(RowItemKind.Relative, 1) { Child = c }));
        return Given.Bound(table);
    }

    private static MockBlock[] Cells(int rows, float height) =>
        Enumerable.Range(0, rows * 2).Select(_ => MockBlock.Of(10, height)).ToArray();

    [Fact]
    public void Columns_get_their_constant_width_and_a_share_of_the_rest()
    {
        var cells = Cells(1, 10);
        var table = TableOf([], cells);
        table.Draw(new Size(200, 100));
        Assert.Equal(40, cells[0].Drawn.Single().Width);
        Assert.Equal(160, cells[1].Drawn.Single().Width);
    }

    [Fact]
    public void Rows_that_do_not_fit_move_to_the_next_page()
    {
        var table = TableOf([MockBlock.Of(10, 20), MockBlock.Of(10, 20)], Cells(5, 30));
        Assert.Equal(SpacePlan.Partial(200, 80), table.Measure(new Size(200, 100)));
    }

    [Fact]
    public void The_header_is_drawn_again_on_every_page()
    {
        var header = new[] { MockBlock.Of(10, 20), MockBlock.Of(10, 20) };
        var table = TableOf(header, Cells(5, 30));
        var pages = 0;
        while (!table.Measure(new Size(200, 100)).IsEmpty)
        {
            table.Draw(new Size(200, 100));
            pages++;
        }
        Assert.Equal(3, pages);
        Assert.Equal(3, header[0].Drawn.Count);
    }

    [Fact]
    public void A_row_taller_than_an_empty_page_splits_and_only_its_unfinished_cells_continue()
    {
        var shortCell = MockBlock.Of(10, 20);
        var tallCell = new MockBlock(10, 90, 40);
        var table = TableOf([], shortCell, tallCell);
        table.Context.KeepTogetherRelaxed = true;
        Assert.Equal(SpacePlan.Partial(200, 90), table.Measure(new Size(200, 100)));
        table.Draw(new Size(200, 100));
        table.Context.KeepTogetherRelaxed = false;
        Assert.Equal(SpacePlan.Full(200, 40), table.Measure(new Size(200, 100)));
        table.Draw(new Size(200, 100));
        Assert.Single(shortCell.Drawn);
        Assert.Equal(2, tallCell.Drawn.Count);
    }

    [Fact]
    public void A_first_row_that_would_split_moves_the_table_to_the_next_page()
    {
        var table = TableOf([MockBlock.Of(10, 20), MockBlock.Of(10, 20)], MockBlock.Of(10, 30), new MockBlock(10, 60, 40));
        Assert.Equal(SpacePlan.Wrap(), table.Measure(new Size(200, 100)));
    }

    [Fact]
    public void A_row_begun_on_an_earlier_page_goes_on_splitting_without_relaxing()
    {
        var table = TableOf([], MockBlock.Of(10, 30), new MockBlock(10, 90, 90, 20));
        table.Context.KeepTogetherRelaxed = true;
        table.Draw(new Size(200, 100));
        table.Context.KeepTogetherRelaxed = false;
        Assert.Equal(SpacePlan.Partial(200, 90), table.Measure(new Size(200, 100)));
    }

    [Fact]
    public void A_row_that_would_split_below_other_rows_moves_whole_to_the_next_page()
    {
        var table = TableOf([], MockBlock.Of(10, 30), MockBlock.Of(10, 30), MockBlock.Of(10, 20), new MockBlock(10, 60, 40));
        Assert.Equal(SpacePlan.Partial(200, 30), table.Measure(new Size(200, 100)));
        table.Draw(new Size(200, 100));
        table.Context.KeepTogetherRelaxed = true;
        Assert.Equal(SpacePlan.Partial(200, 60), table.Measure(new Size(200, 100)));
    }

    [Fact]
    public void Cells_of_a_row_are_drawn_at_the_row_height_so_borders_line_up()
    {
        var cells = new[] { MockBlock.Of(10, 12), MockBlock.Of(10, 33) };
        var table = TableOf([], cells);
        table.Draw(new Size(200, 100));
        Assert.All(cells, c => Assert.Equal(33, c.Drawn.Single().Height));
    }

    [Fact]
    public void A_table_whose_header_and_first_row_do_not_fit_wraps()
    {
        var table = TableOf([MockBlock.Of(10, 50), MockBlock.Of(10, 50)], Cells(1, 60));
        Assert.Equal(SpacePlan.Wrap(), table.Measure(new Size(200, 100)));
    }
}
