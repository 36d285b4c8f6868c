using DocReport.Analysis.Sources;

namespace DocReport.Tests.Analysis;

public class CoordinatedAndExampleSourceTests
{
    [Fact]
    public void Two_people_each_written_with_a_title_and_joined_by_and_are_both_cited()
    {
        var dataset = Analyzed.Of(
            "Ovid Grell, a senator from Ohio, said the mill had closed.",
            "Tamsin Loy, a senator from Iowa, said it was a loss for the town.",
            "Mr. Grell and Ms. Loy say the rules must change before the vote.");
        Assert.Equal("Ovid Grell", dataset.SourceOf(dataset.AttributionFrom("Mr. Grell and Ms. Loy")).Name);
        Assert.Equal(2, dataset.SourceNamed("Tamsin Loy").Mentions);
    }

    [Fact]
    public void The_aides_of_two_titled_people_are_not_the_first_of_them()
    {
        var dataset = Analyzed.Of("Mr. Grell and Mrs. Loy's aides said the rules must change before the vote.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Grell");
    }

    [Fact]
    public void A_group_shown_by_a_named_example_cites_the_example()
    {
        var dataset = Analyzed.Of("Proponents, including the Harwick Chamber of Commerce, have urged the council to keep the harbour fund.");
        Assert.Equal("Harwick Chamber of Commerce", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void Two_named_examples_after_their_party_and_state_are_both_cited()
    {
        var dataset = Analyzed.Of("Many backers of the bill, such as Sen. Ada Pell, R-Ohio, and Tom Vance, D-Iowa, now say it should be narrowed.");
        Assert.Equal(["Ada Pell", "Tom Vance"], dataset.Sources.Select(s => s.Name));
    }

    [Fact]
    public void Examples_after_a_title_in_lower_case_are_read_whole()
    {
        var phrase = SourceSpanReader.Read("backers of the bill, such as senator Ada Pell, R-Ohio, and Tom Vance, D-Iowa,");
        Assert.Equal("Ada Pell and Tom Vance", phrase?.Name);
    }

    [Theory]
    [InlineData("Ada Pell, like Tom Vance, said the harbour bill should pass this year.", "Ada Pell")]
    [InlineData("The race is tied at 44 percent, according to three recent polls, including one from Harwick University.", "polls")]
    public void A_comparison_or_an_unnamed_example_leaves_the_phrase_s_own_source(string sentence, string source)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Equal(source, Assert.Single(dataset.Sources).Name);
    }
}
