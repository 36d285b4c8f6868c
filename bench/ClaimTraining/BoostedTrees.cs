namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Gradient-boosted trees over binary features (round 25): each tree splits on whether a sentence has a feature and adds its
/// leaf's value to the logit. They are fitted after the logistic regression, on its in-sample logits (Newton steps on the
/// weighted log-loss, as LightGBM with an initial score), so they add only the interactions the regression cannot express.
/// A node is a split (<see cref="Node.Feature"/> an index into <see cref="Features"/>, children by index) or a leaf (-1).
/// </summary>
internal sealed record BoostedTrees(IReadOnlyList<string> Features, IReadOnlyList<BoostedTrees.Node[]> Trees)
{
    public readonly record struct Node(int Feature, int Absent, int Present, double Value);

    private readonly Dictionary<string, int> positions = Features.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);

    /// <summary>The trees' part of the logit for a sentence with <paramref name="features"/>.</summary>
    public double Logit(IEnumerable<string> features) => Logit(Present(features));

    public HashSet<int> Present(IEnumerable<string> features) => [.. features.Select(f => positions.GetValueOrDefault(f, -1)).Where(f => f >= 0)];

    private double Logit(HashSet<int> present) => Trees.Sum(tree => Leaf(tree, present));

    private static double Leaf(Node[] tree, HashSet<int> present)
    {
        var node = tree[0];
        while (node.Feature >= 0) node = tree[present.Contains(node.Feature) ? node.Present : node.Absent];
        return node.Value;
    }

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
