namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Feature weights by name and, when trained with sentence embeddings, one weight per embedding dimension; scores an
/// encoded sentence the way the runtime ClaimModel does.
/// </summary>
internal sealed record TrainedModel(IReadOnlyDictionary<string, double> Weights, IReadOnlyList<double>? Dense)
{
    /// <summary>The hidden layer over the embedding and hand features, when trained with one (round 18).</summary>
    public HiddenLayer? Hidden { get; init; }

    /// <summary>Boosted trees over the binary features, fitted on the regression's logits (round 25), or null.</summary>
    public BoostedTrees? Trees { get; init; }

    // Seeds the hidden layer's starting weights, so a rerun gives the same model.
    private const int Seed = 18;

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
        var hidden = settings.HiddenUnits > 0 && set.Embeddings is { Count: > 0 } vectors ? NewLayer(settings.HiddenUnits, vectors[0].Length,
            Enumerable.Range(0, index.Count).Select(index.Name).Where(HiddenLayer.Reads).ToList()) : null;
        var problem = new TrainingProblem(examples, set.Embeddings, set.Labels, set.Weights, settings.PositiveWeight, index.Count, biasIndex)
        {
            L2Scales = Enumerable.Range(0, index.Count).Select(i => settings.L2Scale(index.Name(i))).ToArray(),
            Hidden = hidden,
            HiddenFeatures = hidden is null ? [] : examples.Select(e => hidden.Positions(e.Select(index.Name))).ToList(),
        };
        var (sparse, dense, layer) = LogisticRegressionTrainer.Train(problem, settings);
        var model = new TrainedModel(Enumerable.Range(0, index.Count).ToDictionary(index.Name, i => sparse[i], StringComparer.Ordinal), set.Embeddings is null ? null : dense)
        {
            Hidden = layer,
        };
        return settings.BoostRounds > 0
            ? model with { Trees = BoostedTrees.Fit(set, set.Weights.Select((w, i) => w * (set.Labels[i] ? settings.PositiveWeight : 1)).ToList(), [.. model.Logits(set)], settings) }
            : model;
    }

    // Input weights drawn uniformly so that each unit's input has a spread near 1 (embedding values are near ±1 after scaling),
    // output weights zero: the layer starts silent and the regression's own weights lead.
    private static HiddenLayer NewLayer(int units, int dimensions, IReadOnlyList<string> features)
    {
        var random = new Random(Seed);
        var width = dimensions + features.Count + 1;
        var range = Math.Sqrt(3.0 / (dimensions + 4));
        return new HiddenLayer(units, dimensions, features, [.. Enumerable.Range(0, units * width).Select(_ => (random.NextDouble() * 2 - 1) * range)], new double[units]);
    }

    public double Logit(EncodedSet set, int i)
    {
        var sum = set.Features[i].Sum(f => Weights.GetValueOrDefault(f)) + (Trees?.Logit(set, i) ?? 0);
        if (Dense is { } dense && set.Embeddings is { } embeddings)
        {
            for (var d = 0; d < dense.Count; d++) sum += dense[d] * embeddings[i][d];
            if (Hidden is { } layer)
            {
                sum += layer.Logit(Array.ConvertAll(embeddings[i], x => (double)x), layer.Positions(set.Features[i]));
            }
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
