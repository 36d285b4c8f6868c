namespace DocReport.Tests.Analysis.Attributions;

/// <summary>"he" or "she" after the surname alone of someone named in full further back, opening a clause just before.</summary>
public class SurnameBeforePronounTests
{
    private const string Long = "From the porch of her wooden cabin above the valley, where the road ends and the winter snow stays until May, " +
        "forester Lena Ostrova has a clearer view than most of what the new logging rules are doing to the old forest along the ridge, " +
        "at least as far as the trees she has counted every autumn for thirty years are concerned.";

    private const string Quote = "“The owls came back to the north slope this year, and that tells me the cut was small enough,” she said.";

    [Fact]
    public void The_surname_opening_a_clause_just_before_is_the_one_the_pronoun_stands_for()
    {
        var dataset = Analyzed.Of(Long, "While she rarely walks the whole ridge now — her knees have had enough of it — Ostrova, 61 this spring, still keeps a tally of the nests.", Quote);
        Assert.Equal(["Lena Ostrova"], dataset.SpeakersOf("The owls came back"));
    }

    [Fact]
    public void A_surname_two_people_share_stays_unresolved()
    {
        var dataset = Analyzed.Of(Long + " Her sister Petra Ostrova lives in the town below.",
            "While she rarely walks the whole ridge now — her knees have had enough of it — Ostrova, 61 this spring, still keeps a tally of the nests.", Quote);
        Assert.Empty(dataset.SpeakersOf("The owls came back"));
    }
}
