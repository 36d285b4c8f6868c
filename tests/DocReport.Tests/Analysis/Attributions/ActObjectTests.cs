namespace DocReport.Tests.Analysis.Attributions;

public class ActObjectTests
{
    [Theory]
    [InlineData("Senator Maria Okafor declared her candidacy in a crowded race two weeks before the primary.")]
    [InlineData("Governor Paul Ridley announced a resignation in early May and then backed his deputy for the post.")]
    [InlineData("Councilwoman Dana Pruitt posted pictures of the flooded underpass on her campaign page.")]
    public void A_speech_verb_with_a_noun_object_naming_an_act_cites_no_one(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Empty(dataset.Sources);
        Assert.All(dataset.Claims, c => Assert.Empty(c.SourceIds));
    }

    [Theory]
    [InlineData("Governor Paul Ridley announced that the bridge would reopen in June.", "Paul Ridley")]
    [InlineData("Governor Paul Ridley announced the bridge in Dover will reopen in June.", "Paul Ridley")]
    [InlineData("Councilwoman Dana Pruitt posted a statement on the flooding late on Sunday.", "Dana Pruitt")]
    [InlineData("Governor Paul Ridley declared a curfew across the eastern districts on Sunday.", "Paul Ridley")]
    public void A_that_clause_a_clause_or_a_reporting_noun_after_the_verb_still_reports(string sentence, string speaker)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Contains(dataset.Sources, s => s.Name == speaker);
    }

    [Fact]
    public void An_action_told_as_hearsay_cites_no_one_but_hearsay_speech_still_cites_its_speaker()
    {
        var acted = Analyzed.Of("Tomas Reyna, the guide, was last seen on Friday. He reportedly directed the hikers to wait near the ridge.");
        Assert.DoesNotContain(acted.Sources, s => s.Name == "Tomas Reyna");
        var told = Analyzed.Of("The guide, Tomas Reyna, reportedly said that the ridge was unsafe.");
        Assert.Contains(told.Sources, s => s.Name == "Tomas Reyna");
    }
}
