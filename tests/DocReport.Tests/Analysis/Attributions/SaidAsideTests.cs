namespace DocReport.Tests.Analysis.Attributions;

/// <summary>"Having said that," and "That said," turn the writer's argument; they report no one and take no sentence from its speaker.</summary>
public class SaidAsideTests
{
    private const string Opening = "The Harwick council voted on Monday to fund a ferry route across the bay.";

    [Theory]
    [InlineData("Having said that, some economists argue that the ferry will never pay for itself.")]
    [InlineData("That said, some economists argue that the ferry will never pay for itself.")]
    [InlineData("That being said, some economists argue that the ferry will never pay for itself.")]
    public void The_turn_is_no_cue(string sentence)
    {
        var dataset = Analyzed.Of(Opening, sentence);
        Assert.DoesNotContain(dataset.Attributions, a => a.Cue.Text.StartsWith("said", StringComparison.Ordinal));
        Assert.Contains(dataset.Attributions, a => a.Cue.Text.StartsWith("argue", StringComparison.Ordinal) && a.SourceId is not null && dataset.SourceOf(a).Name == "unnamed economists");
    }

    [Fact]
    public void A_said_after_having_done_something_else_is_a_cue()
    {
        var dataset = Analyzed.Of(Opening, "Having studied the route, the mayor said that the ferry would pay for itself.");
        Assert.Contains(dataset.Attributions, a => a.Cue.Text.StartsWith("said", StringComparison.Ordinal) && a.SourceId is not null);
    }
}
