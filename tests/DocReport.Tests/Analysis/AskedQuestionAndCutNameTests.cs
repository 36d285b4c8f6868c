using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Tests.Analysis;

public class AskedQuestionAndCutNameTests
{
    [Theory]
    [InlineData("After board member Rita Vance asked last week “Why has the bridge taken two years?” the engineer promised a date.")]
    [InlineData("Board member Rita Vance asked how the buses would cross the bridge.")]
    public void Asking_a_question_cites_who_asked(string sentence)
    {
        var dataset = Analyzed.Of("The bridge over the Tarn has been closed since 2023.", sentence);
        var attribution = Assert.Single(dataset.Attributions, a => a.Source.Text.EndsWith("Rita Vance", StringComparison.Ordinal));
        Assert.Equal(dataset.SourceNamed("Rita Vance").Id, attribution.SourceId);
    }

    [Theory]
    [InlineData("Board member Rita Vance asked the court to delay the hearing.")]
    [InlineData("Board member Rita Vance asked for a delay.")]
    [InlineData("Board member Rita Vance was once asked what she thought of the bridge.")]
    [InlineData("We asked readers how they would cross the bridge.")]
    public void Asking_for_something_being_asked_or_the_writers_asking_cites_no_one(string sentence)
    {
        var dataset = Analyzed.Of("The bridge over the Tarn has been closed since 2023.", sentence);
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void A_source_cut_after_a_given_name_takes_the_surname_after_it()
    {
        const string text = "Trust Executive Director Javier Betancourt at that time asked for a vote.";
        var cut = new TaggedSpan(SpanRole.Source, 0, text.IndexOf(" Betancourt", StringComparison.Ordinal), 0);
        var whole = CutName.Whole(text, cut);
        Assert.Equal("Trust Executive Director Javier Betancourt", text[whole.Start..whole.End]);
    }

    [Theory]
    [InlineData("Director Javier Monday asked for a vote.", "Director Javier")]
    [InlineData("Director Anna Tuesday asked for a vote.", "Director Anna")]
    [InlineData("Senator Ann Graham Says Tax Plan Will Fail", "Senator Ann Graham")]
    [InlineData("Governor Mark Vows To Fight Tax Plan", "Governor Mark")]
    public void A_day_a_headline_verb_or_a_full_name_takes_no_surname(string text, string source)
    {
        var cut = new TaggedSpan(SpanRole.Source, 0, source.Length, 0);
        Assert.Equal(cut, CutName.Whole(text, cut));
    }

    [Fact]
    public void Calling_a_thing_a_quoted_word_after_and_cites_the_one_the_sentence_opens_with()
    {
        var dataset = Analyzed.Of(
            "Council member Ann Reyes won the seat by 700 votes.",
            "Reyes, who chairs the zoning board, campaigned on the issue — and called the mayor's reversal “heartbreaking,” according to the Harbour Times.");
        var sentence = dataset.Attributions.Where(a => a.SentenceId == "P2.S1").Select(a => a.SourceId).ToList();
        Assert.Contains(dataset.SourceNamed("Ann Reyes").Id, sentence);
        Assert.Contains(dataset.SourceNamed("Harbour Times").Id, sentence);
    }

    [Theory]
    [InlineData("Smith's lawyer filed the appeal and called the ruling “unfair.”", "Smith")]
    [InlineData("Though she called the fees “outrageous” and called for bonuses to be “clawed back,” Ann Smith spoke of banks only in general.", "Though")]
    public void Someone_else_s_name_or_a_conjunction_opening_the_sentence_calls_nothing(string sentence, string notSource)
    {
        var dataset = Analyzed.Of("The appeal was filed on Monday.", sentence);
        Assert.DoesNotContain(dataset.Sources, s => s.Name == notSource);
    }
}
