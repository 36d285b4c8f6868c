namespace DocReport.Tests.Analysis;

/// <summary>
/// A definite description of a person ("the beekeeper said", "the former mayor said") goes back to the one person the text named
/// with its noun before it, written before the name ("beekeeper Mara Quell") or in apposition after it ("Tom Reyes, the former
/// mayor,"); with two such people, or only a former holder for a present description, it stays unlinked (issue 8).
/// </summary>
public class DescribedPersonTests
{
    [Fact]
    public void A_description_by_an_unlisted_noun_is_the_one_person_named_with_it()
    {
        var dataset = Analyzed.Of(
            "Beekeeper Mara Quell said the wet spring had cut the harvest by a third.",
            "The county will open two new markets in the autumn.",
            "“Honey prices will rise before winter,” the beekeeper said.");
        Assert.Equal(["Mara Quell"], dataset.SpeakersOf("Honey prices will rise"));
    }

    [Fact]
    public void With_two_people_named_with_the_noun_the_description_stays_unlinked()
    {
        var dataset = Analyzed.Of(
            "Beekeeper Mara Quell said the wet spring had cut the harvest by a third, and beekeeper Ivo Brandt said his hives had lost their queens.",
            "The county will open two new markets in the autumn.",
            "“Honey prices will rise before winter,” the beekeeper said.");
        Assert.Empty(dataset.SpeakersOf("Honey prices will rise"));
    }

    [Fact]
    public void The_person_the_noun_is_written_with_is_chosen_not_the_current_speaker()
    {
        var dataset = Analyzed.Of(
            "Mayor Tom Reyes said on Monday that he had thanked beekeeper Mara Quell for her work at the school garden.",
            "“Honey prices will rise before winter,” the beekeeper said.");
        Assert.Equal(["Mara Quell"], dataset.SpeakersOf("Honey prices will rise"));
    }

    [Theory]
    [InlineData("Tom Reyes, the former mayor, said the bridge had been built too low.", "Tom Reyes")]
    [InlineData("Tom Reyes, the mayor, said the bridge had been built too low.", null)]
    public void A_former_holder_is_a_former_description_only(string opening, string? speaker)
    {
        var dataset = Analyzed.Of(
            opening,
            "The river rose by two metres over the weekend.",
            "Councillor Ana Ruiz said the repairs would cost millions.",
            "“We warned them in 2019,” the former mayor said.");
        Assert.Equal(speaker is null ? Array.Empty<string>() : new[] { speaker }, dataset.SpeakersOf("We warned them"));
    }
}
