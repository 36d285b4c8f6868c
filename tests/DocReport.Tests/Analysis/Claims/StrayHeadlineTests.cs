using System.Text;
using DocReport.Analysis.Claims;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Validation;

namespace DocReport.Tests.Analysis.Claims;

public class StrayHeadlineTests
{
    private const string Body = "Police arrested two men on Friday after a protest in Leeds city centre. Officers said 300 people had gathered near the town hall.";

    private static ArticleDataset Convert(string text) =>
        new PipelineBuilder().Build().Convert(new SourceFile("leeds.txt", Encoding.UTF8.GetBytes(text))).Dataset!;

    [Fact]
    public void A_headline_too_long_for_a_title_stays_in_the_body_but_is_not_a_claim()
    {
        // 19 words, more than a title may have (TitleSelector); its figures and date would make a sentence of them a claim.
        const string headline = "Police Arrested 2 Men on Friday After 300 People Gathered Near Leeds Town Hall, the Police Said on Saturday";

        var dataset = Convert(headline + "\n\n" + Body + "\n");

        Assert.Equal(TitleOrigin.FirstSentence, dataset.Document.TitleOrigin);
        Assert.Equal(headline, dataset.Paragraphs[0].Sentences[0].Text);
        Assert.True(dataset.Paragraphs[0].Sentences[0].Score >= ClaimModel.Shared.Article.Threshold, "the headline no longer scores as a claim: the test shows nothing");
        Assert.False(dataset.Paragraphs[0].Sentences[0].IsClaim);
        Assert.DoesNotContain(dataset.Claims, c => c.Text == headline);
        Assert.Contains(dataset.Claims, c => c.Text.StartsWith("Police arrested two men", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_may_still_be_a_claim()
    {
        var dataset = Convert(Body + "\n\nThe protest remained peaceful.\n");

        Assert.Equal(TitleOrigin.FirstSentence, dataset.Document.TitleOrigin);
        Assert.True(dataset.Paragraphs[0].Sentences[0].IsClaim);
    }

    [Theory]
    [InlineData("Police Arrest 2 Men After 300 Gather at Leeds Town Hall on Friday.")]
    [InlineData("Police arrest 2 men after 300 gather at Leeds town hall on Friday.")]
    [InlineData("The Latest: police arrest 2 men after 300 gather at the town hall on Friday.")]
    [InlineData("Police arrest 2 men after Leeds protest; Officers say 300 gathered near town hall on Friday.")]
    [InlineData("Police Say 2 Men Were Arrested After 300 People Gathered Outside Leeds Town Hall For A Protest On Friday.")]
    [InlineData("Police call Friday's protest by 300 at Leeds town hall 'peaceful.'")]
    public void A_short_headline_closed_by_a_full_stop_is_not_a_claim(string headline)
    {
        var dataset = Convert(headline + "\n\n" + Body + "\n");

        Assert.Equal(TitleOrigin.FirstSentence, dataset.Document.TitleOrigin);
        Assert.Equal(headline, dataset.Paragraphs[0].Sentences[0].Text);
        Assert.True(dataset.Paragraphs[0].Sentences[0].Score >= ClaimModel.Shared.Article.Threshold, "the headline no longer scores as a claim: the test shows nothing");
        Assert.False(dataset.Paragraphs[0].Sentences[0].IsClaim);
        Assert.Contains(dataset.Claims, c => c.Text.StartsWith("Police arrested two men", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_closed_by_a_full_stop_is_the_given_title_and_not_said_to_be_derived()
    {
        var dataset = Convert("Police arrest 2 men after Leeds town hall protest.\n\n" + Body + "\n");

        Assert.Equal("Police arrest 2 men after Leeds town hall protest", dataset.Document.Title);
        Assert.DoesNotContain(dataset.Validation, v => v.Code == ValidationCodes.TitleDerived);
    }

    [Theory]
    // Prose: the first sentence made the title, which the input did not give.
    [InlineData("Police arrested two men after a protest at the town hall in Leeds.")]
    // A headline longer than a title may be: the title is only its first words.
    [InlineData("Police Say 2 Men Were Arrested After 300 People Gathered Outside Leeds Town Hall For A Protest On Friday.")]
    public void A_title_made_from_prose_or_cut_from_a_long_headline_is_still_said_to_be_derived(string firstLine)
    {
        var dataset = Convert(firstLine + "\n\n" + Body + "\n");

        Assert.Equal(TitleOrigin.FirstSentence, dataset.Document.TitleOrigin);
        Assert.Contains(dataset.Validation, v => v.Code == ValidationCodes.TitleDerived);
    }

    [Theory]
    [InlineData("Police arrested two men after a protest at the town hall in Leeds.")]
    [InlineData("Police arrested two men in Leeds: the protest was the largest in years.")]
    [InlineData("Police arrested two men in Leeds; the protest was the largest in years.")]
    [InlineData("Officers arrested two men after a protest outside Leeds town hall on Friday evening, police said in a statement on Saturday.")]
    public void A_first_paragraph_of_one_sentence_written_as_prose_may_still_be_a_claim(string lede)
    {
        var dataset = Convert(lede + "\n\nOfficers said 300 people had gathered near the town hall.\n");

        Assert.Equal(TitleOrigin.FirstSentence, dataset.Document.TitleOrigin);
        Assert.Single(dataset.Paragraphs[0].Sentences);
        Assert.True(dataset.Paragraphs[0].Sentences[0].IsClaim);
    }

    [Fact]
    public void A_document_of_one_short_sentence_keeps_it_as_a_claim()
    {
        var dataset = Convert("Police arrest two men after Leeds town hall protest on Friday.\n");

        Assert.True(dataset.Paragraphs[0].Sentences[0].IsClaim);
    }
}
