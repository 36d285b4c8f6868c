namespace DocReport.Tests.Analysis;

/// <summary>
/// Round 42 (issue 8): "the spokesman said" after two owners' spokesmen ("Marten's spokesman", "the prime minister's spokesman")
/// is the one cited just before, when no other owner's spokesman is written since.
/// </summary>
public class SpokesmanCitedLastTests
{
    private const string Opening =
        "Oskar Brandt said he was unlikely to work well with Ilse Marten because the Danish prime minister had called him reckless.";

    [Fact]
    public void The_spokesman_after_a_second_owners_spokesman_is_the_one_cited_last()
    {
        var dataset = Analyzed.Of(Opening,
            "Marten’s spokesman said the prime minister stood by her remarks.",
            "Marten will meet the unions on Friday, the prime minister’s spokesman said.",
            "“She has been very clear about the budget,” the spokesman said.");
        Assert.Equal(dataset.SpeakersOf("Marten will meet the unions"), dataset.SpeakersOf("“She has been very clear"));
        Assert.NotEmpty(dataset.SpeakersOf("“She has been very clear"));
    }

    [Fact]
    public void The_spokesman_after_another_owners_spokesman_written_since_stays_unresolved()
    {
        var dataset = Analyzed.Of(Opening,
            "Marten will meet the unions on Friday, the prime minister’s spokesman said.",
            "The meeting was first proposed in a letter from Brandt’s spokesman in May.",
            "“She has been very clear about the budget,” the spokesman said.");
        Assert.Empty(dataset.SpeakersOf("“She has been very clear"));
    }
}
