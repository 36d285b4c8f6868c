using DocReport.Pipeline;

namespace DocReport.Tests.Analysis;

public class ContinuedSpeakerTests
{
    [Fact]
    public void Quoted_sentences_after_the_one_naming_the_speaker_are_hers()
    {
        var dataset = Analyzed.Of(
            "“The bridge will reopen in March,” said Mayor Olena Virtanen. “Crews have finished the deck. The railings go up next week.”");
        Assert.Equal(["Olena Virtanen"], dataset.SpeakersOf("Crews have finished"));
        Assert.Equal(["Olena Virtanen"], dataset.SpeakersOf("railings go up"));
        var row = Assert.Single(dataset.Attributions, a => a.Content.Text.Contains("Crews have finished", StringComparison.Ordinal));
        Assert.Equal("Mayor Olena Virtanen", row.Source.Text);
    }

    [Fact]
    public void A_quoted_paragraph_after_the_speaker_s_paragraph_goes_on_with_the_speaker()
    {
        var dataset = Analyzed.Of(
            "Harbour master Tomas Reyl said: “The ferries will run late all week.”",
            "“We have two crews off sick and the spare boat is in dry dock.”");
        Assert.Equal(["Tomas Reyl"], dataset.SpeakersOf("two crews off sick"));
    }

    [Fact]
    public void Another_speaker_in_between_stops_the_run()
    {
        var dataset = Analyzed.Of(
            "“Fares will rise in May,” said Councillor Ada Brunt.",
            "Union leader Piet Okafor said the plan was rushed through the committee.",
            "“No one asked the drivers about any of this before the vote.”");
        Assert.DoesNotContain("Ada Brunt", dataset.SpeakersOf("No one asked the drivers"));
    }

    [Fact]
    public void A_sentence_between_that_names_someone_else_stops_the_run()
    {
        var dataset = Analyzed.Of(
            "“The ruling changes how every shop sells online,” said trade lawyer Mara Quist.",
            "The seller's own lawyer, Tobias Renner, had a shorter answer after the hearing. “Nobody in this industry will forget what happened here today.”");
        Assert.DoesNotContain("Mara Quist", dataset.SpeakersOf("Nobody in this industry"));
    }

    [Fact]
    public void A_sentence_between_about_the_speaker_does_not_stop_the_run()
    {
        var dataset = Analyzed.Of(
            "“The ruling changes how every shop sells online,” said trade lawyer Mara Quist.",
            "Quist has argued such cases for twenty years. “Nobody in this industry will forget what happened here today.”");
        Assert.Equal(["Mara Quist"], dataset.SpeakersOf("Nobody in this industry"));
    }

    [Fact]
    public void A_quoted_question_whose_tag_names_the_asker_is_the_asker_s()
    {
        // through the whole pipeline: Structure's splitter keeps the question and its tag in one sentence
        const string page = "Depot to Close\n\n“The depot will close in June,” Councillor Ada Brunt said.\n\n“Where will the buses park overnight?” Piet Okafor asked her.\n";
        var result = new PipelineBuilder().Build().Convert(new SourceFile("depot.txt", System.Text.Encoding.UTF8.GetBytes(page)));
        Assert.Equal(["Piet Okafor"], result.Dataset!.SpeakersOf("Where will the buses park"));
    }

    [Fact]
    public void A_sentence_with_its_own_attribution_gets_no_second_row()
    {
        var dataset = Analyzed.Of(
            "“The bridge will reopen in March,” said Mayor Olena Virtanen. “Crews have finished the deck,” she added.");
        Assert.Single(dataset.Attributions, a => a.Content.Text.Contains("Crews have finished", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_whose_own_attribution_names_no_one_still_goes_on_with_the_speaker()
    {
        var dataset = Analyzed.Of(
            "“The bridge will reopen in March,” said Mayor Olena Virtanen. “I think the railings go up next week.”");
        Assert.Equal(["Olena Virtanen"], dataset.SpeakersOf("railings go up"));
    }
}
