using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// An averaged structured perceptron (Collins 2002) over <see cref="TrainingExample"/>s: decode with the current
/// weights, and where the decoded tags differ from the gold ones, add the gold features' weights and subtract the
/// decoded ones'. The average of the weights over all steps is returned, which generalises far better than the last.
/// With a margin, training decodes with each wrong tag's score raised by its cost (cost-augmented decoding), so
/// updates go on until the gold tags win by that margin; a source cost raises it on gold source tokens only, to
/// trade source precision for recall in training rather than at decoding.
/// </summary>
internal sealed class PerceptronTrainer(int featureCount, float margin = 0, float sourceCost = 0, int width = 0, float vectorScale = 1)
{
    private const int K = Tags.Count;
    // round 25: a weight vector per tag over each token's contextual vector (TrainingExample.Vectors), trained like the sparse weights
    private readonly float[] dense = new float[K * width], summedDense = new float[K * width];
    private readonly float[] weights = new float[featureCount * K];
    private readonly float[] summed = new float[featureCount * K];
    private readonly float[] transitions = new float[K * K], summedTransitions = new float[K * K];
    private readonly float[] start = new float[K], summedStart = new float[K];
    private int step = 1;

    public void Train(IReadOnlyList<TrainingExample> examples, int epochs, int seed, TextWriter log)
    {
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var wrong = 0;
            foreach (var e in order)
            {
                var example = examples[e];
                var predicted = ViterbiDecoder.Decode(WithCosts(Emissions(example.Features, weights, example.Vectors, dense, vectorScale), example.Gold), example.Features.Length, transitions, start);
                if (!predicted.AsSpan().SequenceEqual(example.Gold)) { wrong++; Update(example, predicted); }
                step++;
            }
            log.WriteLine($"  epoch {epoch}: {wrong} of {examples.Count} paragraphs wrong");
        }
    }

    /// <summary>The averaged weights: emissions per feature id, transitions, start, and the dense weights (tag by tag).</summary>
    public (float[] Emissions, float[] Transitions, float[] Start, float[] Dense) Averaged() =>
        (Average(weights, summed), Average(transitions, summedTransitions), Average(start, summedStart), Average(dense, summedDense).Select(w => w * vectorScale).ToArray());

    public static float[] Emissions(int[][] features, float[] emissionWeights, float[]? vectors = null, float[]? denseWeights = null, float vectorScale = 1)
    {
        var scores = new float[features.Length * K];
        for (var i = 0; i < features.Length; i++)
        foreach (var f in features[i])
        for (var t = 0; t < K; t++) scores[i * K + t] += emissionWeights[f * K + t];
        if (vectors is null || denseWeights is null || denseWeights.Length == 0) return scores;
        var width = denseWeights.Length / K;
        for (var i = 0; i < features.Length; i++)
        {
            var x = vectors.AsSpan(i * width, width);
            for (var t = 0; t < K; t++) scores[i * K + t] += vectorScale * System.Numerics.Tensors.TensorPrimitives.Dot(x, denseWeights.AsSpan(t * width, width));
        }
        return scores;
    }

    private float[] WithCosts(float[] scores, Tag[] gold)
    {
        if (margin == 0 && sourceCost == 0) return scores;
        for (var i = 0; i < gold.Length; i++)
        {
            var cost = margin + (Tags.RoleOf(gold[i]) == SpanRole.Source ? sourceCost : 0);
            for (var t = 0; t < K; t++)
                if (t != (int)gold[i]) scores[i * K + t] += cost;
        }
        return scores;
    }

    private void Update(TrainingExample example, Tag[] predicted)
    {
        var gold = example.Gold;
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] != predicted[i])
            {
                foreach (var f in example.Features[i])
                {
                    Bump(weights, summed, f * K + (int)gold[i], 1);
                    Bump(weights, summed, f * K + (int)predicted[i], -1);
                }
                if (width > 0 && example.Vectors is { } vectors)
                    for (var d = 0; d < width; d++)
                    {
                        var x = vectorScale * vectors[i * width + d];
                        Bump(dense, summedDense, (int)gold[i] * width + d, x);
                        Bump(dense, summedDense, (int)predicted[i] * width + d, -x);
                    }
            }
            var (g, p) = i == 0 ? (-1, -1) : ((int)gold[i - 1], (int)predicted[i - 1]);
            if (g == p && gold[i] == predicted[i]) continue;
            if (i == 0) { Bump(start, summedStart, (int)gold[0], 1); Bump(start, summedStart, (int)predicted[0], -1); }
            else { Bump(transitions, summedTransitions, g * K + (int)gold[i], 1); Bump(transitions, summedTransitions, p * K + (int)predicted[i], -1); }
        }
    }

    // summed keeps step * update, so that the average is weights - summed / step (Daumé's trick).
    private void Bump(float[] w, float[] s, int at, float by)
    {
        w[at] += by;
        s[at] += step * by;
    }

    private float[] Average(float[] w, float[] s) => w.Select((x, i) => x - s[i] / step).ToArray();
}
