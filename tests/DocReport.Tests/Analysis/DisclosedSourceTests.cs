using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>Sources a page names away from a verb of saying: a passive's agent, a name before a ticker, a credit, a finding.</summary>
public class DisclosedSourceTests
{
    [Fact]
    public void Each_agent_of_a_passive_verb_of_making_known_is_a_source()
    {
        var dataset = Analyzed.Of("The new timetable was revealed on Monday at a televised press conference by Harbour Minister Jo Ellery, Chief Engineer Dr Sam Pike and Port Director Lee Marr.");
        Assert.Equal(["Jo Ellery", "Lee Marr", "Sam Pike"], dataset.Sources.Select(s => s.Name).Order());
    }

    [Fact]
    public void A_name_and_its_apposition_after_by_are_one_agent()
    {
        var dataset = Analyzed.Of("The ferry sale was confirmed by the Deputy Minister for Ports, Sami Lee.");
        Assert.Equal("Sami Lee", Assert.Single(dataset.Sources).Name);
    }

    [Theory]
    [InlineData("Dan Ash made the news when it was revealed that he funded lawsuits by Ann Marr against Harbour Media.")]
    [InlineData("“We will not sell,” Dan Ash wrote in the email, which was first reported by the Harbour Post.")]
    public void A_by_after_a_clause_or_in_a_relative_clause_names_no_agent(string text)
    {
        var dataset = Analyzed.Of(text);
        Assert.DoesNotContain(dataset.Sources, s => s.Name is "Ann Marr" or "Harbour Post");
    }

    [Fact]
    public void A_ticker_in_brackets_stands_after_the_name_that_announces()
    {
        var dataset = Analyzed.Of("Harbour Hotels Corporation (NYSE: HHC) announced the opening of a new hotel on the island as part of its resort brand.");
        Assert.Equal("Harbour Hotels Corporation", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_credit_via_a_name_in_brackets_cites_it()
    {
        var dataset = Analyzed.Of("Ferries run late more often in the winter months (via Harbour Weekly).");
        Assert.Equal(["Harbour Weekly"], dataset.SpeakersOf("more often in the winter"));
    }

    [Fact]
    public void What_tests_showed_in_a_time_clause_is_cited()
    {
        var dataset = Analyzed.Of(
            "Ann Lee, 24, was found on the deck of the night ferry in March.",
            "It was first thought that she drowned after slipping on the deck – until post mortem tests showed high levels of salt in her lungs.");
        Assert.Equal(SourceKind.Document, dataset.SourceNamed("post mortem tests").Kind);
    }

    [Theory]
    [InlineData("Published estimates put the share of late ferries as high as 40 percent.", "Published estimates")]
    [InlineData("A Harbour Post investigation found that the crews had not been trained.", "Harbour Post investigation")]
    public void Estimates_and_investigations_are_documents(string text, string name)
    {
        var dataset = Analyzed.Of(text);
        Assert.Equal(SourceKind.Document, dataset.SourceNamed(name).Kind);
    }
}
