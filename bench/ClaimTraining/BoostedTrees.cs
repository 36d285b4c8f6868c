namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Gradient-boosted trees over binary features (round 25): each tree splits on whether a sentence has a feature and adds its
/// leaf's value to the logit. They are fitted after the logistic regression, on its in-sample logits (Newton steps on the
/// weighted log-loss, as LightGBM with an initial score), so they add only the interactions the regression cannot express.
/// A node is a split (<see cref="Node.Feature"/> an index into <see cref="Features"/>, children by index) or a leaf (-1).
/// </summary>
internal sealed record BoostedTrees(IReadOnlyList<string> Features, IReadOnlyList<BoostedTrees.Node[]> Trees)
{
    /// <summary>With <see cref="TrainingSettings.BoostVectors"/>, each embedding dimension's median over the training sentences:
    /// a sentence has the feature "e:D" when its value in dimension D is above it, so the trees can split on the vector too.</summary>
    public IReadOnlyList<float>? Medians { get; init; }

    /// <summary>The trees' part of the logit for sentence <paramref name="i"/> of <paramref name="set"/>.</summary>
    public double Logit(EncodedSet set, int i) => Logit(WithVector(set.Features[i], Medians is null ? null : set.Embeddings?[i], Medians));

    /// <summary>The sentence's features, and "e:D" for each dimension D of <paramref name="vector"/> above its median.</summary>
    private static IEnumerable<string> WithVector(string[] features, float[]? vector, IReadOnlyList<float>? medians) =>
        vector is null || medians is null ? features : features.Concat(Enumerable.Range(0, vector.Length).Where(d => vector[d] > medians[d]).Select(d => "e:" + d));

    /// <summary>Fits the trees to a set's features (and, with <see cref="TrainingSettings.BoostVectors"/>, its vectors' halves).</summary>
    public static BoostedTrees Fit(EncodedSet set, IReadOnlyList<double> weights, double[] logits, TrainingSettings settings)
    {
        if (!settings.BoostVectors || set.Embeddings is not { Count: > 0 } vectors) return Fit(set.Features, set.Labels, weights, logits, settings);
        var medians = Enumerable.Range(0, vectors[0].Length).Select(d => Median([.. vectors.Select(v => v[d]).Order()])).ToArray();
        var features = set.Features.Select((f, i) => WithVector(f, vectors[i], medians).ToArray()).ToList();
        return Fit(features, set.Labels, weights, logits, settings) with { Medians = medians };
    }

    public readonly record struct Node(int Feature, int Absent, int Present, double Value);

    private readonly Dictionary<string, int> positions = Features.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);

    /// <summary>The trees' part of the logit for a sentence with <paramref name="features"/>.</summary>
    public double Logit(IEnumerable<string> features) => Logit(Present(features));

    private HashSet<int> Present(IEnumerable<string> features) => [.. features.Select(f => positions.GetValueOrDefault(f, -1)).Where(f => f >= 0)];

    private double Logit(HashSet<int> present) => Trees.Sum(tree => Leaf(tree, present));

    private static double Leaf(Node[] tree, HashSet<int> present)
    {
        var node = tree[0];
        while (node.Feature >= 0) node = tree[present.Contains(node.Feature) ? node.Present : node.Absent];
        return node.Value;
    }

    private static float Median(float[] sorted) => sorted.Length == 0 ? 0 : (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2;

    /// <summary>Fits <see cref="TrainingSettings.BoostRounds"/> trees to the examples' <paramref name="features"/> from the starting
    /// <paramref name="logits"/>; only the features at least <see cref="TrainingSettings.BoostMinimumCount"/> examples have are split on.</summary>
    public static BoostedTrees Fit(IReadOnlyList<string[]> features, IReadOnlyList<bool> labels, IReadOnlyList<double> weights, double[] logits, TrainingSettings settings)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in features)
        foreach (var f in sentence.Distinct()) counts[f] = counts.GetValueOrDefault(f) + 1;
        var names = counts.Where(c => c.Value >= settings.BoostMinimumCount).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
        var index = names.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var examples = features.Select(sentence => sentence.Select(f => index.GetValueOrDefault(f, -1)).Where(f => f >= 0).Distinct().ToArray()).ToArray();
        // Weights normalised to a mean of 1, so the leaf L2 and the least child weight mean the same whatever the sets weigh.
        var mean = weights.Average();
        var w = weights.Select(x => x / mean).ToArray();
        var margin = (double[])logits.Clone();
        var trees = new List<Node[]>();
        var gradient = new double[margin.Length];
        var hessian = new double[margin.Length];
        for (var round = 0; round < settings.BoostRounds; round++)
        {
            for (var i = 0; i < margin.Length; i++)
            {
                var p = 1 / (1 + Math.Exp(-margin[i]));
                gradient[i] = w[i] * (p - (labels[i] ? 1 : 0));
                hessian[i] = w[i] * Math.Max(p * (1 - p), 1e-6);
            }
            var tree = new List<Node>();
            var leafOf = new int[margin.Length];
            Grow(tree, [.. Enumerable.Range(0, margin.Length)], examples, gradient, hessian, names.Count, settings, settings.BoostDepth, leafOf);
            var nodes = tree.ToArray();
            for (var i = 0; i < margin.Length; i++) margin[i] += nodes[leafOf[i]].Value;
            trees.Add(nodes);
        }
        return new BoostedTrees(names, trees);
    }

    // Adds the node for the examples given and its subtree; returns its index. A leaf records itself in leafOf.
    private static int Grow(List<Node> tree, int[] members, int[][] examples, double[] gradient, double[] hessian, int featureCount, TrainingSettings settings, int depth, int[] leafOf)
    {
        var at = tree.Count;
        tree.Add(default);
        double g = 0, h = 0;
        foreach (var i in members) { g += gradient[i]; h += hessian[i]; }
        var lambda = settings.BoostL2;
        var best = (Feature: -1, Gain: 1e-9);
        if (depth > 0)
        {
            var gf = new double[featureCount];
            var hf = new double[featureCount];
            foreach (var i in members)
            foreach (var f in examples[i]) { gf[f] += gradient[i]; hf[f] += hessian[i]; }
            var parent = g * g / (h + lambda);
            for (var f = 0; f < featureCount; f++)
            {
                if (hf[f] < settings.BoostMinimumHessian || h - hf[f] < settings.BoostMinimumHessian) continue;
                var gain = gf[f] * gf[f] / (hf[f] + lambda) + (g - gf[f]) * (g - gf[f]) / (h - hf[f] + lambda) - parent;
                if (gain > best.Gain) best = (f, gain);
            }
        }
        if (best.Feature < 0)
        {
            foreach (var i in members) leafOf[i] = at;
            tree[at] = new Node(-1, -1, -1, -settings.BoostRate * g / (h + lambda));
            return at;
        }
        var present = members.Where(i => examples[i].Contains(best.Feature)).ToArray();
        var absent = members.Except(present).ToArray();
        var absentNode = Grow(tree, absent, examples, gradient, hessian, featureCount, settings, depth - 1, leafOf);
        var presentNode = Grow(tree, present, examples, gradient, hessian, featureCount, settings, depth - 1, leafOf);
        tree[at] = new Node(best.Feature, absentNode, presentNode, 0);
        return at;
    }
}
