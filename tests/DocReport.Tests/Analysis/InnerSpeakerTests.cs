namespace DocReport.Tests.Analysis;

/// <summary>Speakers of clauses inside another phrase: a reduced relative clause, a report inside a report, an apposition.</summary>
public class InnerSpeakerTests
{
    [Fact]
    public void A_pronoun_in_a_reduced_relative_clause_is_not_the_name_just_before_it()
    {
        var dataset = Analyzed.Of(
            "Governor Pell Arvane spoke at the fair on Monday.",
            "The three-term senator will leave office to take a post with Governor Pell Arvane, a decision he disclosed in an interview on Friday.");
        var pronoun = dataset.AttributionFrom("he");
        Assert.Null(pronoun.SourceId);
    }

    [Fact]
    public void A_pronoun_in_a_reduced_relative_clause_is_the_person_the_sentence_opens_with()
    {
        var dataset = Analyzed.Of(
            "Tomas Reyvik, who has led the council since 2012, will join Governor Pell Arvane, a decision he disclosed in an interview on Friday.");
        Assert.Equal("Tomas Reyvik", dataset.SourceOf(dataset.AttributionFrom("he")).Name);
    }

    [Fact]
    public void A_verb_of_saying_inside_another_source_s_report_does_not_credit_the_inner_subject()
    {
        var dataset = Analyzed.Of(
            "Two hikers found the body on Sunday.",
            "Inspector Dara Kolm said that Velner had told the hikers to wait by the river.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Velner"));
        Assert.Equal(["Dara Kolm"], dataset.SourceNamesOf(dataset.ClaimContaining("wait by the river")));
    }

    [Fact]
    public void Two_reports_joined_by_and_each_keep_their_speaker()
    {
        var dataset = Analyzed.Of(
            "Inspector Dara Kolm said that the road was closed, and Mayor Ivo Brenning said the bridge would open in May.");
        Assert.Contains(dataset.Sources, s => s.Name == "Ivo Brenning");
    }

    [Fact]
    public void A_description_set_after_a_body_s_name_whose_relative_clause_speaks_is_that_body()
    {
        var dataset = Analyzed.Of(
            "The candidate was backed by the Dunmore Taxpayers League, a local organization which said in a release that she would cut fees.");
        Assert.Contains(dataset.Sources, s => s.Name == "Dunmore Taxpayers League");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.StartsWith("unnamed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_agent_of_a_participle_set_after_the_subject_is_not_the_speaker()
    {
        var dataset = Analyzed.Of(
            "The survey, funded by the Halden Trust and the Orvik Foundation, shows that rents in the valley rose 9 percent last year.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Halden") || s.Name.Contains("Orvik"));
        Assert.DoesNotContain(dataset.SourceNamesOf(dataset.ClaimContaining("rents in the valley")), n => n.Contains("Halden") || n.Contains("Orvik"));
    }

    [Fact]
    public void The_outlet_that_saw_a_document_is_not_its_speaker()
    {
        var dataset = Analyzed.Of("Latvian customs reports seen by Reuters suggest that the cargo was relabelled in port.");
        Assert.DoesNotContain("Reuters", dataset.SourceNamesOf(dataset.ClaimContaining("cargo was relabelled")));
    }

    [Fact]
    public void The_agent_of_a_participle_with_a_degree_adverb_is_not_the_speaker()
    {
        var dataset = Analyzed.Of("The early thaw, much welcomed by many Ostravans, worried Pavla Novotna, the head of the river authority.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Ostravans"));
    }

    [Fact]
    public void A_verb_of_saying_inside_what_the_subject_found_is_not_the_subject_s()
    {
        var dataset = Analyzed.Of("After the vote, Dana Whitcomb found that many residents, young and old, told her they did not want the tower.");
        var told = Assert.Single(dataset.Attributions, a => a.Cue.Text == "told");
        Assert.Null(told.SourceId);
        var joined = Analyzed.Of("Mayor Dana Whitcomb said that she backed the plan and told the council it would pass.");
        Assert.All(joined.Attributions, a => Assert.Equal(joined.SourceNamed("Dana Whitcomb").Id, a.SourceId));
    }

    [Fact]
    public void A_participle_after_what_the_subject_said_is_still_the_subject_s()
    {
        var dataset = Analyzed.Of("Senator Rafe Olin has said that a second bridge is unlikely to be built soon, citing the cost of steel and the court's ruling.");
        var citing = Assert.Single(dataset.Attributions, a => a.Cue.Text == "citing");
        Assert.Equal(dataset.SourceNamed("Rafe Olin").Id, citing.SourceId);
    }
}
