using DocReport.Analysis.Claims;

namespace DocReport.Tests.Analysis.Claims;

public class StanceProfileTests
{
    private static IReadOnlyList<string> Stance(string sentence) =>
        ClaimFeaturizer.Features(SentenceSignals.Read(sentence)).Where(f => f.StartsWith("h:stance:", StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_judgement_with_nothing_to_check_is_bare()
    {
        var stance = Stance("Honestly, this is a wonderful and very moving little film.");

        Assert.Contains("h:stance:bare-judgement", stance);
        Assert.Contains("h:stance:degree", stance);
        Assert.Contains("h:stance:anchors:0", stance);
    }

    [Fact]
    public void A_named_actor_doing_something_on_a_date_is_anchored_without_judgement()
    {
        var stance = Stance("The Harbour Board closed the northern pier on 3 March 2021 after a storm.");

        Assert.Contains("h:stance:anchored", stance);
        Assert.Contains("h:stance:named-past", stance);
        Assert.Contains("h:stance:judges:0", stance);
    }

    [Fact]
    public void Advice_to_the_reader_judges()
    {
        var stance = Stance("You should always check the tyres before a long drive.");

        Assert.Contains("h:stance:deontic", stance);
        Assert.Contains("h:stance:second-person", stance);
        Assert.DoesNotContain("h:stance:judges:0", stance);
    }

    [Theory]
    [InlineData("Their new stadium feels bigger and louder than the old one.", true)]
    [InlineData("Their new stadium holds 12,000 more seats than the old one.", false)]
    public void A_comparison_is_bare_only_without_a_figure(string sentence, bool bare)
    {
        Assert.Equal(bare, Stance(sentence).Contains("h:stance:bare-comparative"));
    }

    [Fact]
    public void Words_ending_in_eed_are_not_taken_for_a_past_tense()
    {
        Assert.DoesNotContain(Stance("Indeed the speed limit remains low."), f => f.Contains("past", StringComparison.Ordinal));
    }
}
