namespace DocReport.Tests.Analysis;

/// <summary>A role noun ("the mayor said", "the senator's aide") goes to a person only when the text gives that person the role,
/// or gives them no other; "he wrote one amendment" is a deed, not speech.</summary>
public class RoleFitTests
{
    [Fact]
    public void A_role_is_not_the_only_person_named_when_the_text_gives_her_another_role()
    {
        var dataset = Analyzed.Of(
            "Dana Whitlow fights to keep the harbour clinic open",
            "Dana Whitlow, a nurse at the harbour clinic, has gathered 2,000 names for her petition.",
            "The mayor said the clinic would close at the end of the year.");
        Assert.DoesNotContain("Dana Whitlow", dataset.SourceNamesOf(dataset.ClaimContaining("close at the end of the year")));
    }

    [Fact]
    public void A_role_is_not_the_person_the_article_is_about_when_the_text_makes_her_something_else()
    {
        var dataset = Analyzed.Of(
            "Whitlow takes her petition to the council",
            "Dana Whitlow, who is a nurse at the harbour clinic, started the petition in May. Whitlow has worked there for twenty years.",
            "Whitlow said the clinic served four villages. Whitlow has gathered 2,000 names.",
            "The senator said the clinic was too small to keep.");
        Assert.DoesNotContain("Dana Whitlow", dataset.SourceNamesOf(dataset.ClaimContaining("too small to keep")));
    }

    [Fact]
    public void A_role_is_not_the_person_the_article_is_about_when_the_text_names_others_who_hold_it()
    {
        var dataset = Analyzed.Of(
            "Whitlow takes her petition to two towns",
            "Dana Whitlow started the petition in May. Whitlow has gathered 2,000 names. Whitlow said the clinic served four villages.",
            "Mayor Tom Bixby of Eastport and Mayor Ruth Crane of Westport met Whitlow on Friday.",
            "The mayor said the clinic was too small to keep.");
        Assert.DoesNotContain("Dana Whitlow", dataset.SourceNamesOf(dataset.ClaimContaining("too small to keep")));
    }

    [Fact]
    public void A_role_the_text_gives_the_person_the_article_is_about_is_still_her()
    {
        var dataset = Analyzed.Of(
            "Whitlow takes her petition to the council",
            "Dana Whitlow, the mayor of Eastport, started the petition in May. Whitlow has gathered 2,000 names.",
            "Whitlow said the clinic served four villages. Whitlow met the council on Friday.",
            "The mayor said the clinic was too small to close.");
        Assert.Contains("Dana Whitlow", dataset.SourceNamesOf(dataset.ClaimContaining("too small to close")));
    }

    [Fact]
    public void Writing_an_amendment_before_a_dash_is_a_deed_not_speech()
    {
        var dataset = Analyzed.Of(
            "Senator Olaf Brenner spoke about the farm bill on Tuesday. “It helps small farms,” Brenner said.",
            "He wrote only one amendment - after he had to drop a plan to cap the subsidies.");
        Assert.Empty(dataset.SpeakersOf("only one amendment"));
    }
}
