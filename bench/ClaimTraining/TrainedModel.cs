namespace DocReport.Bench.ClaimTraining;

/// <summary>Feature weights by name, trained on one set; <see cref="Probability"/> scores an encoded sentence the way ClaimModel does.</summary>
internal sealed record TrainedModel(IReadOnlyDictionary<string, double> Weights)
{
    public static TrainedModel Train(EncodedSet set, TrainingSettings settings)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var features in set.Features)
        {
            foreach (var f in features) counts[f] = counts.GetValueOrDefault(f) + 1;
        }
        var index = new FeatureIndex();
        var examples = set.Features
            .Select(features => index.Encode(features.Where(f => counts[f] >= settings.MinimumCount || f.StartsWith("h:", StringComparison.Ordinal))))
            .ToList();
        var biasIndex = index.Encode(["h:bias"])[0];
        var weights = LogisticRegressionTrainer.Train(examples, set.Labels, index.Count, biasIndex, settings);
        return new TrainedModel(Enumerable.Range(0, index.Count).ToDictionary(index.Name, i => weights[i], StringComparer.Ordinal));
    }

    public double Probability(IEnumerable<string> features) =>
        LogisticRegressionTrainer.Sigmoid(features.Sum(f => Weights.GetValueOrDefault(f)));

    /// <summary>The strongest features by absolute weight, always keeping the hand features.</summary>
    public TrainedModel Pruned(int keep) =>
        new(Weights.OrderByDescending(w => w.Key.StartsWith("h:", StringComparison.Ordinal)).ThenByDescending(w => Math.Abs(w.Value)).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Take(keep).ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal));

    /// <summary>The same model with its bias moved so that a probability of 0.5 falls where <paramref name="threshold"/> was.</summary>
    public TrainedModel CentredOn(double threshold)
    {
        var shifted = new Dictionary<string, double>(Weights, StringComparer.Ordinal);
        shifted["h:bias"] = shifted.GetValueOrDefault("h:bias") - Math.Log(threshold / (1 - threshold));
        return new TrainedModel(shifted);
    }
}
