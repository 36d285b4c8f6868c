namespace DocReport.Tests.Analysis;

/// <summary>
/// Round 42 (issue 8): a person named as a verb's object after a place in commas and a role ("criticized Dover, Del., police
/// officer Ann Shelby") is spoken of, so a later "she said" goes on with the subject who spoke.
/// </summary>
public class ObjectWithRoleTests
{
    [Fact]
    public void She_after_a_subject_who_criticized_a_woman_named_with_place_and_role_is_the_subject()
    {
        var dataset = Analyzed.Of(
            "Senator Maria Okafor spoke about the shooting on a radio show on Tuesday.",
            "On the show, Okafor criticized Dover, Del., police officer Ann Shelby for the arrest of a teenager.",
            "“How many times do we have to see this happen?” she said.");
        Assert.Equal(["Maria Okafor"], dataset.SpeakersOf("“How many times do we have"));
    }

    [Fact]
    public void She_after_a_woman_opening_a_clause_after_a_role_stays_unresolved()
    {
        var dataset = Analyzed.Of(
            "Senator Maria Okafor spoke about the shooting on a radio show on Tuesday.",
            "On the show, Okafor said that police officer Ann Shelby had arrested a teenager.",
            "“I did my job,” she said.");
        Assert.DoesNotContain("Maria Okafor", dataset.SpeakersOf("“I did my job"));
    }
}
