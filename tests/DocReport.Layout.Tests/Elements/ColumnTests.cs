using DocReport.Layout.Elements;
using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Tests.Elements;

public class ColumnTests
{
    private static Column ColumnOf(float spacing, params Element[] items)
    {
        var column = new Column { Spacing = spacing };
        column.Items.AddRange(items);
        return Given.Bound(column);
    }

    [Fact]
    public void Items_that_all_fit_render_fully_with_spacing_between()
    {
        var column = ColumnOf(10, MockBlock.Of(50, 20), MockBlock.Of(80, 30));
        Assert.Equal(SpacePlan.Full(80, 60), column.Measure(new Size(100, 100)));
    }

    [Fact]
    public void An_item_that_does_not_fit_ends_the_page_as_a_partial_render()
    {
        var column = ColumnOf(0, MockBlock.Of(50, 40), MockBlock.Of(50, 40), MockBlock.Of(50, 40));
        Assert.Equal(SpacePlan.Partial(50, 80), column.Measure(new Size(100, 100)));
    }

    [Fact]
    public void The_next_page_continues_with_the_first_item_not_drawn()
    {
        var third = MockBlock.Of(50, 40);
        var column = ColumnOf(0, MockBlock.Of(50, 40), MockBlock.Of(50, 40), third);
        column.Draw(new Size(100, 100));
        Assert.Equal(SpacePlan.Full(50, 40), column.Measure(new Size(100, 100)));
        column.Draw(new Size(100, 100));
        Assert.Single(third.Drawn);
        Assert.Equal(SpacePlan.Empty(), column.Measure(new Size(100, 100)));
    }

    [Fact]
    public void A_first_item_that_does_not_fit_wraps_the_whole_column()
    {
        var column = ColumnOf(0, MockBlock.Of(50, 140), MockBlock.Of(50, 10));
        Assert.Equal(SpacePlan.Wrap(), column.Measure(new Size(100, 100)));
    }

    [Fact]
    public void A_split_item_draws_its_first_part_then_its_rest_on_the_next_page()
    {
        var split = new MockBlock(50, 60, 30);
        var column = ColumnOf(0, MockBlock.Of(50, 30), split);
        Assert.Equal(SpacePlan.Partial(50, 90), column.Measure(new Size(100, 100)));
        column.Draw(new Size(100, 100));
        Assert.Equal(SpacePlan.Full(50, 30), column.Measure(new Size(100, 100)));
    }

    [Fact]
    public void Spacing_is_not_added_before_the_first_item_of_a_page()
    {
        var column = ColumnOf(10, MockBlock.Of(50, 50), MockBlock.Of(50, 50));
        column.Draw(new Size(100, 100));
        Assert.Equal(SpacePlan.Full(50, 50), column.Measure(new Size(100, 50)));
    }

    [Fact]
    public void Reset_state_starts_again_from_the_first_item()
    {
        var column = ColumnOf(0, MockBlock.Of(50, 60), MockBlock.Of(50, 60));
        column.Draw(new Size(100, 100));
        column.ResetState();
        Assert.Equal(SpacePlan.Partial(50, 60), column.Measure(new Size(100, 100)));
    }
}
