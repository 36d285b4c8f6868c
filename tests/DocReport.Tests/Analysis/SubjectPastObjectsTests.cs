namespace DocReport.Tests.Analysis;

/// <summary>
/// A "he" or "she" after a sentence whose subject is a person of the gender goes to that subject when the others the sentence
/// names stand after a verb's participle or "-ing" form, or in a possessive a preposition opens (round 41, issue 8): they are
/// what the subject speaks of, not someone the text goes on with.
/// </summary>
public class SubjectPastObjectsTests
{
    private const string Opening = "Former governor Teodor Varga spoke about the port on Monday. “The port is our future,” Varga told a radio station.";

    [Fact]
    public void He_after_a_subject_naming_others_after_participles_is_the_subject()
    {
        var dataset = Analyzed.Of(Opening,
            "Mayor Oskar Brandt said on Tuesday that the port was running at a loss.",
            "In his review of the plan, Varga regretted that the council had given Brandt a second term after succeeding Bernard Okafor.",
            "“It is hard to believe that the city chose this man,” he said. “I cannot understand it.”");
        Assert.Equal(["Teodor Varga"], dataset.SpeakersOf("“It is hard to believe"));
        Assert.Equal(["Teodor Varga"], dataset.SpeakersOf("I cannot understand it"));
    }

    [Fact]
    public void He_after_a_subject_naming_the_last_speaker_in_a_possessive_object_is_the_subject()
    {
        var dataset = Analyzed.Of(Opening,
            "Mayor Peter Brandt has stayed silent on Varga’s remarks about the port.",
            "“The port will stay open as long as I am mayor,” he told listeners.");
        Assert.Equal(["Peter Brandt"], dataset.SpeakersOf("“The port will stay open"));
    }

    [Fact]
    public void He_after_a_subject_and_another_man_opening_a_clause_stays_unresolved()
    {
        var dataset = Analyzed.Of(Opening,
            "Mayor Oskar Brandt said on Tuesday that the port was running at a loss.",
            "In his review of the plan, Varga regretted that Brandt had cut the budget twice.",
            "“It is hard to believe that the city chose this man,” he said.");
        Assert.Empty(dataset.SpeakersOf("“It is hard to believe"));
    }
}
