using DocReport.Analysis.Attributions;

namespace DocReport.Tests.Analysis;

/// <summary>
/// The plural present of a strong speech verb ("critics argue", "experts warn") reports as its "-s" and "-ed" forms do, after a
/// name or a noun the source lists know; after "they" or a plural the lists do not know it reports nothing, as before.
/// </summary>
public class PluralPresentCueTests
{
    [Theory]
    [InlineData("argue")]
    [InlineData("warn")]
    [InlineData("insist")]
    [InlineData("explain")]
    [InlineData("acknowledge")]
    [InlineData("predict")]
    [InlineData("announce")]
    public void The_plural_present_of_a_strong_speech_verb_is_a_strong_cue_of_its_own_kind(string verb)
    {
        Assert.True(ReportingCues.IsStrong(verb));
        Assert.True(ReportingCues.IsPluralPresent(verb));
        Assert.False(ReportingCues.IsPluralPresent(verb + "s"));
    }

    [Fact]
    public void Critics_who_warn_are_the_source()
    {
        var dataset = Analyzed.Of(
            "The ferry to Harwick will stop running in the winter months.",
            "Local critics warn the town will lose half its visitors by March.");
        Assert.Contains(dataset.SpeakersOf("lose half its visitors"), s => s.EndsWith("critics", StringComparison.Ordinal));
    }

    [Fact]
    public void They_with_the_plural_present_is_not_given_to_the_body_named_before()
    {
        var dataset = Analyzed.Of(
            "The Harwick Ferry Company raised its fares on Monday for the third time this year.",
            "They argue the tolls will drive shoppers to the next town.");
        Assert.DoesNotContain("Harwick Ferry Company", dataset.SpeakersOf("drive shoppers"));
    }

    [Fact]
    public void A_verb_of_saying_yet_to_be_said_reports_nothing()
    {
        var dataset = Analyzed.Of(
            "The ferry to Harwick will stop running in the winter months.",
            "The owners plan to announce new fares for the spring route next week.");
        Assert.Empty(dataset.SpeakersOf("new fares"));
    }
}
