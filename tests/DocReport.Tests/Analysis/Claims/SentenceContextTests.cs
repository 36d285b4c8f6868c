using DocReport.Analysis.Claims;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Tests.Analysis;

namespace DocReport.Tests.Analysis.Claims;

public class SentenceContextTests
{
    private const string Report = "The ministry said on Monday that 40 schools had closed. Officials expect more closures. The unions called a strike for Friday.";

    [Fact]
    public void Places_each_sentence_in_its_block_and_article()
    {
        var article = ArticleFixture.Build("Storm closes schools", Report, "A body paragraph in the middle. It says little.", "Photo: Jane Doe");

        var contexts = SentenceContext.Of(article.Paragraphs);

        Assert.Equal(article.Paragraphs.Sum(p => p.Sentences.Count), contexts.Count);
        Assert.Contains("x:at:alone", contexts[0].Features());
        Assert.Contains("x:position:start", contexts[0].Features());
        Assert.Equal(["x:at:first", "x:at:middle", "x:at:last"], contexts.Skip(1).Take(3).Select(c => c.Features().Single(f => f.StartsWith("x:at:"))));
        Assert.Contains("x:sentences:3-4", contexts[1].Features());
        Assert.Contains("x:length:short", contexts[^1].Features());
        Assert.Contains("x:position:end", contexts[^1].Features());
    }

    [Theory]
    [InlineData("“We will rebuild every school.”", true)]
    [InlineData("\"We will rebuild every school,\" the mayor said.", false)]
    [InlineData("The mayor said: “We will rebuild.”", false)]
    public void A_block_that_is_one_quotation_is_quote_only(string paragraph, bool quoteOnly)
    {
        var context = SentenceContext.Of(ArticleFixture.Build(paragraph).Paragraphs)[0];

        Assert.Equal(quoteOnly, context.Features().Contains("x:quote-only"));
    }

    [Fact]
    public void A_sentence_alone_in_a_short_list_item_scores_lower_than_in_a_report()
    {
        const string sentence = "The unions called a strike for Friday.";
        var report = ArticleFixture.Build("Storm closes schools", Report, "The ministry has not said when they will reopen. Parents were told to keep children at home.");
        var listed = report with { Paragraphs = [report.Paragraphs[0], ListItem(sentence, report.Paragraphs[1].Start), report.Paragraphs[2]] };
        var detector = new ClaimDetector(new PipelineOptions());

        double ScoreIn(Article article) => detector.AssessAll(article)[article.Paragraphs.SelectMany(p => p.Sentences).ToList().FindIndex(s => s.Text == sentence)].Score;

        Assert.True(ScoreIn(listed) < ScoreIn(report));
    }

    private static Paragraph ListItem(string text, int start) =>
        new("P2", 2, null, BlockKind.ListItem, text, start, start + text.Length) { Sentences = [new Sentence("P2.S1", text, start, start + text.Length)] };
}
