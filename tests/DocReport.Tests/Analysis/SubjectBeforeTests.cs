namespace DocReport.Tests.Analysis;

/// <summary>
/// A "he" or "she" whose current speaker is out of reach for another person of the gender named since goes to the person who opens
/// the sentence right before the pronoun's as its subject when no one else of the gender is named after them; with two such people
/// opening it, or one named after the subject as a subject, the pronoun stays unresolved; one named only as an object, or as the
/// subject of what the subject reports, does not stop it (round 34), and sentences opening with the pronoun are passed over.
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
            "Mark Osterby spoke to reporters after Paul Feniger left the hall.",
            "He said the new roads would be finished by June.");
        Assert.Null(dataset.AttributionFrom("He").SourceId);
    }

    // Round 34: a man named after the subject only as an object (after a verb or a preposition) no longer stops the rule
    [Fact]
    public void He_goes_to_the_subject_across_a_man_named_as_an_object()
    {
        var dataset = Analyzed.Of(
            "Senator Tomas Ridell said on Tuesday that the budget was late.",
            "Mark Osterby spoke to reporters after a meeting with Paul Feniger.",
            "He said the new roads would be finished by June.");
        Assert.Equal(["Mark Osterby"], dataset.SourceNamesOf(dataset.ClaimContaining("finished by June")));
    }

    [Fact]
    public void He_goes_to_the_subject_across_a_man_he_reports_on()
    {
        var dataset = Analyzed.Of(
            "Senator Tomas Ridell said on Tuesday that the budget was late.",
            "Mark Osterby argued that Mr. Feniger had misread the tender documents.",
            "He said the new roads would be finished by June.");
        Assert.Equal(["Mark Osterby"], dataset.SourceNamesOf(dataset.ClaimContaining("finished by June")));
    }

    [Fact]
    public void He_opening_sentences_in_a_row_goes_to_the_man_who_opened_the_first()
    {
        var dataset = Analyzed.Of(
            "Senator Tomas Ridell said on Tuesday that the budget was late.",
            "Mark Osterby toured the depot on Friday. He inspected the new buses. He visited the workshop.",
            "He said the new roads would be finished by June.");
        Assert.Equal(["Mark Osterby"], dataset.SourceNamesOf(dataset.ClaimContaining("finished by June")));
    }

    [Fact]
    public void He_does_not_go_to_a_man_named_only_as_an_object_before_it()
    {
        var dataset = Analyzed.Of(
            "Senator Tomas Ridell said on Tuesday that the budget was late.",
            "The council later thanked Mark Osterby for his report.",
            "He said the new roads would be finished by June.");
        Assert.NotEqual(["Mark Osterby"], dataset.SourceNamesOf(dataset.ClaimContaining("finished by June")));
    }

    [Fact]
    public void He_does_not_go_to_the_subject_across_another_man_quoted_as_a_speaker()
    {
        var dataset = Analyzed.Of(
            "Senator Tomas Ridell said on Tuesday that the budget was late.",
            "Mark Osterby toured the depot on Friday with Paul Feniger, who said the buses were old.",
            "He said the new roads would be finished by June.");
        Assert.NotEqual(["Mark Osterby"], dataset.SourceNamesOf(dataset.ClaimContaining("finished by June")));
    }

    [Fact]
    public void She_does_not_go_to_a_man_opening_the_sentence_before()
    {
        var dataset = Analyzed.Of(
            "Mayor Helga Brunstad said the bridge would reopen next year.",
            "Councillor Ines Varga praised the engineers on Friday.",
            "Mark Osterby walked the site with Ines Varga. She said the concrete was weaker than anyone was told.");
        Assert.NotEqual(["Mark Osterby"], dataset.SourceNamesOf(dataset.ClaimContaining("concrete was weaker")));
    }
}
