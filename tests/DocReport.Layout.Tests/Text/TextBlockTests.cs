using DocReport.Layout.Elements;
using DocReport.Layout.Infrastructure;
using DocReport.Layout.Text;

namespace DocReport.Layout.Tests.Text;

public class TextBlockTests
{
    private const string Sentence = "The quick brown fox jumps over the lazy dog. ";

    private static TextBlock TextOf(string text, float size = 10)
    {
        var block = new TextBlock { Style = new TextStyle { FontSize = size, LineHeight = 1.2f } };
        block.Spans.Add(new TextSpan(text));
        return Given.Bound(block);
    }

    [Fact]
    public void A_short_text_is_one_line_as_wide_as_its_words()
    {
        var plan = TextOf("Hello").Measure(new Size(400, 100));
        Assert.Equal(SpacePlanKind.FullRender, plan.Kind);
        Assert.InRange(plan.Width, 20, 40);
        Assert.Equal(12, plan.Height, 0.5);
    }

    [Fact]
    public void A_long_text_wraps_into_several_lines_no_wider_than_the_space()
    {
        var plan = TextOf(string.Concat(Enumerable.Repeat(Sentence, 5))).Measure(new Size(200, 1000));
        Assert.True(plan.Height > 5 * 12, $"height {plan.Height}");
        Assert.True(plan.Width <= 200);
    }

    [Fact]
    public void A_text_taller_than_the_space_renders_the_lines_that_fit_and_continues()
    {
        var text = TextOf(string.Concat(Enumerable.Repeat(Sentence, 10)));
        var plan = text.Measure(new Size(200, 50));
        Assert.Equal(SpacePlanKind.PartialRender, plan.Kind);
        Assert.Equal(48, plan.Height, 0.5);
        text.Draw(new Size(200, 50));
        Assert.Equal(SpacePlanKind.PartialRender, text.Measure(new Size(200, 50)).Kind);
    }

    [Fact]
    public void No_room_for_one_line_wraps()
    {
        Assert.Equal(SpacePlan.Wrap(), TextOf("Hello").Measure(new Size(200, 5)));
    }

    [Fact]
    public void An_over_long_token_such_as_a_url_is_broken_to_fit_the_width()
    {
        var plan = TextOf("https://example.org/" + new string('a', 200)).Measure(new Size(100, 1000));
        Assert.Equal(SpacePlanKind.FullRender, plan.Kind);
        Assert.True(plan.Width <= 100);
        Assert.True(plan.Height > 12 * 5);
    }

    [Fact]
    public void An_over_long_url_breaks_after_a_slash_where_it_can()
    {
        var builder = new WordBuilder(FontCatalog.Shared);
        var words = builder.Build([(new TextSpan(""), "https://example.org/reports/2024/ferry-cancellations", new TextStyle())]);
        var pieces = builder.Split(words.Single(), 150).Select(w => w.Text).ToList();
        Assert.Equal("https://example.org/reports/2024/ferry-cancellations", string.Concat(pieces));
        Assert.All(pieces.SkipLast(1), p => Assert.True(p.EndsWith('/') || p.EndsWith('-'), p));
    }

    [Fact]
    public void Line_breaks_in_the_text_start_new_lines()
    {
        var plan = TextOf("one\ntwo\nthree").Measure(new Size(400, 100));
        Assert.Equal(36, plan.Height, 0.5);
    }

    [Fact]
    public void Empty_text_takes_no_space()
    {
        Assert.Equal(SpacePlan.Empty(), TextOf("").Measure(new Size(400, 100)));
    }

    [Fact]
    public void A_missing_font_family_is_a_layout_error_naming_it()
    {
        var block = new TextBlock { Style = new TextStyle { FontFamily = "No Such Family 42" } };
        block.Spans.Add(new TextSpan("x"));
        var error = Assert.Throws<LayoutException>(() => Given.Bound(block).Measure(new Size(100, 100)));
        Assert.Contains("'No Such Family 42' is not installed", error.Message);
        Assert.Contains("DejaVu Sans", error.Message);
    }

    [Fact]
    public void Spans_that_meet_without_a_space_stay_on_one_line()
    {
        var builder = new WordBuilder(FontCatalog.Shared);
        var words = builder.Build([
            (new TextSpan(""), "see the report ", new TextStyle()),
            (new TextSpan(""), "link", new TextStyle { Bold = true }),
            (new TextSpan(""), ". Next", new TextStyle()),
        ]);
        var upToLink = words.Take(3).Sum(w => w.Width + w.SpaceAfter) + words[3].Width;
        var lines = LineBreaker.Break(words, upToLink + 1, 0, builder);
        Assert.Equal(["see", "the", "report"], lines[0].Words.Select(w => w.Text));
        Assert.Equal(["link", ".", "Next"], lines[1].Words.Select(w => w.Text));
    }
}
