using DocReport.Layout.Elements;
using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Tests.Elements;

public class ContainerTests
{
    [Fact]
    public void Padding_offers_the_child_less_space_and_adds_itself_to_the_plan()
    {
        var block = MockBlock.Of(50, 20);
        var padding = Given.Bound(new Padding { Left = 5, Top = 10, Right = 15, Bottom = 20, Child = block });
        Assert.Equal(SpacePlan.Full(70, 50), padding.Measure(new Size(100, 100)));
        Assert.Equal(new Size(80, 70), block.Offered.Single());
    }

    [Fact]
    public void Padding_wider_than_the_space_wraps()
    {
        var padding = Given.Bound(new Padding { Top = 60, Bottom = 60, Child = MockBlock.Of(10, 10) });
        Assert.Equal(SpacePlan.Wrap(), padding.Measure(new Size(100, 100)));
    }

    [Fact]
    public void Show_entire_turns_a_partial_render_into_a_wrap()
    {
        var element = Given.Bound(new ShowEntire { Child = new MockBlock(10, 50, 50) });
        Assert.Equal(SpacePlan.Wrap(), element.Measure(new Size(100, 100)));
    }

    [Fact]
    public void Show_entire_keeps_a_full_render()
    {
        var element = Given.Bound(new ShowEntire { Child = MockBlock.Of(10, 50) });
        Assert.Equal(SpacePlan.Full(10, 50), element.Measure(new Size(100, 100)));
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(20, false)]
    public void Ensure_space_wraps_when_the_part_that_fits_is_shorter_than_the_minimum(float minHeight, bool wraps)
    {
        var element = Given.Bound(new EnsureSpace(minHeight) { Child = new MockBlock(10, 25, 50) });
        Assert.Equal(wraps ? SpacePlan.Wrap() : SpacePlan.Partial(10, 25), element.Measure(new Size(100, 100)));
    }

    [Fact]
    public void Ensure_space_holds_only_the_first_part_to_the_minimum()
    {
        var element = Given.Bound(new EnsureSpace(30) { Child = new MockBlock(10, 50, 20, 50) });
        element.Measure(new Size(100, 60));
        element.Draw(new Size(100, 50));
        Assert.Equal(SpacePlan.Partial(10, 20), element.Measure(new Size(100, 60)));
    }

    [Fact]
    public void Ensure_space_holds_the_first_part_again_after_a_reset()
    {
        var element = Given.Bound(new EnsureSpace(30) { Child = new MockBlock(10, 20, 50) });
        element.Draw(new Size(100, 20));
        element.ResetState();
        Assert.Equal(SpacePlan.Wrap(), element.Measure(new Size(100, 60)));
    }

    [Fact]
    public void Page_break_is_a_zero_height_partial_render_once_then_empty()
    {
        var pageBreak = Given.Bound(new PageBreak());
        Assert.Equal(SpacePlan.Partial(0, 0), pageBreak.Measure(new Size(100, 100)));
        pageBreak.Draw(new Size(100, 100));
        Assert.Equal(SpacePlan.Empty(), pageBreak.Measure(new Size(100, 100)));
    }

    [Fact]
    public void A_fixed_width_offers_and_reports_that_width()
    {
        var block = MockBlock.Of(10, 10);
        var element = Given.Bound(new Constrained { MinWidth = 60, MaxWidth = 60, Child = block });
        Assert.Equal(SpacePlan.Full(60, 10), element.Measure(new Size(100, 100)));
        Assert.Equal(60, block.Offered.Single().Width);
    }

    [Fact]
    public void A_minimum_height_larger_than_the_space_wraps()
    {
        var element = Given.Bound(new Constrained { MinHeight = 150, Child = MockBlock.Of(10, 10) });
        Assert.Equal(SpacePlan.Wrap(), element.Measure(new Size(100, 100)));
    }

    [Fact]
    public void Centre_alignment_draws_the_child_at_its_own_width()
    {
        var block = MockBlock.Of(40, 10);
        var element = Given.Bound(new Alignment { Horizontal = 0.5f, Child = block });
        Assert.Equal(SpacePlan.Full(100, 10), element.Measure(new Size(100, 100)));
        element.Draw(new Size(100, 10));
        Assert.Equal(40, block.Drawn.Single().Width);
    }

    [Fact]
    public void An_empty_child_makes_decorations_empty_too()
    {
        var element = Given.Bound(new Padding { Left = 10, Child = new Background(SkiaSharp.SKColors.Red) });
        Assert.Equal(SpacePlan.Empty(), element.Measure(new Size(100, 100)));
    }
}
