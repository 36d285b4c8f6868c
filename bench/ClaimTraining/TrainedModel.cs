namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Feature weights by name and, when trained with sentence embeddings, one weight per embedding dimension; scores an
/// encoded sentence the way the runtime ClaimModel does.
/// </summary>
internal sealed record TrainedModel(IReadOnlyDictionary<string, double> Weights, IReadOnlyList<double>? Dense)
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
        var problem = new TrainingProblem(examples, set.Embeddings, set.Labels, set.Weights, settings.PositiveWeight, index.Count, biasIndex)
        {
            L2Scales = Enumerable.Range(0, index.Count).Select(i => settings.L2Scale(index.Name(i))).ToArray(),
        };
        var (sparse, dense) = LogisticRegressionTrainer.Train(problem, settings);
        return new TrainedModel(Enumerable.Range(0, index.Count).ToDictionary(index.Name, i => sparse[i], StringComparer.Ordinal), set.Embeddings is null ? null : dense);
    }

    public double Logit(EncodedSet set, int i)
    {
        var sum = set.Features[i].Sum(f => Weights.GetValueOrDefault(f));
        if (Dense is { } dense && set.Embeddings is { } embeddings)
        {
            for (var d = 0; d < dense.Count; d++) sum += dense[d] * embeddings[i][d];
        }
        return sum;
    }

    public IReadOnlyList<double> Logits(EncodedSet set) => Enumerable.Range(0, set.Count).Select(i => Logit(set, i)).ToList();

    /// <summary>The strongest sparse features by absolute weight, always keeping the hand features; the dense weights stay.</summary>
    public TrainedModel Pruned(int keep) =>
        this with
        {
            Weights = Weights.OrderByDescending(w => w.Key.StartsWith("h:", StringComparison.Ordinal)).ThenByDescending(w => Math.Abs(w.Value)).ThenBy(w => w.Key, StringComparer.Ordinal)
                .Take(keep).ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal),
        };
}
