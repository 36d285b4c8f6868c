using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>Counts, averages and rulings a text cites as it would a report, and a paper's short name.</summary>
public class FindingSourceTests
{
    [Theory]
    [InlineData("Harwell has won 312 delegates so far, according to a Ledger tally.", "Ledger tally")]
    [InlineData("The Pollwatch average shows Harwell ahead by four points in the state.", "Pollwatch average")]
    [InlineData("The appeal failed on Monday. “No fair reading of the statute allows it,” said the ruling.", "ruling")]
    public void A_tally_an_average_or_a_ruling_is_a_cited_document(string text, string name)
    {
        var dataset = Analyzed.Of(text);
        Assert.Equal(SourceKind.Document, dataset.SourceNamed(name).Kind);
    }

    [Fact]
    public void What_a_participle_opens_is_not_a_source()
    {
        var dataset = Analyzed.Of("The Pollwatch average shows Harwell ahead by 3.7 points, using an average of the five most recent polls in 11 swing states.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("using", StringComparison.Ordinal));
    }

    [Fact]
    public void A_papers_last_word_alone_is_the_paper_named_before()
    {
        var dataset = Analyzed.Of(
            "The Harbour Evening Post reported that the mayor had resigned.",
            "“It just came to a head,” the Post reported, quoting a council member.");
        var paper = Assert.Single(dataset.Sources);
        Assert.Equal("Harbour Evening Post", paper.Name);
        Assert.Equal(2, paper.Mentions);
    }

    [Fact]
    public void What_a_sentence_says_was_stated_in_someones_commentary_is_theirs()
    {
        var dataset = Analyzed.Of(
            "Ann Kellaway writes a weekly column on housing for the Courier.",
            "As stated in Kellaway’s commentary, the new estate would cost the town $2 million a year.",
            "As noted in a report by the Harbour Institute, the rents rose faster than wages.");
        Assert.Equal(["Ann Kellaway"], dataset.SourceNamesOf(dataset.ClaimContaining("$2 million a year")));
        Assert.Equal(["Harbour Institute"], dataset.SourceNamesOf(dataset.ClaimContaining("faster than wages")));
    }

    [Fact]
    public void An_opening_that_says_nothing_was_stated_names_no_source()
    {
        var dataset = Analyzed.Of("As expected in the town, the vote on the estate failed by two votes.");
        Assert.Empty(dataset.Sources);
    }
}
