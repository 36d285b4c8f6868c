using DocReport.Layout.Elements;
using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Tests.Elements;

public class RowTests
{
    private static (Row Row, MockBlock[] Blocks) RowOf(float spacing, params (RowItemKind Kind, float Size, MockBlock Block)[] items)
    {
        var row = new Row { Spacing = spacing };
        foreach (var (kind, size, block) in items)
            row.Items.Add(new RowItem(kind, size) { Child = block });
        return (Given.Bound(row), items.Select(i => i.Block).ToArray());
    }

    [Fact]
    public void Relative_items_share_the_width_left_after_constant_and_auto_items()
    {
        var (row, blocks) = RowOf(10,
            (RowItemKind.Constant, 100, MockBlock.Of(10, 10)),
            (RowItemKind.Auto, 0, MockBlock.Of(40, 10)),
            (RowItemKind.Relative, 1, MockBlock.Of(10, 10)),
            (RowItemKind.Relative, 3, MockBlock.Of(10, 10)));
        row.Draw(new Size(570, 100));
        Assert.Equal([100f, 40f, 100f, 300f], blocks.Select(b => b.Drawn.Single().Width));
    }

    [Fact]
    public void The_row_is_as_tall_as_its_tallest_item_and_every_item_is_drawn_that_tall()
    {
        var (row, blocks) = RowOf(0, (RowItemKind.Relative, 1, MockBlock.Of(10, 20)), (RowItemKind.Relative, 1, MockBlock.Of(10, 45)));
        Assert.Equal(SpacePlan.Full(100, 45), row.Measure(new Size(100, 100)));
        row.Draw(new Size(100, 100));
        Assert.All(blocks, b => Assert.Equal(45, b.Drawn.Single().Height));
    }

    [Fact]
    public void An_item_that_does_not_fit_wraps_the_row()
    {
        var (row, _) = RowOf(0, (RowItemKind.Relative, 1, MockBlock.Of(10, 20)), (RowItemKind.Relative, 1, MockBlock.Of(10, 145)));
        Assert.Equal(SpacePlan.Wrap(), row.Measure(new Size(100, 100)));
    }

    [Fact]
    public void A_split_item_continues_on_the_next_page_while_finished_items_are_not_drawn_again()
    {
        var (row, blocks) = RowOf(0, (RowItemKind.Relative, 1, MockBlock.Of(10, 20)), (RowItemKind.Relative, 1, new MockBlock(10, 80, 30)));
        Assert.Equal(SpacePlan.Partial(100, 80), row.Measure(new Size(100, 100)));
        row.Draw(new Size(100, 100));
        Assert.Equal(SpacePlan.Full(100, 30), row.Measure(new Size(100, 100)));
        row.Draw(new Size(100, 100));
        Assert.Single(blocks[0].Drawn);
        Assert.Equal(2, blocks[1].Drawn.Count);
    }
}
