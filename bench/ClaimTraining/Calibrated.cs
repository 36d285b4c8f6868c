using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// A model fitted on CT24's early debates and the news training sentences, judged on held-out sentences: CT24's latest
/// debates, the news dev part, and each fold of the news training sentences scored by a model fitted without that fold
/// (out of fold). Platt scaling is fitted on those held-out scores (CT24 and news each counting half) and the threshold
/// maximises the mean of the CT24 and the news F1 scores.
/// </summary>
internal sealed record Calibrated(TrainedModel Model, PlattScaling Platt, double Threshold, HeldOutScore Late, HeldOutScore NewsDev, HeldOutScore NewsFolds, string NewsOnly)
{
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
        var news = (Logits: newsDev.Concat(outOfFold).ToList(), Labels: sets.NewsDev.Labels.Concat(sets.NewsTrain.Labels).ToList());
        var platt = PlattScaling.Fit([.. late, .. news.Logits], [.. sets.Late.Labels, .. news.Labels],
            [.. late.Select(_ => 0.5 / late.Count), .. news.Logits.Select(_ => 0.5 / news.Logits.Count)]);
        var lateProbabilities = late.Select(platt.Probability).ToList();
        var newsProbabilities = news.Logits.Select(platt.Probability).ToList();
        var threshold = CandidateThresholds
            .MaxBy(t => ThresholdSearch.At(lateProbabilities, sets.Late.Labels, t).F1 + ThresholdSearch.At(newsProbabilities, news.Labels, t).F1);
        var newsThreshold = CandidateThresholds.MaxBy(t => ThresholdSearch.At(newsProbabilities, news.Labels, t).F1);
        // Reported, not used: what a threshold chosen for news alone would gain there and cost on CT24.
        var newsOnly = string.Create(CultureInfo.InvariantCulture,
            $"threshold {newsThreshold:F2}: news {ThresholdSearch.At(newsProbabilities, news.Labels, newsThreshold)}; late {ThresholdSearch.At(lateProbabilities, sets.Late.Labels, newsThreshold)}");
        return new Calibrated(model, platt, threshold, HeldOutScore.Of(late, sets.Late.Labels, platt, threshold),
            HeldOutScore.Of(newsDev, sets.NewsDev.Labels, platt, threshold), HeldOutScore.Of(outOfFold, sets.NewsTrain.Labels, platt, threshold), newsOnly);
    }

    private static IEnumerable<double> CandidateThresholds => Enumerable.Range(10, 71).Select(t => t / 100.0);

    public IReadOnlyList<double> Probabilities(EncodedSet set) => Model.Logits(set).Select(Platt.Probability).ToList();

    // Each news training sentence scored by the model fitted on the other folds (and all of CT24's early debates).
    private static double[] OutOfFold(ClaimSets sets, Func<EncodedSet, TrainedModel> train)
    {
        var logits = new double[sets.NewsTrain.Count];
        for (var fold = 0; fold < ClaimSets.Folds; fold++)
        {
            var inFold = Enumerable.Range(0, logits.Length).Where(i => sets.NewsTrainFolds[i] == fold).ToList();
            var model = train(sets.NewsTrain.Take(Enumerable.Range(0, logits.Length).Where(i => sets.NewsTrainFolds[i] != fold)));
            var scored = model.Logits(sets.NewsTrain.Take(inFold));
            for (var j = 0; j < inFold.Count; j++) logits[inFold[j]] = scored[j];
        }
        return logits;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"platt a={Platt.A:F3} b={Platt.B:F3}  threshold {Threshold:F2}\n    late      {Late}\n    news-dev  {NewsDev}\n    news-cv   {NewsFolds}\n    news-only {NewsOnly}");
}
