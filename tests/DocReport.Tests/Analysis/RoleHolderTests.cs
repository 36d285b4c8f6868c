namespace DocReport.Tests.Analysis;

/// <summary>A role written instead of a name ("The Prime Minister said", "the Liberal MP said") is the person who holds it, never a body.</summary>
public class RoleHolderTests
{
    [Fact]
    public void A_title_alone_is_the_person_the_text_writes_it_beside()
    {
        var dataset = Analyzed.Of(
            "Norland's Prime Minister and Chair of the Harbour Council, Dr the Hon. Martin Brenvik, has backed a yearly trade forum.",
            "Dr Brenvik said a wider meeting should be held in Geneva.",
            "The Prime Minister said the region is too often ignored by its neighbours.");
        Assert.Equal(dataset.AttributionFrom("Dr Brenvik").SourceId, dataset.AttributionFrom("The Prime Minister").SourceId);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Minister"));
    }

    [Fact]
    public void A_body_s_acronym_and_a_title_are_the_person_given_that_title()
    {
        var dataset = Analyzed.Of(
            "World Relief Agency (WRA) Director Lina Moravec warned that a new wave of cases is likely.",
            "Dr Moravec said 40 countries have begun booster campaigns.",
            "The WRA Director also urged countries to keep testing.");
        Assert.Equal("Lina Moravec", dataset.SourceOf(dataset.AttributionFrom("The WRA Director")).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Director"));
    }

    [Fact]
    public void A_role_right_after_a_person_quoted_is_that_person()
    {
        var dataset = Analyzed.Of(
            "Tomas Hallberg warned on Monday that the ferry sector faces deep job cuts.",
            "Speaking in parliament, the Liberal MP said: “It does not need to be like this.”");
        Assert.Equal("Tomas Hallberg", dataset.SourceOf(dataset.AttributionFrom("the Liberal MP")).Name);
        Assert.Single(dataset.Sources);
    }

    [Fact]
    public void A_role_is_not_the_person_just_quoted_when_they_bear_another_role()
    {
        var dataset = Analyzed.Of(
            "Defence lawyer Ana Ruiz said her client was at home that night.",
            "The judge said the trial would resume on Monday.");
        Assert.NotEqual("Ana Ruiz", dataset.SourceOf(dataset.AttributionFrom("The judge")).Name);
    }

    [Fact]
    public void One_of_a_group_of_people_going_on_right_after_a_person_quoted_is_that_person()
    {
        var dataset = Analyzed.Of(
            "Professor of marine biology Karin Lodge, for example, told a radio programme, “Trawling here is the wrong answer.”",
            "The Norland College expert continued, “Every survey we have shows the cod stocks falling. The nets take the young fish.”");
        Assert.Equal("Karin Lodge", dataset.SourceOf(dataset.AttributionFrom("The Norland College expert")).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("expert"));
    }

    [Fact]
    public void One_of_a_group_of_people_is_not_the_person_just_quoted_when_they_bear_another_role_or_the_verb_does_not_go_on()
    {
        var apart = Analyzed.Of(
            "Defence lawyer Ana Ruiz said, “My client was at home that night.”",
            "The witness continued, “I saw a car outside the house at ten.”");
        Assert.NotEqual(apart.AttributionFrom("Defence lawyer Ana Ruiz").SourceId, apart.AttributionFrom("The witness").SourceId);
        var said = Analyzed.Of(
            "Professor of marine biology Karin Lodge told a radio programme, “Trawling here is the wrong answer.”",
            "The Norland College expert said, “Every survey we have shows the cod stocks falling.”");
        Assert.NotEqual(said.AttributionFrom("Professor of marine biology Karin Lodge").SourceId, said.AttributionFrom("The Norland College expert").SourceId);
    }
}
