namespace DocReport.Tests.Analysis;

/// <summary>
/// A "he" or "she" whose current speaker is out of reach for another person of the gender named since goes to the person who opens
/// the sentence right before the pronoun's as its subject when no one else of the gender is named after them; with two such people
/// opening it, or one named after the subject, the pronoun stays unresolved.
/// </summary>
public class SubjectBeforeTests
{
    [Fact]
    public void He_goes_to_the_man_opening_the_sentence_before()
    {
        var dataset = Analyzed.Of(
            "Senator Tomas Ridell said on Tuesday that the budget was late.",
            "Mark Osterby spoke to reporters outside the hall for an hour.",
            "He said the new roads would be finished by June.");
        Assert.Equal(["Mark Osterby"], dataset.SourceNamesOf(dataset.ClaimContaining("finished by June")));
    }

    [Fact]
    public void She_closing_a_quotation_goes_to_the_woman_opening_the_sentence_before_it()
    {
        var dataset = Analyzed.Of(
            "Mayor Helga Brunstad said the bridge would reopen next year.",
            "Councillor Ines Varga walked the site with engineers on Friday.",
            "“The concrete is weaker than anyone was told,” she said.");
        Assert.Equal(["Ines Varga"], dataset.SourceNamesOf(dataset.ClaimContaining("concrete is weaker")));
    }

    [Fact]
    public void He_after_two_men_opening_the_sentence_before_stays_unresolved()
    {
        var dataset = Analyzed.Of(
            "Senator Tomas Ridell said on Tuesday that the budget was late.",
            "Mark Osterby and Paul Feniger spoke to reporters outside the hall.",
            "He said the new roads would be finished by June.");
        Assert.Null(dataset.AttributionFrom("He").SourceId);
    }

    [Fact]
    public void He_after_a_man_named_after_the_subject_stays_unresolved()
    {
        var dataset = Analyzed.Of(
            "Senator Tomas Ridell said on Tuesday that the budget was late.",
            "Mark Osterby spoke to reporters after a meeting with Paul Feniger.",
            "He said the new roads would be finished by June.");
        Assert.Null(dataset.AttributionFrom("He").SourceId);
    }
}
