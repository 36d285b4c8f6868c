using DocReport.Analysis.Claims;

namespace DocReport.Tests.Analysis.Claims;

public class ClaimModelTests
{
    [Fact]
    public void The_embedded_weights_load()
    {
        var model = ClaimModel.Shared;

        Assert.True(model.FeatureCount > 1000, $"only {model.FeatureCount} weights were read");
    }

    [Fact]
    public void A_weights_file_skips_comments_and_keeps_features_with_spaces()
    {
        var model = ClaimModel.Parse("# how it was trained\nh:bias\t-1.5\nb:tax cuts\t2\r\nnot a weight line\n");

        Assert.Equal(2, model.FeatureCount);
        Assert.Equal(0.5, model.Logit(["h:bias", "b:tax cuts", "u:unknown"]), 6);
    }

    [Fact]
    public void Embedding_lines_weigh_the_dimensions_of_a_sentence_embedding()
    {
        var model = ClaimModel.Parse("h:bias\t0.5\ne:1\t2\ne:0\t-1\n");

        Assert.Equal(2, model.EmbeddingDimensions);
        Assert.Equal(1, model.FeatureCount);
        Assert.Equal(0.5 - 0.25 + 2 * 0.5, model.Logit(["h:bias"], [0.25f, 0.5f]), 6);
        Assert.Equal(0.5, model.Logit(["h:bias"]), 6);
    }

    [Fact]
    public void Debate_lines_rescale_the_article_logit_and_have_their_own_threshold()
    {
        var model = ClaimModel.Parse("@threshold\t0.3\n@debate-scale\t2\n@debate-shift\t-0.5\n@debate-threshold\t0.6\nh:bias\t1\n");
        var logit = model.Logit(["h:bias"]);

        Assert.Equal(ClaimModel.Sigmoid(1), model.For(ClaimGenre.Article).Score(logit), 6);
        Assert.Equal(ClaimModel.Sigmoid(1.5), model.For(ClaimGenre.Debate).Score(logit), 6);
        Assert.Equal(0.3, model.Article.Threshold, 6);
        Assert.Equal(0.6, model.Debate.Threshold, 6);
    }

    [Fact]
    public void Without_debate_lines_the_article_calibration_serves_debates()
    {
        var model = ClaimModel.Parse("@threshold\t0.3\nh:bias\t1\n");

        Assert.Equal(model.Article, model.Debate);
        Assert.Equal(1, model.FeatureCount);
    }

    [Fact]
    public void The_embedded_model_has_a_debate_calibration_of_its_own()
    {
        Assert.NotEqual(ClaimModel.Shared.Article, ClaimModel.Shared.Debate);
        Assert.InRange(ClaimModel.Shared.Debate.Threshold, 0.05, 0.95);
    }

    [Theory]
    [InlineData("Photo: Reuters", true)]
    [InlineData("The council said 40% of homes were hit.", false)]
    [InlineData("“We will rebuild,” she said.”", false)]
    public void A_sentence_that_does_not_end_like_one_is_marked_unterminated(string sentence, bool unterminated)
    {
        Assert.Equal(unterminated, ClaimFeaturizer.Features(SentenceSignals.Read(sentence)).Contains("h:unterminated"));
    }

    [Fact]
    public void Source_code_is_marked_as_code_and_prose_is_not()
    {
        Assert.Contains("h:code", ClaimFeaturizer.Features(SentenceSignals.Read("var copy = new Request(req); console.log(copy.url);")));
        Assert.DoesNotContain("h:code", ClaimFeaturizer.Features(SentenceSignals.Read("The copy was sent to the court on Monday.")));
    }

    [Fact]
    public void The_featurizer_gives_each_feature_once()
    {
        var features = ClaimFeaturizer.Features(SentenceSignals.Read("The tax, the tax, the tax.")).ToList();

        Assert.Equal(features.Count, features.Distinct().Count());
        Assert.Contains("u:tax", features);
        Assert.Contains("b:the tax", features);
    }

    [Theory]
    [InlineData("1,200 people", new[] { "1,200", "people" })]
    [InlineData("Don't stop.", new[] { "don't", "stop" })]
    [InlineData("The U.S. economy grew 3.5%", new[] { "the", "u.s", "economy", "grew", "3.5", "%" })]
    public void Tokens_keep_numbers_and_contractions_whole(string sentence, string[] expected)
    {
        Assert.Equal(expected, SentenceTokenizer.Tokenize(sentence).Select(t => t.Lower));
    }

    [Fact]
    public void Longer_words_give_letter_four_grams_with_word_boundaries_and_short_words_none()
    {
        var features = ClaimFeaturizer.Features(SentenceSignals.Read("Prices rose.")).Where(f => f.StartsWith("c:", StringComparison.Ordinal)).ToList();

        Assert.Equal(["c:^pri", "c:pric", "c:rice", "c:ices", "c:ces$"], features);
    }

    [Fact]
    public void An_unseen_word_form_shares_letter_grams_with_a_seen_one()
    {
        var seen = ClaimFeaturizer.Features(SentenceSignals.Read("unemployment")).ToHashSet();
        var unseen = ClaimFeaturizer.Features(SentenceSignals.Read("unemployed"));

        Assert.Contains(unseen, f => f.StartsWith("c:", StringComparison.Ordinal) && seen.Contains(f));
    }
}
