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
    public void A_role_with_a_place_before_it_is_the_one_holder_of_its_title_named_before()
    {
        var dataset = Analyzed.Of(
            "Brenner could win over farmers, a senator says",
            "Olaf Brenner could win over farmers if he lowers ferry fares, Sen. Maren Holt (N-No.) told reporters on Monday.",
            "Holt and Brenner ran against each other last year. In May, the North Nordland senator said the fares were already too high.",
            "Brenner has not answered. Brenner will speak in Oslo on Friday.");
        Assert.Equal(["Maren Holt"], dataset.SourceNamesOf(dataset.ClaimContaining("already too high")));
    }

    [Fact]
    public void A_holder_of_the_title_named_only_later_does_not_keep_the_role_from_the_person_the_article_is_about()
    {
        var dataset = Analyzed.Of(
            "Brenner: the farm bill helps small farms",
            "Olaf Brenner said the farm bill would help small farms. Brenner spoke in Oslo. Brenner said the subsidies were fair.",
            "Six months ago, the Nordland senator said, no one listened to farmers.",
            "Sen. Maren Holt said later that Brenner had changed the debate.");
        Assert.Equal(["Olaf Brenner"], dataset.SourceNamesOf(dataset.ClaimContaining("no one listened to farmers")));
    }

    [Fact]
    public void Writing_an_amendment_before_a_dash_is_a_deed_not_speech()
    {
        var dataset = Analyzed.Of(
            "Senator Olaf Brenner spoke about the farm bill on Tuesday. “It helps small farms,” Brenner said.",
            "He wrote only one amendment - after he had to drop a plan to cap the subsidies.");
        Assert.Empty(dataset.SpeakersOf("only one amendment"));
    }

    private static readonly string[] AboutDenholm =
    [
        "Denholm promises to reopen the mills",
        "Carl Denholm toured the valley on Monday. Denholm met workers at two mills. Denholm said the mills could reopen within a year.",
        "Denholm will debate his rival next week. Senator Ruth Amsel also spoke in the valley.",
    ];

    [Theory]
    [InlineData("The nominee told the crowd her opponent had never run a business.")]
    [InlineData("The nominee promised herself a quiet week and told the crowd the mills had never run a business.")]
    public void A_role_whose_own_clause_makes_its_holder_a_woman_is_not_the_man_the_article_is_about(string sentence)
    {
        var dataset = Analyzed.Of([.. AboutDenholm, sentence]);
        Assert.DoesNotContain("Carl Denholm", dataset.SourceNamesOf(dataset.ClaimContaining("never run a business")));
    }

    [Theory]
    [InlineData("The nominee told the crowd that his plan would pay for itself within a business cycle.")]
    [InlineData("The nominee told the crowd that Amsel's plan had never been tested in a business cycle, calling her naive.")]
    public void A_role_whose_clause_fits_the_man_the_article_is_about_is_still_him(string sentence)
    {
        var dataset = Analyzed.Of([.. AboutDenholm, sentence]);
        Assert.Equal(["Carl Denholm"], dataset.SourceNamesOf(dataset.ClaimContaining("business cycle")));
    }

    [Theory]
    [InlineData("The Democratic nominee said the mills had lost money for a decade.", false)]
    [InlineData("The Republican nominee said the mills had lost money for a decade.", true)]
    public void A_party_word_is_the_article_subjects_only_when_the_text_gives_him_that_party(string sentence, bool his)
    {
        var dataset = Analyzed.Of([.. AboutDenholm, "Republican nominee Carl Denholm spoke for an hour.", sentence]);
        var speakers = dataset.SourceNamesOf(dataset.ClaimContaining("lost money for a decade"));
        Assert.Equal(his, speakers.Contains("Carl Denholm"));
    }

    [Fact]
    public void A_party_word_the_text_sets_beside_someone_else_is_not_the_article_subjects()
    {
        var dataset = Analyzed.Of([.. AboutDenholm, "Democratic nominee Ruth Amsel spoke for an hour.", "The Democratic nominee said the mills had lost money for a decade."]);
        Assert.DoesNotContain("Carl Denholm", dataset.SourceNamesOf(dataset.ClaimContaining("lost money for a decade")));
    }

    [Fact]
    public void The_president_is_not_the_person_the_article_is_about_when_the_text_names_a_president_by_surname()
    {
        var dataset = Analyzed.Of(
            "Dana Whitlow faces a test on the ferries",
            "Dana Whitlow has stressed her ties to President Varga.",
            "Whitlow said the ferry plan was sound. Whitlow repeated it in Leith. Whitlow spoke again on Friday. Whitlow met the council.",
            "The president said he had no plan for the ferries.");
        Assert.DoesNotContain("Dana Whitlow", dataset.SpeakersOf("no plan for the ferries"));
    }

    [Fact]
    public void A_vice_president_holds_no_presidency()
    {
        var dataset = Analyzed.Of(
            "Marlow widens the ferry plan",
            "Vice President Dana Whitlow met the harbour council on Monday.",
            "The president said the ferries would run every hour from May.");
        Assert.DoesNotContain("Dana Whitlow", dataset.SpeakersOf("every hour from May"));
    }

    [Fact]
    public void A_surname_after_a_title_does_not_make_a_qualified_role_that_person()
    {
        var dataset = Analyzed.Of(
            "Ferry talks open in Leith",
            "President Varga arrived in Leith on Monday for the ferry talks.",
            "The Nordland president said the fares were too high.");
        Assert.Empty(dataset.SpeakersOf("fares were too high"));
    }
}
