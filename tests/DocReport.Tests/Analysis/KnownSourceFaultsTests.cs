namespace DocReport.Tests.Analysis;

/// <summary>
/// Small faults seen on real pages (issue 8, round 24): who published the figures a sentence cites, unnamed bodies described
/// by other words, and the noun "show" read as a reporting verb; round 24b: a body's figures named with its name before them.
/// </summary>
public class KnownSourceFaultsTests
{
    [Theory]
    [InlineData("Ferry crossings fell by a fifth last winter, according to figures published by the national health agency.")]
    [InlineData("Ferry crossings fell by a fifth last winter, according to figures released on Monday by the national health agency.")]
    public void Figures_someone_published_are_that_bodys(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Equal(["unnamed national health agency"], dataset.Sources.Select(s => s.Name));
    }

    [Fact]
    public void Figures_a_clause_says_a_campaign_released_are_the_campaigns()
    {
        var dataset = Analyzed.Of("Tilda Marsh raised $4 million in May, according to figures her campaign released Friday.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("figures", StringComparison.Ordinal));
    }

    [Fact]
    public void Figures_with_no_owner_stay_a_document()
    {
        var dataset = Analyzed.Of("Ferry crossings fell by a fifth last winter, according to government figures.");
        Assert.Equal(["government figures"], dataset.Sources.Select(s => s.Name));
    }

    [Fact]
    public void A_body_described_by_other_words_is_another_body()
    {
        var dataset = Analyzed.Of(
            "The city's transit authority said the night buses would stop in June.",
            "A spokeswoman for the port authority said cargo volumes were up. The regional water authority said the reservoirs were full.");
        Assert.Equal(["unnamed city transit authority"], dataset.SpeakersOf("the night buses would stop"));
        Assert.DoesNotContain("unnamed city transit authority", dataset.SpeakersOf("cargo volumes were up"));
        Assert.Equal(["unnamed regional water authority"], dataset.SpeakersOf("the reservoirs were full"));
    }

    [Fact]
    public void The_same_body_described_by_fewer_words_is_still_that_body()
    {
        var dataset = Analyzed.Of("The city's transit authority said the night buses would stop in June. The transit authority added that fares would rise.");
        Assert.Equal(["unnamed city transit authority"], dataset.SpeakersOf("fares would rise"));
    }

    [Theory]
    [InlineData("Every guest has a standing invitation to the show.")]
    [InlineData("Orla Brandt named the quiz as her favourite TV show.")]
    [InlineData("Milo Kerr, a talk show host in Dunmore, said the vote was close.")]
    public void The_noun_show_reports_nothing(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.DoesNotContain(dataset.Attributions, a => a.Cue.Text == "show");
        Assert.DoesNotContain(dataset.Sources, s => s.Kind == DocReport.Model.SourceKind.Document);
    }

    [Theory]
    [InlineData("The ferry reports show that crossings fell by a fifth.")]
    [InlineData("Figures from the harbour board show that crossings fell by a fifth.")]
    [InlineData("The board's data show that crossings fell by a fifth.")]
    public void The_verb_show_still_reports(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Contains(dataset.Attributions, a => a.Cue.Text == "show");
    }

    [Fact]
    public void Statistics_described_by_their_own_words_are_cited()
    {
        var dataset = Analyzed.Of("Current statistics indicate that most riders pay by card.");
        Assert.Equal("current statistics", Assert.Single(dataset.Sources).Name, ignoreCase: true);
    }

    [Fact]
    public void A_bodys_figures_named_before_them_and_figures_it_released_are_one_source()
    {
        var dataset = Analyzed.Of("Ferry crossings fell by a fifth last winter, according to Harbour Board figures.",
            "Figures released by the Harbour Board on Monday also showed that fares rose by a tenth.");
        Assert.Equal(["Harbour Board"], dataset.Sources.Select(s => s.Name));
        Assert.Equal(["Harbour Board"], dataset.SpeakersOf("fares rose by a tenth"));
    }

    [Theory]
    [InlineData("Some GOP figures declared that the riders would pay by card.")]
    [InlineData("Prominent Labour figures declared that the riders would pay by card.")]
    public void People_called_figures_of_a_party_are_no_body(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.DoesNotContain(dataset.Sources, s => s.Name is "GOP" or "Labour");
    }

    [Fact]
    public void Numbers_named_by_a_person_are_not_that_persons_report()
    {
        var dataset = Analyzed.Of("Tilda Marsh said the harbour would open in May.", "According to the Marsh data, the harbour lost money.");
        Assert.DoesNotContain("Tilda Marsh", dataset.SpeakersOf("the harbour lost money"));
    }

    [Theory]
    [InlineData("The data suggest that most riders pay by card.")]
    [InlineData("Some party figures declared that the riders would pay by card.")]
    public void Bare_data_and_party_figures_are_no_document(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.DoesNotContain(dataset.Sources, s => s.Kind == DocReport.Model.SourceKind.Document);
    }
}
