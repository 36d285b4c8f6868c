using System.Text;
using DocReport.Tests.Output;

namespace DocReport.Tests.Structure;

/// <summary>
/// A Markdown headline longer than a line's title ("#" with sixteen words or more), and one its writer broke over two lines
/// after a semicolon or comma: the whole headline is the title and leaves the body. Near shapes stay as they were: a lower
/// heading as long, a heading closed by a colon, a line after a blank line. Read back from dataset.json.
/// </summary>
public class MarkdownHeadlineOutputTests
{
    private const string First = "The island ferry company will raise its fares by five per cent from the first of May, it said on Monday.";
    private const string Second = "Residents with a season ticket will pay the old price until their ticket runs out.";
    private const string Long = "Islanders Just Got Blindsided By The Ferry Company's Stunning News About Fares, And It Is A Game Changer.";

    private static Model.ArticleDataset Convert(string top) =>
        JsonRoundTrip.Convert("fares.md", Encoding.UTF8.GetBytes($"{top}\n\n{First}\n\n{Second}\n"));

    [Theory]
    [InlineData("# Ferry fares rise in May; \nIslanders say the new price is more than they can pay.", "Ferry fares rise in May; Islanders say the new price is more than they can pay.")]
    [InlineData("# Ferry fares rise in May,\nislanders say.", "Ferry fares rise in May, islanders say.")]
    [InlineData("# " + Long, Long)]
    public void A_top_heading_with_its_deck_or_of_sixteen_words_is_the_whole_title(string top, string title)
    {
        var dataset = Convert(top);

        Assert.Equal(title, dataset.Document.Title);
        Assert.Equal([First, Second], dataset.Paragraphs.Select(p => p.Text));
        Assert.All(dataset.Paragraphs, p => Assert.Null(p.Section));
    }

    [Fact]
    public void A_lower_heading_of_sixteen_words_is_no_title()
    {
        var dataset = Convert("## " + Long);

        Assert.NotEqual(Long, dataset.Document.Title);
        Assert.Equal(Long, dataset.Paragraphs[0].Section);
    }

    [Theory]
    [InlineData("## Fares:\nThe new prices are below.", "Fares:", "The new prices are below.")]
    [InlineData("## Ferry fares rise in May;\n\nIslanders protest.", "Ferry fares rise in May;", "Islanders protest.")]
    [InlineData("## Ferry fares rise in May;\nIslanders protest.\nThey met on Monday.", "Ferry fares rise in May;", "Islanders protest. They met on Monday.")]
    public void A_heading_closed_by_a_colon_or_apart_from_the_line_under_it_stays_alone(string top, string heading, string line)
    {
        var dataset = Convert(top);

        Assert.Equal(line, dataset.Paragraphs[0].Text);
        Assert.Equal(heading, dataset.Paragraphs[0].Section);
    }
}
