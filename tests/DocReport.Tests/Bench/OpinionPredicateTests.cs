using DocReport.Analysis.Claims;
using DocReport.Bench.ClaimTraining;

namespace DocReport.Tests.Bench;

// Round 38's candidate features of bench/ClaimTraining (tried, not kept): the writer's own opinion read from the predicate.
public class OpinionPredicateTests
{
    private static IEnumerable<string> Read(string sentence, bool inArticle = true) => OpinionPredicate.Features(SentenceSignals.Read(sentence), inArticle);

    [Theory]
    [InlineData("The new library is a wonderful place to read.")]
    [InlineData("Perhaps the council could listen to the tenants for once.")]
    public void A_judgement_with_nothing_checkable_is_judged(string sentence)
    {
        Assert.Contains(OpinionPredicate.JudgedFeature, Read(sentence));
    }

    [Theory]
    [InlineData("The wonderful library opened in 2019 with 40,000 books.")]
    [InlineData("The council approved the terrible plan on Monday.")]
    [InlineData("The ferry leaves the harbour at noon.")]
    public void A_figure_a_time_or_an_event_told_as_done_is_not_judged(string sentence)
    {
        Assert.DoesNotContain(OpinionPredicate.JudgedFeature, Read(sentence));
    }

    [Theory]
    [InlineData("It is obvious that the bridge needs repair.", true)]
    [InlineData("It's hard to see how the bakery will survive.", true)]
    [InlineData("It seems unlikely that the ferry will run this winter.", true)]
    [InlineData("It was announced that the ferry will stop in May.", false)]
    [InlineData("It is the third bakery on the street.", false)]
    public void An_impersonal_frame_grades_a_word_that_is_no_participle_nor_function_word(string sentence, bool frame)
    {
        Assert.Equal(frame, Read(sentence).Contains(OpinionPredicate.ImpersonalFeature));
    }

    [Theory]
    [InlineData("The mayor has been far too slow to act.", true)]
    [InlineData("The plan is extremely ambitious.", true)]
    [InlineData("Very few tenants came, and fewer than 10 stayed.", true)]
    [InlineData("The bakery sold 300 loaves on Saturday.", false)]
    public void A_degree_word_before_a_word_it_grades(string sentence, bool degree)
    {
        Assert.Equal(degree, Read(sentence).Contains(OpinionPredicate.DegreeFeature));
    }

    [Fact]
    public void Only_a_sentence_read_in_its_article_has_the_article_copies()
    {
        const string sentence = "It is obvious that the plan is extremely ambitious.";
        Assert.Contains("x:op:it-frame", Read(sentence));
        Assert.DoesNotContain(Read(sentence, inArticle: false), f => f.StartsWith("x:", StringComparison.Ordinal));
    }
}
