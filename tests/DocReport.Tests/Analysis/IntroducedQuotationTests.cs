using DocReport.Pipeline;

namespace DocReport.Tests.Analysis;

/// <summary>A paragraph ending in a colon that names a speaker introduces the quotation set in the next paragraph.</summary>
public class IntroducedQuotationTests
{
    [Fact]
    public void A_quotation_after_a_weak_cue_and_the_following_is_the_speaker_s()
    {
        var dataset = Analyzed.Of(
            "In a pamphlet on the drought, river warden Lena Ortiz states the following:",
            "“The streams dry up every August now. Farmers upstream take more water than their permits allow.”");
        Assert.Equal(["Lena Ortiz"], dataset.SpeakersOf("streams dry up"));
        Assert.Equal(["Lena Ortiz"], dataset.SpeakersOf("Farmers upstream take"));
    }

    [Fact]
    public void A_block_quotation_with_no_marks_after_a_colon_is_the_speaker_s()
    {
        const string page = "# Fares\n\nThe transit board raised fares twice this year.\n\n"
            + "One reader, Tobias Renner, noted that the monthly pass now costs more than his rent:\n\n"
            + "> I wonder how anyone on a pension pays for this. The buses are no faster than they were ten years ago.\n\n"
            + "The board meets again in March.\n";
        var dataset = Converted(page);
        Assert.Equal(["Tobias Renner"], dataset.SpeakersOf("anyone on a pension"));
        Assert.Equal(["Tobias Renner"], dataset.SpeakersOf("buses are no faster"));
        Assert.Empty(dataset.SpeakersOf("board meets again"));
    }

    [Fact]
    public void A_quotation_with_its_own_speaker_is_not_taken_by_the_colon_before()
    {
        var dataset = Analyzed.Of(
            "Councillor Ada Brunt said the plan had two flaws:",
            "“The road is too narrow for the lorries and the school bus, and nobody asked the families who live on it,” resident Piet Okafor said.");
        Assert.Equal(["Piet Okafor"], dataset.SpeakersOf("road is too narrow"));
        Assert.Equal(["Piet Okafor"], dataset.SourceNamesOf(dataset.ClaimContaining("road is too narrow")));
    }

    [Fact]
    public void Each_point_of_a_list_after_said_and_a_colon_is_the_speaker_s()
    {
        const string page = "# Harbour plans\n\nThe harbour master gave a long interview to the town's radio station on Monday.\n\n"
            + "In the interview, harbour master Ines Vautrin also said:\n\n"
            + "- The old pier must close before the winter storms\n"
            + "- She would speak \"plainly\" to the ferry company about its late boats\n"
            + "- Fishing boats will keep their moorings for free\n\n"
            + "The council meets again in March.\n";
        var dataset = Converted(page);
        Assert.Equal(["Ines Vautrin"], dataset.SpeakersOf("old pier must close"));
        Assert.Equal(["Ines Vautrin"], dataset.SpeakersOf("speak \"plainly\""));
        Assert.Equal(["Ines Vautrin"], dataset.SpeakersOf("keep their moorings"));
        Assert.Empty(dataset.SpeakersOf("council meets again"));
    }

    [Fact]
    public void A_point_that_quotes_another_speaker_is_not_taken_by_the_colon_before()
    {
        const string page = "# Harbour plans\n\nIn the interview, harbour master Ines Vautrin also said:\n\n"
            + "- The old pier must close before the winter storms\n"
            + "- \"The ferry is late every single morning,\" skipper Arno Bellec told her\n\n"
            + "The council meets again in March.\n";
        var dataset = Converted(page);
        Assert.Equal(["Ines Vautrin"], dataset.SpeakersOf("old pier must close"));
        Assert.Equal(["Arno Bellec"], dataset.SpeakersOf("ferry is late"));
    }

    [Fact]
    public void A_paragraph_after_a_speaker_and_cue_alone_is_the_speaker_s_words_when_its_marks_were_lost()
    {
        var dataset = Analyzed.Of(
            "Councillor Maren Holt spoke against the bypass at the meeting.",
            "Holt added:",
            "The road would cut the common in two. Nobody has counted the lorries that would use it.",
            "The council votes on the plan in May.");
        Assert.Equal(["Maren Holt"], dataset.SpeakersOf("cut the common"));
        Assert.Equal(["Maren Holt"], dataset.SpeakersOf("Nobody has counted"));
        Assert.Empty(dataset.SpeakersOf("council votes on"));
    }

    [Theory]
    [InlineData("In a letter to residents on Friday, Councillor Maren Holt wrote:")]
    [InlineData("As Councillor Maren Holt told the planning committee:")]
    [InlineData("Councillor Maren Holt argued that:")]
    [InlineData("Councillor Maren Holt wrote the following after the vote:")]
    public void A_plain_paragraph_after_a_colon_that_says_only_who_speaks_and_how_is_the_speaker_s(string introduction)
    {
        var dataset = Analyzed.Of("The bypass was the council's main business this year.", introduction,
            "The road would cut the common in two. Nobody has counted the lorries that would use it.", "The council votes on the plan in May.");
        Assert.Equal(["Maren Holt"], dataset.SpeakersOf("cut the common"));
        Assert.Equal(["Maren Holt"], dataset.SpeakersOf("Nobody has counted"));
        Assert.Empty(dataset.SpeakersOf("council votes on"));
    }

    [Fact]
    public void Only_the_first_plain_paragraph_after_a_colon_is_the_speaker_s()
    {
        var dataset = Analyzed.Of("In a statement on Monday, the ferry company said:", "Two boats will be out of service until March.",
            "Passengers on the island have waited for a second boat since the summer.");
        Assert.Equal(["unnamed ferry company"], dataset.SpeakersOf("out of service"));
        Assert.Empty(dataset.SpeakersOf("Passengers on the island"));
    }

    [Fact]
    public void A_quotation_after_a_narrated_speaker_named_after_an_opening_phrase_is_theirs()
    {
        var dataset = Analyzed.Of("Councillor Maren Holt spoke against the bypass in the spring.",
            "At the planning meeting on Tuesday, Holt had a blunter message:", "“The road would cut the common in two, and nobody has counted the lorries.”");
        Assert.Equal(["Maren Holt"], dataset.SpeakersOf("cut the common"));
    }

    [Fact]
    public void A_list_after_the_following_in_what_someone_said_is_theirs()
    {
        var dataset = Analyzed.Of("The Harbour Gazette suggested that the mayor has the following tasks ahead of her this winter:",
            "Repair the north pier before the storms and reopen the ferry office.");
        Assert.Equal(["Harbour Gazette"], dataset.SpeakersOf("Repair the north pier"));
    }

    [Theory]
    [InlineData("Councillor Maren Holt said the bypass had grown dearer since the spring:")]
    [InlineData("Councillor Maren Holt told the committee that the bypass had grown dearer:")]
    [InlineData("The council published the figures for the bypass:")]
    public void A_plain_paragraph_after_a_colon_that_says_more_than_who_speaks_stays_the_writer_s(string introduction)
    {
        var dataset = Analyzed.Of(introduction, "The road would cost twelve million pounds. Work would start in the autumn.");
        Assert.Empty(dataset.SpeakersOf("twelve million"));
        Assert.Empty(dataset.SpeakersOf("Work would start"));
    }

    // through the whole pipeline: a Markdown block quotation or list is read as paragraphs of their own kind
    private static Model.ArticleDataset Converted(string markdown) =>
        new PipelineBuilder().Build().Convert(new SourceFile("page.md", System.Text.Encoding.UTF8.GetBytes(markdown))).Dataset!;

    [Theory]
    [InlineData("\"Marisol thought the whole fuss was silly. She was tired, sure.", false)]
    [InlineData("\"Marisol thought the whole fuss was silly. She was tired, sure.\"", true)]
    public void A_pronoun_in_the_paragraph_going_on_with_a_block_left_open_is_not_its_writer(string lastBlockParagraph, bool closed)
    {
        var dataset = Analyzed.Of(
            "The paper sent its reporter Dana Whitfield to a small town in Ohio. Whitfield reports:",
            "\"The first time she had seen the candidate, at a rally in May, she was just starting to feel heard.",
            lastBlockParagraph,
            "“It never crossed my mind that I was ill,” she said several months after her release, and the reason was the rise of the candidate.\"");
        Assert.Contains("Dana Whitfield", dataset.SpeakersOf("starting to feel heard"));
        Assert.Equal(closed, dataset.SpeakersOf("never crossed my mind").Contains("Dana Whitfield"));
    }
}
