using DocReport.Model;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Tests.Analysis;

/// <summary>An article, an editorial or a tweet speaks for whoever the text says it is by; one owned by no one named is no source.</summary>
public class PieceSourceTests
{
    private const string Hailed =
        "The Harbour Courier on Saturday wrote that the ferry company had lost $9 million in 2015. Ten years ago, a Courier article hailed the ferry company as “the pride of the port” for the jobs it brought to the town.";

    [Fact]
    public void An_outlets_article_and_the_article_after_it_are_the_outlets()
    {
        var dataset = Analyzed.Of(
            Hailed,
            "“The company has turned a sleepy port into a busy town,” the article read.");
        Assert.Equal(["Harbour Courier"], dataset.SpeakersOf("Ten years ago"));
        Assert.Equal(["Harbour Courier"], dataset.SpeakersOf("a sleepy port"));
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("article", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_quoting_words_in_single_marks_still_gives_the_article_its_words()
    {
        var dataset = Analyzed.Of(
            Hailed,
            "“Ferry owners in the bay honored the company yesterday for what they called ‘the rescue of the decade,'” the article read.");
        Assert.Equal(["Harbour Courier"], dataset.SpeakersOf("the rescue of the decade"));
    }

    [Theory]
    [InlineData("An article claimed that the ferry company had lost $9 million in 2015.")]
    [InlineData("The ferry company lost $9 million in 2015. “The port is dying,” the article read.")]
    public void An_article_no_one_is_named_as_owning_cites_no_one(string text)
    {
        var dataset = Analyzed.Of(text);
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void An_article_in_a_linked_outlet_is_that_outlet_not_a_document_beside_it()
    {
        var article = ArticleFixture.Build(
            ["Green tea may help you sleep, according to an article in WebMD.", "“Tea calms the nerves of most drinkers,” WebMD noted."],
            [(0, "WebMD", "https://example.org/tea")]);
        var dataset = Analyzed.Of(article);
        Assert.Equal(["WebMD"], dataset.Sources.Select(s => s.Name));
        Assert.Equal(["WebMD"], dataset.SpeakersOf("Green tea may help"));
    }

    [Fact]
    public void A_study_in_a_linked_journal_stays_a_document()
    {
        var article = ArticleFixture.Build(
            ["Green tea may help you sleep, according to a study published in the Fernhill Journal of Sleep."],
            [(0, "Fernhill Journal of Sleep", "https://example.org/sleep")]);
        var dataset = Analyzed.Of(article);
        Assert.Equal([SourceKind.Document], dataset.Sources.Select(s => s.Kind));
    }

    [Fact]
    public void This_article_is_the_page_itself_not_its_writers_source()
    {
        var dataset = Analyzed.Of("The Harbour Courier has supplemented this Gullwing Wire article with quotes from a council report.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Gullwing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pieces_noun_the_tagger_read_with_the_verb_goes_back_to_the_source()
    {
        const string text = "Ten years ago, a Courier article hailed the ferry company.";
        var source = new TaggedSpan(SpanRole.Source, text.IndexOf("a Courier", StringComparison.Ordinal), text.IndexOf(" article", StringComparison.Ordinal), 0);
        var cue = new TaggedSpan(SpanRole.Cue, text.IndexOf("article", StringComparison.Ordinal), text.IndexOf(" the ferry", StringComparison.Ordinal), 0);
        var moved = PieceInCue.Moved(text, [source, cue]);
        Assert.Equal("a Courier article", text[moved[0].Start..moved[0].End]);
        Assert.Equal("hailed", text[moved[1].Start..moved[1].End]);
    }

    [Fact]
    public void A_piece_the_tagger_left_before_its_maker_opens_the_source()
    {
        const string text = "The tweet from Gullwing magazine reads, “The bridge will cost more than the port earns.”";
        var source = new TaggedSpan(SpanRole.Source, text.IndexOf("Gullwing", StringComparison.Ordinal), text.IndexOf(" reads", StringComparison.Ordinal), 0);
        var moved = PieceInCue.Moved(text, [source]);
        Assert.Equal("The tweet from Gullwing magazine", text[moved[0].Start..moved[0].End]);
    }

    [Theory]
    [InlineData("The ferry from Gullwing Bay leaves at noon, Ann Lee said.", "Ann Lee")]
    [InlineData("The tweet was deleted by noon, Ann Lee said.", "Ann Lee")]
    public void A_source_after_no_piece_stays_as_tagged(string text, string name)
    {
        var source = new TaggedSpan(SpanRole.Source, text.IndexOf(name, StringComparison.Ordinal), text.IndexOf(name, StringComparison.Ordinal) + name.Length, 0);
        Assert.Equal([source], PieceInCue.Moved(text, [source]));
    }

    [Fact]
    public void A_cue_that_opens_with_another_word_stays_as_tagged()
    {
        const string text = "Ten years ago, the Courier strongly hailed the ferry company.";
        var source = new TaggedSpan(SpanRole.Source, text.IndexOf("the Courier", StringComparison.Ordinal), text.IndexOf(" strongly", StringComparison.Ordinal), 0);
        var cue = new TaggedSpan(SpanRole.Cue, text.IndexOf("strongly", StringComparison.Ordinal), text.IndexOf(" the ferry", StringComparison.Ordinal), 0);
        Assert.Equal([source, cue], PieceInCue.Moved(text, [source, cue]));
    }
}
