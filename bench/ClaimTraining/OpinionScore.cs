using System.Globalization;
using DocReport.Analysis.Claims;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Round 39 (`tune --opinion-labels FILE`): a small opinion classifier, a logistic regression over the claim featurizer's words,
/// pairs and hand features (no letter 4-grams) trained on news-train-opinion.tsv (news-guideline.md, "Opinion or fact"), whose
/// probability becomes a feature of the claim model in five bands ("h:opinion:2" for 0.4 to 0.6). A news-train sentence is scored by
/// the classifier trained without the labels of its page's fold (the fold tune's news-cv holds it out in), every other sentence by
/// the one trained on all the labels: a held-out sentence's band never saw its own label. Only news-train is ever labelled.
/// </summary>
internal sealed class OpinionScore
{
    private const int Bands = 5;
    private readonly IReadOnlyDictionary<string, double> all;
    private readonly IReadOnlyDictionary<string, double>[] withoutFold;
    private readonly IReadOnlyDictionary<string, int> foldOfText;

    private OpinionScore(IReadOnlyDictionary<string, double> all, IReadOnlyDictionary<string, double>[] withoutFold, IReadOnlyDictionary<string, int> foldOfText) =>
        (this.all, this.withoutFold, this.foldOfText) = (all, withoutFold, foldOfText);

    /// <summary>The classifiers, from <paramref name="labelsPath"/> ("page TAB id TAB Yes|No TAB fact|opinion|mixed|none TAB sentence");
    /// <paramref name="opinionKinds"/> are the labels counted as opinion ("opinion", or "opinion,mixed"); <paramref name="newsTrainPath"/>
    /// gives each news-train sentence's page, so its fold.</summary>
    public static OpinionScore Train(string labelsPath, string newsTrainPath, IReadOnlyCollection<string> opinionKinds, TrainingSettings settings)
    {
        var labels = OpinionLabel.Read(labelsPath, opinionKinds);
        var folds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in NewsSet.Read(newsTrainPath)) folds.TryAdd(sentence.Sentence.Text, PageFolds.Of(sentence.Page));
        IReadOnlyDictionary<string, double> Fit(IEnumerable<OpinionLabel> chosen)
        {
            var list = chosen.ToList();
            var set = new EncodedSet([.. list.Select(s => FeaturesOf(s.Text).ToArray())], [.. list.Select(s => s.IsOpinion)], null, [.. list.Select(_ => 1.0)]);
            return TrainedModel.Train(set, settings).Weights;
        }
        var scores = new OpinionScore(Fit(labels), [.. Enumerable.Range(0, PageFolds.Count).Select(k => Fit(labels.Where(s => PageFolds.Of(s.Page) != k)))], folds);
        // how well the classifiers rank the labels they did not see (a labelled sentence found in the news-train file is scored out of fold)
        var auc = RankingQuality.Auc([.. labels.Select(s => scores.Probability(s.Text))], [.. labels.Select(s => s.IsOpinion)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"opinion labels: {labels.Count} sentences of {labels.Select(s => s.Page).Distinct().Count()} pages, {labels.Count(s => s.IsOpinion)} counted as opinion ({string.Join(",", opinionKinds)}); out-of-fold AUC {auc:F3}"));
        return scores;
    }

    /// <summary>The band feature of a sentence.</summary>
    public IEnumerable<string> Features(string text)
    {
        yield return "h:opinion:" + Math.Min(Bands - 1, (int)(Probability(text) * Bands)).ToString(CultureInfo.InvariantCulture);
    }

    private double Probability(string text)
    {
        var weights = foldOfText.TryGetValue(text, out var fold) ? withoutFold[fold] : all;
        return LogisticRegressionTrainer.Sigmoid(FeaturesOf(text).Sum(f => weights.GetValueOrDefault(f)));
    }

    /// <summary>The classifier's features of a sentence: the claim featurizer's, without the letter 4-grams.</summary>
    public static IEnumerable<string> FeaturesOf(string text) =>
        ClaimFeaturizer.Features(SentenceSignals.Read(text), null).Where(f => !f.StartsWith("c:", StringComparison.Ordinal));
}
