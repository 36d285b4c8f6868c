using DocReport.Bench.ClaimTraining;

namespace DocReport.Tests.Bench;

// Round 39's opinion classifier of bench/ClaimTraining (tried, not kept): trained on opinion labels, read by the claim model as a band.
public sealed class OpinionScoreTests : IDisposable
{
    // Two pages in different news-cv folds: the first's sentences are all labelled opinion, the second's all fact.
    private const string OpinionPage = "town-a.html";
    private const string FactPage = "town-b.html";

    // Made-up opinions and facts, also round 40's learning curve's (OpinionCurveTests).
    internal static readonly string[] Opinions =
    [
        "The new parking rules are a disgrace and an insult to every shopper.",
        "Frankly, the mayor's plan is a shameful waste that nobody should support.",
        "The council's decision is an insult, and a disgrace to the town.",
        "This shameful plan is the worst idea the town has seen.",
    ];

    internal static readonly string[] Facts =
    [
        "The council voted 7 to 2 on Monday to close the bridge for repairs.",
        "The bakery opened in 1998 and employs 14 people.",
        "Police arrested two men on Friday after a break-in at the station.",
        "The ferry carried 3,200 passengers in March, the operator said.",
    ];

    private readonly string folder = Directory.CreateTempSubdirectory("opinion-score").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private OpinionScore Trained()
    {
        var labels = Path.Combine(folder, "labels.tsv");
        var newsTrain = Path.Combine(folder, "news-train.tsv");
        File.WriteAllLines(labels, ["# made-up labels",
            .. Opinions.Select((s, i) => $"{OpinionPage}\tP{i}.S1\tNo\topinion\t{s}"),
            .. Facts.Select((s, i) => $"{FactPage}\tP{i}.S1\tYes\tfact\t{s}")]);
        File.WriteAllLines(newsTrain, [.. Opinions.Select((s, i) => $"train\t{OpinionPage}\tP{i}.S1\tNo\t{s}"), .. Facts.Select((s, i) => $"train\t{FactPage}\tP{i}.S1\tYes\t{s}")]);
        return OpinionScore.Train(labels, newsTrain, ["opinion"], new TrainingSettings(L2: 1e-3, Epochs: 100, LearningRate: 0.05, PositiveWeight: 1, MinimumCount: 1));
    }

    private static int Band(OpinionScore scores, string sentence) => int.Parse(Assert.Single(scores.Features(sentence))["h:opinion:".Length..]);

    [Fact]
    public void The_pages_are_in_different_folds()
    {
        Assert.NotEqual(PageFolds.Of(OpinionPage), PageFolds.Of(FactPage));
    }

    [Fact]
    public void A_new_sentence_in_the_words_of_the_opinions_gets_a_higher_band_than_one_in_the_words_of_the_facts()
    {
        var scores = Trained();
        Assert.True(Band(scores, "What a disgrace: the plan is a shameful insult.") > Band(scores, "The council voted on Monday to close the station."));
    }

    [Fact]
    public void A_labelled_sentence_is_scored_by_the_classifier_that_never_saw_its_page()
    {
        // Without its own page, the classifier has seen facts alone, so an opinion of that page falls in the lowest band, while the
        // same words in a sentence from elsewhere are read by the classifier trained on every label.
        var scores = Trained();
        Assert.Equal(0, Band(scores, Opinions[0]));
        Assert.True(Band(scores, Opinions[0] + " Shameful!") > 0);
    }
}
