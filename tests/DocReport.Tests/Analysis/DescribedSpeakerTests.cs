namespace DocReport.Tests.Analysis;

/// <summary>A named person the text goes on calling by a trade or a standing ("the tycoon said", "the actress said") (issue 8).</summary>
public class DescribedSpeakerTests
{
    [Theory]
    [InlineData("Harold Brisk", "The shipping tycoon")]
    [InlineData("Nora Quill", "The actress")]
    [InlineData("Harold Brisk", "The veteran comedian")]
    public void A_trade_right_after_a_person_quoted_is_that_person(string person, string described)
    {
        var dataset = Analyzed.Of(
            "A new harbour plan goes to the council",
            $"{person} said on Monday that the harbour plan would bring jobs to the town.",
            $"{described} said the work could start next spring.");
        Assert.Equal([person], dataset.SpeakersOf("start next spring"));
    }

    [Fact]
    public void A_trade_that_tells_a_gender_is_not_a_person_of_the_other()
    {
        var dataset = Analyzed.Of(
            "A new theatre opens in the old mill",
            "Robert Quill said on Monday that the theatre would seat four hundred people.",
            "The actress said the first play would open in May.");
        Assert.DoesNotContain("Robert Quill", dataset.SpeakersOf("open in May"));
    }

    [Fact]
    public void A_trade_with_no_one_named_is_no_unnamed_source()
    {
        var dataset = Analyzed.Of(
            "A new theatre opens in the old mill",
            "The theatre will seat four hundred people, the council said.",
            "The actress said the first play would open in May.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("actress", StringComparison.Ordinal));
        Assert.Empty(dataset.SpeakersOf("open in May"));
    }
}
