using DocReport.Bench.ClaimTraining;

namespace DocReport.Tests.Bench;

// Round 25 tried two variants of the claim models in bench/ClaimTraining: the accurate model's vector of the reported
// content alone (ReportedContent takes the attribution frame off before the sentence is embedded), and boosted trees over
// the binary features after the logistic regression. These tests pin what each does on made-up sentences and features.
public sealed class ClaimTrainingVariantsTests
{
    [Theory]
    [InlineData("The council said that the bridge would reopen in May.", "the bridge would reopen in May.")]
    [InlineData("Fares will rise by five percent next year, the operator said.", "Fares will rise by five percent next year")]
    [InlineData("“We closed two depots in March,” the manager told reporters.", "We closed two depots in March")]
    [InlineData("According to the coroner, the fire started in the kitchen.", "the fire started in the kitchen.")]
    public void The_frame_comes_off_and_the_reported_content_stays(string sentence, string content) =>
        Assert.Equal(content, ReportedContent.Of(sentence));

    [Theory]
    [InlineData("The bridge reopened in May after two years of repairs.")]
    [InlineData("In the spring, the depot that the manager said was closing stayed open.")]
    [InlineData("“No,” she said.")]
    public void A_sentence_without_a_frame_or_with_too_little_left_stays_whole(string sentence) =>
        Assert.Equal(sentence, ReportedContent.Of(sentence));

    // A label that is one feature or the other but not both: no sum of feature weights fits it, two levels of a tree do.
    [Fact]
    public void Boosted_trees_learn_an_interaction_a_weighted_sum_cannot()
    {
        // Unequal groups, so the first split already gains (with equal ones a greedy tree sees no gain at its root).
        var features = Enumerable.Range(0, 400).Select(i => i < 150 ? [] : i < 250 ? ["a"] : i < 350 ? new[] { "b" } : ["a", "b"]).ToList();
        var labels = features.Select(f => f.Length == 1).ToList();
        var settings = new TrainingSettings(0, 0, 0, 1, 1) { BoostRounds = 50, BoostDepth = 2, BoostRate = 0.3, BoostMinimumCount = 10 };

        var trees = BoostedTrees.Fit(features, labels, [.. Enumerable.Repeat(1.0, 400)], new double[400], settings);

        Assert.True(trees.Logit(["a"]) > 1 && trees.Logit(["b"]) > 1, "one feature alone is the positive case");
        Assert.True(trees.Logit([]) < -1 && trees.Logit(["a", "b"]) < -1, "neither and both are the negative case");
    }

    [Fact]
    public void Boosted_trees_never_split_on_a_feature_rarer_than_the_least_count()
    {
        var features = Enumerable.Range(0, 200).Select(i => i < 5 ? new[] { "rare" } : i % 2 == 0 ? new[] { "common" } : []).ToList();
        var labels = features.Select(f => f.Contains("rare") || f.Contains("common")).ToList();
        var settings = new TrainingSettings(0, 0, 0, 1, 1) { BoostRounds = 20, BoostDepth = 2, BoostRate = 0.3, BoostMinimumCount = 10 };

        var trees = BoostedTrees.Fit(features, labels, [.. Enumerable.Repeat(1.0, 200)], new double[200], settings);

        Assert.Equal(["common"], trees.Features);
        Assert.Equal(trees.Logit([]), trees.Logit(["rare"]));
    }

    // With --boost-vectors the trees also split on each embedding dimension's upper half; here the label is the vector's sign alone.
    [Fact]
    public void Boosted_trees_split_on_a_vector_dimension_when_asked()
    {
        var vectors = Enumerable.Range(0, 200).Select(i => new[] { i % 2 == 0 ? 1f : -1f, (i % 7) / 7f }).ToList();
        var set = new EncodedSet([.. vectors.Select(_ => Array.Empty<string>())], [.. vectors.Select(v => v[0] > 0)], vectors, [.. Enumerable.Repeat(1.0, 200)]);
        var settings = new TrainingSettings(0, 0, 0, 1, 1) { BoostRounds = 20, BoostDepth = 1, BoostRate = 0.3, BoostMinimumCount = 10 };

        var withVectors = BoostedTrees.Fit(set, set.Weights, new double[200], settings with { BoostVectors = true });
        var without = BoostedTrees.Fit(set, set.Weights, new double[200], settings);

        Assert.True(withVectors.Logit(set, 0) > 1 && withVectors.Logit(set, 1) < -1);
        Assert.Equal(without.Logit(set, 0), without.Logit(set, 1));
    }
}
