using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// Round 39 (issue 8): the names a user reads in the Sources sheet. A trade's plural opening a sentence ("Nurses said") is an
/// unnamed group of people, not a body called "Nurses"; "the attorney general" is an office of two words, read whole and pointed
/// back to its holder, never to a general of the army.
/// </summary>
public class GroupAndOfficeNameTests
{
    [Theory]
    [InlineData("Nurses said the new rota left wards short of staff on most nights.", "Nurses", "unnamed nurses")]
    [InlineData("Firefighters warned that the station closures would slow response times.", "Firefighters", "unnamed firefighters")]
    [InlineData("Commuters complained that the trains were late every morning.", "Commuters", "unnamed commuters")]
    public void A_trades_plural_opening_a_sentence_is_an_unnamed_group_of_people(string sentence, string subject, string name)
    {
        var dataset = Analyzed.Of(sentence, "The hospital board meets again in March.");
        var source = dataset.SourceOf(dataset.AttributionFrom(subject));
        Assert.Equal(name, source.Name);
        Assert.Equal(SourceKind.Person, source.Kind);
    }

    [Theory]
    [InlineData("The attorney general said the state would file suit on Friday.", "The attorney general", "unnamed attorney general")]
    [InlineData("The state attorney general told reporters the case was strong.", "The state attorney general", "unnamed state attorney general")]
    public void An_office_ending_in_general_is_read_whole(string sentence, string subject, string name)
    {
        var dataset = Analyzed.Of(sentence, "The ruling is expected within weeks.");
        Assert.Equal(name, dataset.SourceOf(dataset.AttributionFrom(subject)).Name);
    }

    [Fact]
    public void The_attorney_general_is_the_person_the_text_gives_that_title()
    {
        var dataset = Analyzed.Of(
            "Attorney General Dana Whitfield said the state would file suit on Friday.",
            "The attorney general added that the utility had ignored three warnings.");
        Assert.Equal(["Dana Whitfield"], dataset.SpeakersOf("ignored three warnings"));
    }

    [Fact]
    public void The_attorney_general_is_not_an_army_general_named_before()
    {
        var dataset = Analyzed.Of(
            "Gen. Rafe Okoro said the last troops would leave the valley in June.",
            "The attorney general said the withdrawal order was lawful.");
        Assert.DoesNotContain("Rafe Okoro", dataset.SpeakersOf("withdrawal order was lawful"));
    }
}
