using DocReport.Pipeline;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>
/// Quotations with no cue of their own (round 28): a short one going on in its speaker's paragraph, one after a sentence of
/// narration that names its speaker and tells of speech, a block quotation after a sentence reporting a message.
/// </summary>
public class NarratedQuotationTests
{
    private const string Ruling = "“This ruling protects every family on the waterfront. The port cannot appeal it.”";

    [Fact]
    public void A_short_quotation_that_is_a_whole_sentence_goes_on_in_the_speaker_s_paragraph()
    {
        var dataset = Analyzed.Of("“The north pier closes on Monday for the whole winter,” said Marta Olsen. “No exceptions.”");
        Assert.Equal(["Marta Olsen"], dataset.SpeakersOf("No exceptions"));
    }

    [Fact]
    public void A_quotation_after_narration_naming_its_speaker_and_a_statement_is_theirs()
    {
        var dataset = Analyzed.Of("The judge ruled for the tenants on Thursday.", "Their lawyer, Tomas Weller, had a shorter statement after the hearing.", Ruling);
        Assert.Equal(["Tomas Weller"], dataset.SpeakersOf("protects every family"));
        Assert.Equal(["Tomas Weller"], dataset.SpeakersOf("port cannot appeal"));
    }

    [Fact]
    public void A_quotation_after_another_speaker_s_narration_is_not_the_first_speaker_s()
    {
        var dataset = Analyzed.Of("“We will keep fighting for the pier,” said Marta Olsen, who chairs the port board.",
            "Their lawyer, Tomas Weller, had a shorter statement after the hearing.", Ruling);
        Assert.Equal(["Tomas Weller"], dataset.SpeakersOf("protects every family"));
    }

    [Fact]
    public void Narration_that_tells_of_no_speech_credits_no_one()
    {
        var dataset = Analyzed.Of("Tomas Weller walked out of the courthouse after the hearing.", Ruling);
        Assert.Empty(dataset.SpeakersOf("protects every family"));
    }

    [Fact]
    public void Narration_between_stops_the_quotation_going_on()
    {
        var dataset = Analyzed.Of("Their lawyer, Tomas Weller, had a shorter statement after the hearing.", Ruling,
            "The harbour has been losing money since the ferries moved to the new terminal in the east.",
            "“Nobody from the board came to the hearing, and the families noticed that.”");
        Assert.Equal(["Tomas Weller"], dataset.SpeakersOf("protects every family"));
        Assert.Empty(dataset.SpeakersOf("Nobody from the board"));
    }

    [Fact]
    public void A_heading_between_ends_the_narrated_speaker_s_quotation()
    {
        var dataset = Converted("# Pier\n\nThe judge ruled for the tenants on Thursday.\n\nTheir lawyer, Tomas Weller, had a shorter statement after the hearing.\n\n"
            + "## What comes next\n\n" + Ruling + "\n");
        Assert.Empty(dataset.SpeakersOf("protects every family"));
    }

    [Fact]
    public void A_block_quotation_after_a_sentence_reporting_posts_is_the_poster_s()
    {
        var dataset = Converted("# Pier\n\nThe old pier closed last week.\n\nHarbour master Ines Vautrin wrote a series of posts about the closure.\n\n"
            + "> The pier is unsafe in any storm. We will rebuild it by the spring.\n\nThe council meets again in March.\n");
        Assert.Equal(["Ines Vautrin"], dataset.SpeakersOf("unsafe in any storm"));
        Assert.Empty(dataset.SpeakersOf("council meets again"));
    }

    [Fact]
    public void A_block_quotation_after_a_report_naming_no_message_is_no_one_s()
    {
        var dataset = Converted("# Pier\n\nThe old pier closed last week.\n\nHarbour master Ines Vautrin said the pier had been unsafe for years.\n\n"
            + "> A harbour is only as strong as its oldest wall.\n\nThe council meets again in March.\n");
        Assert.Empty(dataset.SpeakersOf("oldest wall"));
    }

    private static Model.ArticleDataset Converted(string markdown) =>
        new PipelineBuilder().Build().Convert(new SourceFile("page.md", System.Text.Encoding.UTF8.GetBytes(markdown))).Dataset!;
}
