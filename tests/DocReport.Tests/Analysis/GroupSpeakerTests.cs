namespace DocReport.Tests.Analysis;

/// <summary>
/// "They" and "it" after a group speaker (issue 8): "they" is the group named last when no other source came since, "it" is never a
/// group, and with two sources "they" could be, it stays unlinked.
/// </summary>
public class GroupSpeakerTests
{
    [Fact]
    public void They_after_a_group_of_people_is_the_group()
    {
        var dataset = Analyzed.Of(
            "Fishery analysts say the cod catch has fallen for three years in a row.",
            "They said the new quotas came too late to save the northern grounds.");
        var they = dataset.AttributionFrom("They");
        Assert.NotNull(they.SourceId);
        Assert.Equal(dataset.SourceOf(dataset.AttributionFrom("Fishery analysts")).Name, dataset.SourceOf(they).Name);
    }

    [Fact]
    public void They_after_a_group_then_other_people_named_since_stays_unlinked()
    {
        var dataset = Analyzed.Of(
            "Fishery analysts say the cod catch has fallen for three years, a view that many economists in the region share.",
            "They said the new rules came too late to save the northern grounds.");
        Assert.Null(dataset.AttributionFrom("They").SourceId);
    }

    [Fact]
    public void It_after_officials_is_not_the_officials()
    {
        var dataset = Analyzed.Of(
            "Officials said the river bridge would stay closed until the inspection ends.",
            "It added that the repairs could take most of the winter.");
        Assert.Null(dataset.AttributionFrom("It").SourceId);
    }

    [Fact]
    public void They_as_an_object_links_no_claim_to_the_group()
    {
        var dataset = Analyzed.Of(
            "Fishery analysts say the cod catch has fallen for three years in a row.",
            "The ministry paid them for a second survey of the northern grounds last winter.");
        var analysts = dataset.SourceOf(dataset.AttributionFrom("Fishery analysts")).Name;
        Assert.DoesNotContain(analysts, dataset.SourceNamesOf(dataset.ClaimContaining("second survey")));
    }

    [Fact]
    public void A_group_named_with_a_party_word_is_one_unnamed_source()
    {
        var dataset = Analyzed.Of(
            "Senate Republican leaders said the vote on the nominee would not take place this year.",
            "They said the next president should make the choice.");
        var leaders = dataset.AttributionFrom("Senate Republican leaders");
        Assert.NotNull(leaders.SourceId);
        Assert.Equal(leaders.SourceId, dataset.AttributionFrom("They").SourceId);
    }
}
