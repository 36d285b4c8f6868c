namespace DocReport.Tests.Analysis;

/// <summary>
/// A speaker the text comes back to (a celebrity feature, a profile): named again as a sentence's subject after others were
/// named, named by a possessive, or with an adverb between the name and the verb.
/// </summary>
public class ReturningSpeakerTests
{
    [Theory]
    [InlineData("And Quillon seemed calmer after the birth.", "Mara Quillon")]
    [InlineData("Quillon stayed at home with the baby for a year.", "Mara Quillon")]
    [InlineData("And Quillon took the baby to meet Robin Ferrand.", null)]
    public void She_after_the_speaker_is_named_again_as_a_subject_is_the_speaker(string again, string? source)
    {
        var dataset = Analyzed.Of(
            "“We will tour again next year,” said the singer Mara Quillon.",
            "Her first child, Robin Ferrand, was born that spring.",
            again + " “Becoming a mother makes you patient,” she told a radio station.");
        var she = dataset.AttributionFrom("she");
        Assert.Equal(source, she.SourceId is null ? null : dataset.SourceOf(she).Name);
    }

    // the places a surname is written are searched once for the text: a later pronoun still finds the subject named again after
    // the first pronoun, and one with no such subject before it still finds none
    [Theory]
    [InlineData("Quillon stayed at home with the baby for a year.", "Mara Quillon")]
    [InlineData("And Quillon took the baby to meet Lena Ferrand.", null)]
    public void A_later_she_after_the_speaker_is_named_again_is_the_speaker_too(string again, string? source)
    {
        var dataset = Analyzed.Of(
            "“We will tour again next year,” said the singer Mara Quillon.",
            "Her first child, Robin Ferrand, was born that spring.",
            "And Quillon seemed calmer after the birth. “Becoming a mother makes you patient,” she told a radio station.",
            "Her second child, Lena Ferrand, was born two years later.",
            again + " “I slept very little that year,” she said.");
        var shes = dataset.Attributions.Where(a => a.Source.Text == "she" && dataset.NamesItsSource(a)).ToList();
        Assert.Equal(2, shes.Count);
        Assert.Equal("Mara Quillon", dataset.SourceOf(shes[0]).Name);
        Assert.Equal(source, shes[1].SourceId is null ? null : dataset.SourceOf(shes[1]).Name);
    }

    [Fact]
    public void The_speakers_own_possessive_is_no_one_else_named_between()
    {
        var dataset = Analyzed.Of(
            "Mara Quillon’s first record sold well in 1990.",
            "“We will tour again next year,” said the singer Mara Quillon.",
            "Quillon’s main focus was her music, and she recorded four albums in five years.",
            "“I never stopped writing,” she said.");
        Assert.Equal(["Mara Quillon"], dataset.SourceNamesOf(dataset.ClaimContaining("never stopped writing")));
    }

    [Theory]
    [InlineData("Vell adamantly told reporters", "Tomas Vell")]
    [InlineData("Vell only briefly told reporters", "Tomas Vell")]
    [InlineData("A close ally told reporters", "unnamed ally")]
    public void An_adverb_between_the_speaker_and_the_verb_is_not_part_of_who_spoke(string opening, string source)
    {
        var dataset = Analyzed.Of(
            "The council met on Monday, and Mayor Tomas Vell opened the session.",
            opening + " that the new bridge over the river would open in May.");
        Assert.Equal([source], dataset.SourceNamesOf(dataset.ClaimContaining("would open in May")));
    }
}
