namespace DocReport.Tests.Analysis;

/// <summary>
/// Round 43 (issue 8): the speaker's own surname written with a title and a possessive ("Ms. Morrow's office") between the speaker
/// and a later "she said" is the speaker again, not someone else named between; another woman's possessive still is.
/// </summary>
public class OwnPossessiveBetweenTests
{
    private const string Opening = "Senator Ada Morrow said on Monday that the budget would not pass this month.";

    [Fact]
    public void The_speakers_own_possessive_leaves_her_the_one_the_pronoun_stands_for()
    {
        var dataset = Analyzed.Of(Opening,
            "Ms. Morrow's office was closed for most of the week.",
            "“We will keep talking to every member of the committee,” she said.");
        Assert.Equal(dataset.SpeakersOf("Senator Ada Morrow said"), dataset.SpeakersOf("“We will keep talking"));
        Assert.NotEmpty(dataset.SpeakersOf("“We will keep talking"));
    }

    [Fact]
    public void Another_womans_possessive_between_keeps_the_pronoun_unresolved()
    {
        var dataset = Analyzed.Of(Opening,
            "Ms. Lind's office was closed for most of the week.",
            "“We will keep talking to every member of the committee,” she said.");
        Assert.Empty(dataset.SpeakersOf("“We will keep talking"));
    }

    [Fact]
    public void A_woman_just_named_and_named_again_with_a_possessive_is_the_one_she_stands_for()
    {
        var dataset = Analyzed.Of(
            "Kitchen feeds hundreds",
            "Dolores Pinkett has run the kitchen since 2015, and Ms. Pinkett's staff cook for hundreds every week.",
            "“We cook for whoever comes,” she said.");
        Assert.Equal(["Dolores Pinkett"], dataset.SpeakersOf("“We cook for whoever comes"));
    }
}
