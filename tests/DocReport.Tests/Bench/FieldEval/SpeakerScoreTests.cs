using DocReport.Bench.FieldEval;
using DocReport.Bench.FieldEval.Gold;
using DocReport.Bench.FieldEval.Scoring;

namespace DocReport.Tests.Bench.FieldEval;

// Who bench/FieldEval says DocReport credited with each sentence: the figure behind issue 8's "no claim linked to a source
// that did not say it". The article is made up.
public sealed class SpeakerScoreTests
{
    private static readonly GoldArticle Gold = new("harbour", "page.html", "Fares rise",
        [new("Jo Marlow", "person", []), new("the Harbour Board", "government", [])],
        [
            new(true, "Jo Marlow", "Fares will rise by a tenth, Marlow said.", 1),
            new(true, "the Harbour Board", "The board said the ferry would run hourly.", 2),
            new(true, "Jo Marlow", "She said the cost of fuel had doubled.", 3),
            new(true, GoldArticle.WritersOwn, "The ferry first sailed in 1990.", 4),
            new(false, GoldArticle.Undecided, "Some say the fares were always high.", 5),
        ],
        [], []);

    private static readonly OutputDataset Output = new(
        [new("P1.S1", "", 0.9), new("P1.S2", "", 0.9), new("P2.S1", "", 0.9), new("P3.S1", "", 0.9), new("P4.S1", "", 0.2)],
        [new("S1", "Marlow", "person"), new("S2", "Harbour Board", "government")],
        [new("P1.S1", "S1"), new("P1.S2", "S1"), new("P2.S1", null), new("P3.S1", "S2"), new("P4.S1", "S2")],
        [new("P1.S1", ["S1"]), new("P1.S2", ["S1"]), new("P3.S1", ["S2"])]);

    [Fact]
    public void Sentences_are_right_wrong_or_unlinked_and_the_writers_own_ones_are_counted_when_credited()
    {
        var score = SpeakerScore.Of(Gold, [0, 1, 2, 3, 4], Output, []);
        Assert.Equal((1, 1, 1), (score.Right, score.Wrong, score.Unlinked));
        Assert.Equal((1, 1), (score.WritersOwn, score.Credited));
        Assert.Equal((1, 1, 1), (score.ClaimLinksRight, score.ClaimLinksWrong, score.ClaimLinksOnOwn));
    }

    [Fact]
    public void An_unmatched_sentence_counts_nowhere()
    {
        var score = SpeakerScore.Of(Gold, [0, -1, -1, -1, -1], Output, []);
        Assert.Equal(new SpeakerScore(1, 0, 0, 0, 0, 1, 0, 0), score);
    }
}
