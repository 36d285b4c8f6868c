using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// Round 44 (issue 8): one person or group listed once, under the right name. An adverb opening a sentence is no given name
/// ("Even Morrow said" is Ada Morrow, not a second source "Even Morrow"); a given name alone is the one person cited under it;
/// people "from both parties" speak for neither party; "Leaders of the union" are people, not a body called "Leaders"; "Mr. Biden"
/// is the "Joseph R. Biden Jr." cited, not a second "Joseph R. Biden".
/// </summary>
public class OneSourceOnceTests
{
    [Theory]
    [InlineData("Even Morrow, a longtime ally of the union, said")]
    [InlineData("Now Morrow says")]
    [InlineData("Later Morrow told reporters")]
    [InlineData("Still Morrow insisted")]
    public void An_adverb_opening_the_sentence_is_no_given_name(string opening)
    {
        var dataset = Analyzed.Of(
            "Budget vote delayed",
            "Governor Ada Morrow said in March that the budget would pass before the summer.",
            $"{opening} that the vote must wait until the audit is done.");
        Assert.Equal(["Ada Morrow"], dataset.SpeakersOf("the vote must wait"));
        Assert.Single(dataset.Sources);
    }

    [Fact]
    public void A_given_name_alone_is_the_one_person_cited_under_it()
    {
        var dataset = Analyzed.Of(
            "A street that changed",
            "Tom Whitcombe, a neighbour, said the street had changed in ten years.",
            "“We used to know everyone here,” Tom said.");
        Assert.Equal(["Tom Whitcombe"], dataset.SpeakersOf("We used to know everyone"));
        Assert.Single(dataset.Sources);
    }

    [Fact]
    public void A_given_name_two_people_bear_stays_apart()
    {
        var dataset = Analyzed.Of(
            "A street that changed",
            "Tom Whitcombe, a neighbour, said the street had changed in ten years.",
            "Tom Ashdown, who runs the corner shop, said rents had doubled.",
            "“We used to know everyone here,” Tom said.");
        Assert.DoesNotContain("Tom Whitcombe", dataset.SpeakersOf("We used to know everyone"));
        Assert.DoesNotContain("Tom Ashdown", dataset.SpeakersOf("We used to know everyone"));
    }

    [Fact]
    public void A_surname_is_the_one_cited_with_a_generations_suffix()
    {
        var dataset = Analyzed.Of(
            "Overtime rule",
            "Deputy Governor Harold W. Pembury Jr. said on Monday that the rule would help many workers.",
            "Mr. Pembury said the change was overdue.");
        Assert.Equal(["Harold W. Pembury Jr"], dataset.SpeakersOf("the change was overdue"));
        Assert.Single(dataset.Sources);
    }

    [Fact]
    public void A_son_named_with_a_suffix_beside_his_father_keeps_the_surname_his_fathers()
    {
        var dataset = Analyzed.Of(
            "Overtime rule",
            "Harold Pembury said the rule would hurt small firms.",
            "His son, Harold Pembury Jr., said the family business had never paid overtime.",
            "Mr. Pembury said he would fight the rule in court.");
        Assert.Equal(["Harold Pembury"], dataset.SpeakersOf("fight the rule in court"));
    }

    [Theory]
    [InlineData("Elected officials from both parties say")]
    [InlineData("Senior aides in the two campaigns said")]
    public void People_of_several_bodies_speak_for_none_of_them(string opening)
    {
        var dataset = Analyzed.Of("Plan in doubt", $"In the capital, {opening.ToLowerInvariant()} the plan will fail by spring.");
        var source = Assert.Single(dataset.Sources);
        Assert.StartsWith("unnamed", source.Name);
        Assert.DoesNotContain("parties", source.Name);
        Assert.DoesNotContain("campaigns", source.Name);
    }

    [Fact]
    public void A_plural_of_people_opening_a_sentence_before_of_is_a_group()
    {
        var dataset = Analyzed.Of("Strike goes on", "Leaders of the drivers' union said the strike would go on through the weekend.");
        var source = Assert.Single(dataset.Sources);
        Assert.NotEqual("Leaders", source.Name);
        Assert.NotEqual(SourceKind.Organization, source.Kind);
    }
}
