namespace DocReport.Tests.Analysis;

/// <summary>
/// Round 47 (issue 8): one the pronoun's own clause names ("he told Hale", "and he accused Governor Hale of ...") is not the
/// pronoun, so does not stand between it and the speaker; a name in another clause, or a possessive, still does.
/// </summary>
public class PronounClauseTests
{
    private const string Report = "Tom Reyes said on Monday that Governor Mark Hale had cut the port budget twice.";
    private const string Between = "The council met again on Tuesday.";

    [Fact]
    public void A_man_the_pronouns_clause_names_as_its_object_leaves_the_pronoun_to_the_speaker()
    {
        var dataset = Analyzed.Of(Report, Between, "“We will not let that stand,” he told Hale.");
        Assert.Equal(["Tom Reyes"], dataset.SpeakersOf("“We will not let that stand"));
    }

    [Fact]
    public void A_man_named_in_a_clause_after_the_pronouns_keeps_it_unresolved()
    {
        var dataset = Analyzed.Of(Report, Between, "“We will not let that stand,” he said, and Hale left the room.");
        Assert.Empty(dataset.SpeakersOf("“We will not let that stand"));
    }

    [Fact]
    public void A_mans_possessive_in_the_pronouns_clause_keeps_it_unresolved()
    {
        var dataset = Analyzed.Of(Report, Between, "“We will not let that stand,” he said of Hale's plan.");
        Assert.Empty(dataset.SpeakersOf("“We will not let that stand"));
    }

    [Fact]
    public void A_speaker_the_pronouns_clause_names_leaves_it_to_the_one_other_man_named_since()
    {
        var dataset = Analyzed.Of("Tom Reyes said the port would reopen soon.", "Mark Hale asked Reyes how long it would stay closed.",
            "“Two more weeks,” he told Hale.");
        Assert.Equal(["Tom Reyes"], dataset.SpeakersOf("“Two more weeks"));
    }

    [Fact]
    public void A_speaker_the_pronouns_clause_names_with_two_other_men_named_since_keeps_it_unresolved()
    {
        var dataset = Analyzed.Of("Tom Reyes said the port would reopen soon.", "Mark Hale asked Reyes and Paul Dunn how long it would stay closed.",
            "“Two more weeks,” he told Hale.");
        Assert.Empty(dataset.SpeakersOf("“Two more weeks"));
    }
}
