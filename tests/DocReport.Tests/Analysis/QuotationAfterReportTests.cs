namespace DocReport.Tests.Analysis;

/// <summary>"...,” he said" right after a sentence reporting a speaker, where another person of the gender is only spoken of there.</summary>
public class QuotationAfterReportTests
{
    [Fact]
    public void He_is_the_speaker_whose_report_names_another_man_as_its_object()
    {
        var dataset = Analyzed.Of(
            "Governor Paul Hanley opened the new harbour on Monday.",
            "Mayor Peter Lendl said the harbour was a gift to Governor Paul Hanley's donors.",
            "“We cannot pay for a harbour nobody will use,” he said.");
        Assert.Equal(["Peter Lendl"], dataset.SourceNamesOf(dataset.ClaimContaining("nobody will use")));
    }

    [Fact]
    public void She_is_the_speaker_whose_report_names_another_woman_she_would_rather_vote_for()
    {
        var dataset = Analyzed.Of(
            "Councillor Maria Sorel said the vote had been rigged.",
            "Judge Anna Pirlo, a former councillor, told reporters she would rather support Maria Sorel than the mayor.",
            "“I am ashamed of what this council has become,” she said.");
        Assert.Equal(["Anna Pirlo"], dataset.SourceNamesOf(dataset.ClaimContaining("ashamed of what this council")));
    }

    [Fact]
    public void He_stays_unresolved_when_the_other_man_in_the_report_is_its_subject_too()
    {
        var dataset = Analyzed.Of(
            "Senator Tomas Brevik warned on Monday that the harbour plan would ruin the fishing towns.",
            "Mayor Ivo Lendl said Governor Paul Hanley had lied about the harbour.",
            "“I never lied about anything,” he said.");
        Assert.Empty(dataset.SourceNamesOf(dataset.ClaimContaining("never lied about anything")));
    }

    [Fact]
    public void He_is_not_the_one_who_asked_the_question()
    {
        var dataset = Analyzed.Of(
            "Senator Tomas Brevik spoke at the harbour on Monday.",
            "Reporter Ivo Lendl asked Governor Paul Hanley how much the harbour would cost.",
            "“Maybe nine million, maybe more,” he told Lendl.");
        Assert.DoesNotContain("Ivo Lendl", dataset.SourceNamesOf(dataset.ClaimContaining("nine million")));
    }

    [Theory]
    [InlineData("Harbour spokesman Peter Lendl told the Gazette that Governor Paul Hanley's harbour plan would cost nine million pounds.")]
    [InlineData("Harbour spokesman Peter Lendl told the Gazette that the plan had been sent to Governor Paul Hanley in May.")]
    public void He_opening_the_next_sentence_is_the_speaker_whose_report_names_another_man_only_as_an_owner_or_object(string report)
    {
        var dataset = Analyzed.Of("The new harbour opened on Monday.", report, "He said the council had been told the plan would cost four million pounds.");
        Assert.Equal(["Peter Lendl"], dataset.SpeakersOf("four million pounds"));
    }

    [Fact]
    public void He_opening_the_next_sentence_stays_unresolved_when_the_other_man_does_something_in_the_report()
    {
        var dataset = Analyzed.Of(
            "The new harbour opened on Monday.",
            "Harbour spokesman Peter Lendl told the Gazette that Governor Paul Hanley wanted the harbour plan to cost nine million pounds.",
            "He said the council had been told the plan would cost four million pounds.");
        Assert.Empty(dataset.SpeakersOf("four million pounds"));
    }
}
