namespace DocReport.Tests.Analysis;

/// <summary>
/// Unnamed people the text describes rather than names (issue 8, round 44): "those" placed by whom they are close to or what
/// they take part in are people, as "people close to him" are; officials "from both parties" speak for no one party; one
/// person of a kind the lists do not know ("one questioner", "a speechwriter") is that unnamed person.
/// </summary>
public class PeopleDescribedTests
{
    private const string Opening = "The Harwick council voted on Monday to fund a ferry route across the bay.";

    [Theory]
    [InlineData("Those close to the mayor say that he wanted the ferry named after his father.", "Those close to the mayor")]
    [InlineData("Those familiar with the budget said the route would open in May.", "Those familiar with the budget")]
    [InlineData("Those involved in the talks said the deal was close.", "Those involved in the talks")]
    public void Those_placed_by_whom_or_what_they_know_are_unnamed_people(string sentence, string source)
    {
        var dataset = Analyzed.Of(Opening, sentence);
        Assert.Equal("unnamed people", dataset.SourceOf(dataset.AttributionFrom(source)).Name);
    }

    [Theory]
    [InlineData("Those who know the mayor say he wanted the ferry named after his father.", "Those who know the mayor")]
    [InlineData("Those who have worked with the mayor say he wanted the ferry named after his father.", "Those who have worked with the mayor")]
    public void Those_who_know_someone_are_unnamed_people_not_the_one_they_know(string sentence, string source)
    {
        var dataset = Analyzed.Of(Opening, sentence);
        Assert.Equal("unnamed people", dataset.SourceOf(dataset.AttributionFrom(source)).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "unnamed mayor");
    }

    [Fact]
    public void Those_who_did_something_are_left_as_before()
    {
        // "those who" is as often a poll's respondents ("those who said they would vote"): no group of people is made of it
        var dataset = Analyzed.Of(Opening, "Among the voters asked, those who named a candidate said they might change their mind.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "unnamed people");
    }

    [Theory]
    [InlineData("Although the route is new, officials from both parties say it has worked.", "officials from both parties")]
    [InlineData("Elected officials from both parties say the route has worked.", "Elected officials from both parties")]
    public void Officials_from_both_parties_speak_for_neither(string sentence, string source)
    {
        var dataset = Analyzed.Of(Opening, sentence);
        var found = dataset.SourceOf(dataset.AttributionFrom(source));
        Assert.StartsWith("unnamed", found.Name, StringComparison.Ordinal);
        Assert.EndsWith("officials", found.Name, StringComparison.Ordinal);
        Assert.DoesNotContain(dataset.Sources, s => s.Name is "unnamed parties" or "Elected");
    }

    [Fact]
    public void Officials_from_one_body_still_speak_for_it()
    {
        var dataset = Analyzed.Of(Opening, "Officials from the Harwick Ferry Company said the boats were ready.");
        Assert.Contains(dataset.Sources, s => s.Name == "Harwick Ferry Company");
    }

    [Theory]
    [InlineData("One questioner claimed that the route would never carry enough passengers.", "One questioner", "unnamed questioner")]
    [InlineData("A former speechwriter said the mayor had written the plan himself.", "A former speechwriter", "unnamed former speechwriter")]
    public void One_person_of_a_kind_the_lists_do_not_know_is_that_unnamed_person(string sentence, string source, string name)
    {
        var dataset = Analyzed.Of(Opening, sentence);
        Assert.Equal(name, dataset.SourceOf(dataset.AttributionFrom(source)).Name);
    }

    [Fact]
    public void One_acted_on_is_no_source()
    {
        // "accused of" right after the noun is a passive: the contractor was accused, he accused no one
        var dataset = Analyzed.Of(Opening, "The city freed Tom Berg, an American contractor accused of spying, on Friday.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("contractor", StringComparison.Ordinal));
    }

    [Fact]
    public void A_thing_with_a_doer_ending_is_no_person()
    {
        var dataset = Analyzed.Of(Opening, "The island was so weak then that a foreign power wrote its first charter.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("power", StringComparison.Ordinal));
    }

    [Fact]
    public void The_questioner_is_not_made_a_new_source()
    {
        // a definite description may point back to someone named before; it is not listed as one more unnamed person
        var dataset = Analyzed.Of(Opening, "The questioner claimed that the route would never carry enough passengers.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "unnamed questioner");
    }
}
