using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// A model fitted on CT24's early debates and the news training sentences, calibrated by Platt scaling on the held-out
/// sets (CT24's latest debates and the news dev part, each counting half), with the threshold that maximises the mean of
/// their F1 scores.
/// </summary>
internal sealed record Calibrated(TrainedModel Model, PlattScaling Platt, double Threshold, BinaryCounts Late, BinaryCounts NewsDev)
{
    public static Calibrated Fit(ClaimSets sets, TrainingSettings settings, double newsWeight, int keep, bool embeddings)
    {
        var training = sets.Early.Concat(sets.NewsTrain.Weighted(newsWeight));
        var model = TrainedModel.Train(embeddings ? training : training.WithoutEmbeddings(), settings).Pruned(keep);
        var late = model.Logits(sets.Late);
        var newsDev = model.Logits(sets.NewsDev);
        var platt = PlattScaling.Fit([.. late, .. newsDev], [.. sets.Late.Labels, .. sets.NewsDev.Labels],
            [.. late.Select(_ => 0.5 / late.Count), .. newsDev.Select(_ => 0.5 / newsDev.Count)]);
        var lateProbabilities = late.Select(platt.Probability).ToList();
        var newsProbabilities = newsDev.Select(platt.Probability).ToList();
        var threshold = Enumerable.Range(10, 71).Select(t => t / 100.0)
            .MaxBy(t => ThresholdSearch.At(lateProbabilities, sets.Late.Labels, t).F1 + ThresholdSearch.At(newsProbabilities, sets.NewsDev.Labels, t).F1);
        return new Calibrated(model, platt, threshold, ThresholdSearch.At(lateProbabilities, sets.Late.Labels, threshold),
            ThresholdSearch.At(newsProbabilities, sets.NewsDev.Labels, threshold));
    }

    public IReadOnlyList<double> Probabilities(EncodedSet set) => Model.Logits(set).Select(Platt.Probability).ToList();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"platt a={Platt.A:F3} b={Platt.B:F3}  threshold {Threshold:F2}  late {Late}\n    news-dev {NewsDev}");
}
