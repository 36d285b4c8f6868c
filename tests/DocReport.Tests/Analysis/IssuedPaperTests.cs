namespace DocReport.Tests.Analysis;

/// <summary>
/// A body's own paper ("the release", "the ruling", "the authority's report") is the body's words: listed with the body the text
/// cites, not as a document of its own (FieldEval dev2 and mixed, round 25).
/// </summary>
public class IssuedPaperTests
{
    [Fact]
    public void The_release_is_the_body_that_announced_right_before()
    {
        var dataset = Analyzed.Of(
            "The Tarnwick Harbour Authority announced on Monday that the east pier would close for the winter.",
            "According to the release, repairs to the pier will take at least six weeks.");
        Assert.Equal("Tarnwick Harbour Authority", dataset.SourceOf(dataset.AttributionFrom("the release")).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("release"));
    }

    [Fact]
    public void The_ruling_is_the_court_that_ruled_right_before()
    {
        var dataset = Analyzed.Of(
            "The appeals court ruled on Friday that the county had charged the ferry toll twice.",
            "“No toll may be charged twice for one crossing,” the ruling said.");
        Assert.Equal(dataset.AttributionFrom("The appeals court").SourceId, dataset.AttributionFrom("the ruling").SourceId);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("ruling"));
    }

    [Fact]
    public void A_ruling_is_no_companys()
    {
        var dataset = Analyzed.Of(
            "Brennex Freight said on Friday that the county had charged the ferry toll twice.",
            "“No toll may be charged twice for one crossing,” the ruling said.");
        Assert.NotEqual(dataset.AttributionFrom("Brennex Freight").SourceId, dataset.AttributionFrom("the ruling").SourceId);
    }

    [Fact]
    public void The_statement_after_unnamed_officials_stays_apart_from_them()
    {
        var dataset = Analyzed.Of(
            "Two officials said on Monday that the east pier would close for the winter.",
            "“Repairs will take at least six weeks,” the statement said.");
        Assert.NotEqual(dataset.AttributionFrom("Two officials").SourceId, dataset.AttributionFrom("the statement").SourceId);
    }

    [Fact]
    public void The_report_of_a_cited_body_is_the_body_and_its_analysis_a_document()
    {
        var dataset = Analyzed.Of(
            "The Tarnwick Harbour Authority (THA) said on Monday that the east pier would close for the winter.",
            "The THA report stated that repairs to the pier will take at least six weeks.",
            "The report found that the west pier was sound.",
            "The THA analysis shows that ferry crossings fell by a third.");
        var authority = dataset.AttributionFrom("The Tarnwick Harbour Authority (THA)").SourceId;
        Assert.Equal(authority, dataset.AttributionFrom("The THA report").SourceId);
        Assert.Equal(authority, dataset.AttributionFrom("The report").SourceId);
        Assert.NotEqual(authority, dataset.AttributionFrom("The THA analysis").SourceId);
    }

    [Fact]
    public void A_statement_a_pronoun_owns_is_no_document_of_its_own()
    {
        var dataset = Analyzed.Of(
            "Later that spring the ferry company quickly hit back in defence of its captain.",
            "Its statement claimed, “Captain Rowe sailed with the crew for only a few weeks and broke no rule.”");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("statement"));
    }
}
