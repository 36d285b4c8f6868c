using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// A model fitted on CT24's early debates and the news training sentences, judged on held-out sentences: CT24's latest
/// debates, the news dev part, and each fold of the news training sentences scored by a model fitted without that fold
/// (out of fold). It gets two calibrations: Platt scaling and a threshold near the F1-best for debate lines fitted on the latest
/// debates alone, and for article sentences on the news dev part and the out-of-fold news scores alone, since the product
/// reads only articles and CT24 is reported in its own domain.
/// </summary>
internal sealed record Calibrated(TrainedModel Model, Calibrated.Genre Debate, Calibrated.Genre Article, HeldOutScore Late, HeldOutScore NewsDev, HeldOutScore NewsFolds)
{
    /// <summary>The out-of-fold score over the news training sentences drawn without a pattern (<see cref="ClaimSets.RandomDraws"/>), or null.</summary>
    public HeldOutScore? RandomDrawFolds { get; init; }

    /// <summary>Each news training sentence's out-of-fold probability under the article calibration, in file order.</summary>
    public IReadOnlyList<double> OutOfFoldProbabilities { get; init; } = [];

    /// <summary>Each news dev sentence's probability under the article calibration.</summary>
    public IReadOnlyList<double> NewsDevProbabilities { get; init; } = [];

    /// <summary>Platt scaling and threshold for one genre's sentences.</summary>
    public sealed record Genre(PlattScaling Platt, double Threshold)
    {
        public static Genre Fit(IReadOnlyList<double> logits, IReadOnlyList<bool> labels)
        {
            var platt = PlattScaling.Fit(logits, labels, logits.Select(_ => 1.0).ToList());
            return new Genre(platt, ThresholdOf(logits.Select(platt.Probability).ToList(), labels));
        }

        /// <summary>The middle of the F1-best run of candidate thresholds over <paramref name="probabilities"/>.</summary>
        public static double ThresholdOf(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
        {
            var f1 = CandidateThresholds.Select(t => ThresholdSearch.At(probabilities, labels, t).F1).ToList();
            return CandidateThresholds.Select((t, i) => (t, i)).MaxBy(x => Enumerable.Range(x.i - Smoothing, 2 * Smoothing + 1).Average(j => f1[Math.Clamp(j, 0, f1.Count - 1)])).t;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"platt a={Platt.A:F3} b={Platt.B:F3} threshold {Threshold:F2}");
    }

    public static Calibrated Fit(ClaimSets sets, TrainingSettings settings, double newsWeight, int keep, bool embeddings)
    {
        TrainedModel Train(EncodedSet news)
        {
            var training = sets.Early.Concat(news.Weighted(newsWeight));
            return TrainedModel.Train(embeddings ? training : training.WithoutEmbeddings(), settings).Pruned(keep);
        }
        var model = Train(sets.NewsTrain);
        var late = model.Logits(sets.Late);
        var newsDev = model.Logits(sets.NewsDev);
        var outOfFold = OutOfFold(sets, Train);
        var debate = Genre.Fit(late, sets.Late.Labels);
        var calibrating = sets.CalibrateOnRandomDraws ? sets.RandomDraws : outOfFold.Length;
        var article = Genre.Fit([.. newsDev, .. outOfFold[..calibrating]], [.. sets.NewsDev.Labels, .. sets.NewsTrain.Labels.Take(calibrating)]);
        return new Calibrated(model, debate, article, HeldOutScore.Of(late, sets.Late.Labels, debate),
            HeldOutScore.Of(newsDev, sets.NewsDev.Labels, article), HeldOutScore.Of(outOfFold, sets.NewsTrain.Labels, article))
        {
            OutOfFoldProbabilities = outOfFold.Select(article.Platt.Probability).ToList(),
            NewsDevProbabilities = newsDev.Select(article.Platt.Probability).ToList(),
            RandomDrawFolds = sets.RandomDraws > 0 ? HeldOutScore.Of(outOfFold[..sets.RandomDraws], sets.NewsTrain.Labels.Take(sets.RandomDraws).ToList(), article) : null,
        };
    }

    // The F1 curve is flat near its top, so its single best point moves with a few sentences: the threshold chosen is the
    // middle of the best run of 2 * Smoothing + 1 candidates (mean F1 over t - 0.02 ... t + 0.02).
    private const int Smoothing = 2;

    private static IEnumerable<double> CandidateThresholds => Enumerable.Range(10, 71).Select(t => t / 100.0);

    // Each news training sentence scored by the model fitted on the other folds (and all of CT24's early debates).
    private static double[] OutOfFold(ClaimSets sets, Func<EncodedSet, TrainedModel> train)
    {
        var logits = new double[sets.NewsTrain.Count];
        for (var fold = 0; fold < PageFolds.Count; fold++)
        {
            var inFold = Enumerable.Range(0, logits.Length).Where(i => sets.NewsTrainFolds[i] == fold).ToList();
            var model = train(sets.NewsTrain.Take(Enumerable.Range(0, logits.Length).Where(i => sets.NewsTrainFolds[i] != fold)));
            var scored = model.Logits(sets.NewsTrain.Take(inFold));
            for (var j = 0; j < inFold.Count; j++) logits[inFold[j]] = scored[j];
        }
        return logits;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"\n    debate:  {Debate}\n    article: {Article}\n    late      {Late}\n    news-dev  {NewsDev}\n    news-cv   {NewsFolds}{(RandomDrawFolds is { } random ? $"\n    news-cv random draws  {random}" : "")}");
}
