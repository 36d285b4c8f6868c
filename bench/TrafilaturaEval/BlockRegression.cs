namespace DocReport.Bench.TrafilaturaEval;

/// <summary>
/// Logistic regression on binary features by full-batch Adam on the weighted mean log-loss plus L2 (the bias left out);
/// full batches make the weights independent of example order, so a rerun gives the same model.
/// </summary>
internal static class BlockRegression
{
    private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;

    public static (Dictionary<string, double> Weights, double Bias) Train(
        IReadOnlyList<(string[] Features, bool Furniture, double Weight)> examples, double l2, int epochs = 300, double rate = 0.05)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var encoded = examples.Select(e => e.Features.Select(f => index.TryGetValue(f, out var i) ? i : index[f] = index.Count).ToArray()).ToList();
        var size = index.Count + 1;
        var bias = index.Count;
        double[] w = new double[size], m = new double[size], v = new double[size], g = new double[size];
        var total = examples.Sum(e => e.Weight);
        for (var step = 1; step <= epochs; step++)
        {
            for (var f = 0; f < size; f++) g[f] = f == bias ? 0 : l2 * w[f];
            for (var i = 0; i < encoded.Count; i++)
            {
                var logit = w[bias];
                foreach (var f in encoded[i]) logit += w[f];
                var error = (1 / (1 + Math.Exp(-logit)) - (examples[i].Furniture ? 1 : 0)) * examples[i].Weight / total;
                g[bias] += error;
                foreach (var f in encoded[i]) g[f] += error;
            }
            var c1 = 1 - Math.Pow(Beta1, step);
            var c2 = 1 - Math.Pow(Beta2, step);
            for (var f = 0; f < size; f++)
            {
                m[f] = Beta1 * m[f] + (1 - Beta1) * g[f];
                v[f] = Beta2 * v[f] + (1 - Beta2) * g[f] * g[f];
                w[f] -= rate * (m[f] / c1) / (Math.Sqrt(v[f] / c2) + Epsilon);
            }
        }
        return (index.ToDictionary(p => p.Key, p => w[p.Value], StringComparer.Ordinal), w[bias]);
    }
}
