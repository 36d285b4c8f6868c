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

    [Theory]
    [InlineData("Three ferries were delayed by the storm, according to local news reports.", "local news reports", SourceKind.Media)]
    [InlineData("Many reports suggest that the ferry crews are unhappy with the new rota.", "reports", SourceKind.Document)]
    public void Reports_in_the_plural_are_what_is_cited_not_a_verb(string text, string name, SourceKind kind)
    {
        var dataset = Analyzed.Of(text);
        Assert.Equal(kind, dataset.SourceNamed(name).Kind);
    }

    [Fact]
    public void A_body_that_reports_is_still_the_body()
    {
        var dataset = Analyzed.Of("The Harbour Ferry Company runs six boats.", "The company reports: three ferries were delayed by the storm.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("reports", StringComparison.Ordinal));
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
    public void What_a_sentence_says_was_noted_by_someone_after_it_is_theirs()
    {
        var dataset = Analyzed.Of(
            "Walking every day keeps the knees supple, as noted by the Harbour Medical School.",
            "Since most tablets hold both salts, as noted by physiotherapist Dr. Mara Quist, one a day is plenty.",
            "The ferry was late again on Monday, as the passengers noted by the pier.");
        Assert.Equal(["Harbour Medical School"], dataset.SourceNamesOf(dataset.ClaimContaining("keeps the knees supple")));
        Assert.Equal(["Mara Quist"], dataset.SourceNamesOf(dataset.ClaimContaining("hold both salts")));
        Assert.Empty(dataset.SourceNamesOf(dataset.ClaimContaining("ferry was late")));
    }

    [Fact]
    public void An_opening_that_gives_the_sentence_to_an_outlet_makes_the_report_inside_it_the_outlets_telling()
    {
        var dataset = Analyzed.Of("As the Harbour Courier reports, the ferry company announced that fares would double in May.");
        Assert.Equal(["Harbour Courier"], dataset.SourceNamesOf(dataset.ClaimContaining("fares would double")));
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("company", StringComparison.Ordinal));
    }

    [Fact]
    public void An_opening_that_says_nothing_was_stated_names_no_source()
    {
        var dataset = Analyzed.Of("As expected in the town, the vote on the estate failed by two votes.");
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void Polls_named_by_their_makers_are_each_their_own_source()
    {
        var dataset = Analyzed.Of(
            "A new poll shows that Harwell remains in a tight race with Okafor.",
            "The latest Brightline/Kessel opinion poll released Friday shows that Okafor leads Harwell by 43 percent to 38 percent.",
            "The Midland Daily tracking poll showed that Harwell is leading Okafor 47.1 percent to 41.7 percent.",
            "The Brightline/Kessel poll showed Okafor doing better than in other polls.");
        var polls = dataset.Sources.Where(s => s.Kind == SourceKind.Document).ToList();
        Assert.Equal(3, polls.Count);
        var brightline = Assert.Single(polls, p => p.Name.Contains("Brightline"));
        Assert.Equal(2, brightline.Mentions);
        Assert.Single(polls, p => p.Name.Contains("Midland Daily"));
    }

    [Fact]
    public void Words_of_a_title_case_headline_the_text_writes_in_lower_case_name_no_one()
    {
        var dataset = Analyzed.Of(
            "New Poll Shows Minor Bump For Okafor",
            "A new poll shows that Harwell remains in a tight race with Okafor.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "New Poll");
        Assert.Equal(SourceKind.Document, Assert.Single(dataset.Sources).Kind);
    }

    [Fact]
    public void A_document_after_the_quotation_it_gives_is_cited_for_it()
    {
        var dataset = Analyzed.Of("A group of parents wrote to the council in May.", "“Rents have doubled since 2019,” the letter reads. “We ask the council to act.”");
        Assert.Equal(SourceKind.Document, dataset.SourceNamed("letter").Kind);
    }

    [Fact]
    public void A_document_after_a_quoted_title_is_not_cited_for_it()
    {
        var dataset = Analyzed.Of("Titled “A Harbour Song,” the video pans across the bay at dawn.");
        Assert.Empty(dataset.Sources);
    }
}
