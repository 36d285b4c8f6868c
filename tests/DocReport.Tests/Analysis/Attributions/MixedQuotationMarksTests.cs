using DocReport.Analysis.Attributions;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>Scraped and pasted text mixes curly and straight quotation marks; a quotation closed in the other style is still closed.</summary>
public class MixedQuotationMarksTests
{
    private const string EarlierSpeaker = "“The new timetable was drawn up without us,” said Alice Morton, who chairs the riders' group.";

    [Theory]
    [InlineData("“The ferry schedule makes no sense for anyone who works nights,\" said Daniel Okafor, a harbour pilot.")]
    [InlineData("“We don’t want the ’90s timetable back, but this ferry schedule is worse,\" said Daniel Okafor, a harbour pilot.")]
    public void A_curly_quotation_closed_with_a_straight_mark_before_its_cue_is_the_cues_speakers(string paragraph)
    {
        var dataset = Analyzed.Of(EarlierSpeaker, paragraph);
        Assert.Equal(["Daniel Okafor"], dataset.SourceNamesOf(dataset.ClaimContaining("ferry schedule")));
    }

    [Fact]
    public void A_straight_pair_quoted_inside_a_curly_quotation_does_not_close_it()
    {
        var dataset = Analyzed.Of(EarlierSpeaker,
            "Daniel Okafor said: “They called the ferry schedule \"a fair compromise,\" which nobody on the night shift believes.” Then he left.");
        Assert.Equal(["Daniel Okafor"], dataset.SourceNamesOf(dataset.ClaimContaining("nobody on the night shift")));
    }

    // round 35: “A," she said. "B.”: the straight marks pair round the tag, the curly ones at the two ends
    [Theory]
    [InlineData("“The night ferry was late on four evenings this week,\" said Daniel Okafor, a harbour pilot. \"Nobody on the night shift can plan around it.”")]
    [InlineData("“The night ferry was late on four evenings this week,\" Daniel Okafor continued. \"Nobody on the night shift can plan around it.”")]
    public void A_straight_pair_round_the_tag_closes_the_first_piece_and_opens_the_second(string paragraph)
    {
        var dataset = Analyzed.Of(EarlierSpeaker, paragraph);
        Assert.Equal(["Daniel Okafor"], dataset.SourceNamesOf(dataset.ClaimContaining("Nobody on the night shift")));
        var article = ArticleFixture.Build(paragraph);
        var quotations = QuotationFinder.Find(article);
        Assert.Equal(2, quotations.Count);
        Assert.EndsWith("this week,\"", article.Text[quotations[0].Start..quotations[0].End]);
    }

    [Fact]
    public void An_opening_mark_typed_for_the_closing_one_closes_the_quotation()
    {
        const string paragraph = "“The ferry schedule makes no sense for anyone who works nights,“ said Daniel Okafor, a harbour pilot.";
        var dataset = Analyzed.Of(EarlierSpeaker, paragraph);
        Assert.Equal(["Daniel Okafor"], dataset.SourceNamesOf(dataset.ClaimContaining("ferry schedule")));
        var article = ArticleFixture.Build(paragraph);
        var quotation = Assert.Single(QuotationFinder.Find(article));
        Assert.EndsWith("nights,", article.Text[quotation.Start..(quotation.End - 1)]);
    }

    [Fact]
    public void An_opening_mark_after_a_space_inside_a_quotation_closes_nothing()
    {
        var article = ArticleFixture.Build("“They call it “the slow boat” down at the harbour,” said Daniel Okafor.");
        var first = QuotationFinder.Find(article)[0];
        Assert.Equal("“They call it “the slow boat”", article.Text[first.Start..first.End]);
    }

    [Fact]
    public void The_one_straight_mark_of_a_curly_quotation_left_open_closes_it_at_its_paragraphs_end()
    {
        var dataset = Analyzed.Of(
            "On the night shift the new timetable is “a plan drawn up for nobody\" and one more reason to drive to work.",
            "“We will keep asking until the council listens,” said Alice Morton, who chairs the group.");
        Assert.Empty(dataset.SourceNamesOf(dataset.ClaimContaining("one more reason to drive")));
        var article = ArticleFixture.Build("On the night shift the new timetable is “a plan drawn up for nobody\" and one more reason to drive to work.");
        var quotation = Assert.Single(QuotationFinder.Find(article));
        Assert.Equal("“a plan drawn up for nobody\"", article.Text[quotation.Start..quotation.End]);
    }
}
