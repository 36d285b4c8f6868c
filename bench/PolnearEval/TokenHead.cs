using System.Numerics.Tensors;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// A per-token classifier over contextual vectors (round 26): the token's standardised vector and its neighbours' at -1
/// and +1 (zeros past the paragraph's edges), with the paragraph's mean vector if asked, one hidden layer of ReLU units, a
/// softmax over the tagger's tags. Trained by minibatch Adam on cross-entropy; each epoch is scored on held-out paragraphs
/// and the best epoch's weights are kept (early stopping). Dropout, if asked, zeroes a share of the inputs in training.
/// </summary>
internal sealed class TokenHead
{
    private const int K = Tags.Count, Batch = 64;
    private readonly int width, inputs, hidden;
    private readonly bool context;
    private float dropout;
    private readonly Random noise = new(7);
    // w1: hidden x inputs then hidden biases; w2: K x hidden then K biases
    private float[] w1, w2;

    private TokenHead(int width, int hidden, bool context, int seed)
    {
        (this.width, this.hidden, this.context, inputs) = (width, hidden, context, (context ? 4 : 3) * width);
        var random = new Random(seed);
        w1 = Initial(random, hidden * inputs, hidden, MathF.Sqrt(2f / inputs));
        w2 = Initial(random, K * hidden, K, MathF.Sqrt(1f / hidden));
    }

    /// <summary>One paragraph: tokens x width standardised vectors, and its tokens' gold tags.</summary>
    public sealed record Paragraph(float[] Vectors, Tag[] Gold)
    {
        /// <summary>The mean of the paragraph's vectors, worked out on first use.</summary>
        public float[]? Mean;
    }

    public static TokenHead Train(IReadOnlyList<Paragraph> train, IReadOnlyList<Paragraph> validation, int width, HeadSettings settings, TextWriter log)
    {
        var (hidden, rate) = (settings.Hidden, settings.Rate);
        var head = new TokenHead(width, hidden, settings.Context, seed: 26);
        var adam1 = new Adam(head.w1.Length, rate);
        var adam2 = new Adam(head.w2.Length, rate);
        var samples = train.SelectMany((p, i) => Enumerable.Range(0, p.Gold.Length).Select(t => (i, t))).ToArray();
        var random = new Random(26);
        (float[] W1, float[] W2)? best = null;
        var (bestLoss, worse) = (double.MaxValue, 0);
        var (g1, g2) = (new float[head.w1.Length], new float[head.w2.Length]);
        var (x, h, p) = (new float[head.inputs], new float[hidden], new float[K]);
        for (var epoch = 1; epoch <= settings.Epochs && worse < 2; epoch++)
        {
            random.Shuffle(samples);
            head.dropout = settings.Dropout;
            for (var from = 0; from < samples.Length; from += Batch)
            {
                Array.Clear(g1);
                Array.Clear(g2);
                var to = Math.Min(samples.Length, from + Batch);
                for (var s = from; s < to; s++)
                {
                    var (pi, t) = samples[s];
                    head.Forward(train[pi], t, x, h, p);
                    p[(int)train[pi].Gold[t]] -= 1;
                    head.Backward(x, h, p, g1, g2);
                }
                adam1.Step(head.w1, g1, 1f / (to - from));
                adam2.Step(head.w2, g2, 1f / (to - from));
            }
            head.dropout = 0;
            var loss = head.Score(validation).Loss;
            log.WriteLine($"    head epoch {epoch}: held-out loss {loss:0.0000}");
            if (loss < bestLoss) (best, bestLoss, worse) = (((float[])head.w1.Clone(), (float[])head.w2.Clone()), loss, 0);
            else worse++;
        }
        (head.w1, head.w2) = best!.Value;
        return head;
    }

    /// <summary>Each token's log-probability of each tag (tokens x <see cref="Tags.Count"/>), floored at <paramref name="floor"/>.</summary>
    public float[] LogProbabilities(float[] vectors, float floor)
    {
        var n = vectors.Length / width;
        var output = new float[n * K];
        var (x, h, p) = (new float[inputs], new float[hidden], new float[K]);
        var paragraph = new Paragraph(vectors, []);
        for (var t = 0; t < n; t++)
        {
            Forward(paragraph, t, x, h, p);
            for (var k = 0; k < K; k++) output[t * K + k] = Math.Max(floor, MathF.Log(p[k]));
        }
        return output;
    }

    /// <summary>Mean cross-entropy over the tokens of <paramref name="paragraphs"/>, and the share whose likeliest tag is the gold one.</summary>
    public (double Loss, double Accuracy) Score(IReadOnlyList<Paragraph> paragraphs)
    {
        var (x, h, p) = (new float[inputs], new float[hidden], new float[K]);
        var (sum, right, n) = (0.0, 0, 0);
        foreach (var paragraph in paragraphs)
            for (var t = 0; t < paragraph.Gold.Length; t++, n++)
            {
                Forward(paragraph, t, x, h, p);
                sum -= Math.Log(Math.Max(1e-9, p[(int)paragraph.Gold[t]]));
                if (TensorPrimitives.IndexOfMax(p) == (int)paragraph.Gold[t]) right++;
            }
        return (sum / Math.Max(1, n), right / (double)Math.Max(1, n));
    }

    private void Forward(Paragraph paragraph, int t, float[] x, float[] h, float[] p)
    {
        var vectors = paragraph.Vectors;
        var n = vectors.Length / width;
        for (var j = -1; j <= 1; j++)
        {
            var target = x.AsSpan((j + 1) * width, width);
            if (t + j < 0 || t + j >= n) target.Clear();
            else vectors.AsSpan((t + j) * width, width).CopyTo(target);
        }
        if (context) (paragraph.Mean ??= MeanOf(vectors)).CopyTo(x.AsSpan(3 * width));
        if (dropout > 0)
            for (var i = 0; i < x.Length; i++) x[i] = noise.NextSingle() < dropout ? 0 : x[i] / (1 - dropout);
        var bias1 = hidden * inputs;
        for (var u = 0; u < hidden; u++) h[u] = Math.Max(0, TensorPrimitives.Dot(w1.AsSpan(u * inputs, inputs), x) + w1[bias1 + u]);
        var bias2 = K * hidden;
        for (var k = 0; k < K; k++) p[k] = TensorPrimitives.Dot(w2.AsSpan(k * hidden, hidden), h) + w2[bias2 + k];
        TensorPrimitives.SoftMax(p, p);
    }

    // d: the output's gradient (probabilities less the gold one-hot); adds the weights' gradients to g1 and g2
    private void Backward(float[] x, float[] h, float[] d, float[] g1, float[] g2)
    {
        var (bias1, bias2) = (hidden * inputs, K * hidden);
        for (var k = 0; k < K; k++)
        {
            TensorPrimitives.MultiplyAdd(h, d[k], g2.AsSpan(k * hidden, hidden), g2.AsSpan(k * hidden, hidden));
            g2[bias2 + k] += d[k];
        }
        for (var u = 0; u < hidden; u++)
        {
            if (h[u] <= 0) continue;
            var dh = 0f;
            for (var k = 0; k < K; k++) dh += d[k] * w2[k * hidden + u];
            var row = g1.AsSpan(u * inputs, inputs);
            TensorPrimitives.MultiplyAdd(x, dh, row, row);
            g1[bias1 + u] += dh;
        }
    }

    private float[] MeanOf(float[] vectors)
    {
        var mean = new float[width];
        var n = vectors.Length / width;
        for (var t = 0; t < n; t++) TensorPrimitives.Add(mean, vectors.AsSpan(t * width, width), mean);
        if (n > 0) TensorPrimitives.Divide(mean, n, mean);
        return mean;
    }

    private static float[] Initial(Random random, int weights, int biases, float spread)
    {
        var w = new float[weights + biases];
        for (var i = 0; i < weights; i++) w[i] = spread * (float)(random.NextDouble() * 2 - 1) * MathF.Sqrt(3);
        return w;
    }

    private sealed class Adam(int size, float rate)
    {
        private const float Beta1 = 0.9f, Beta2 = 0.999f, Epsilon = 1e-8f;
        private readonly float[] m = new float[size], v = new float[size];
        private int step;

        public void Step(float[] weights, float[] gradient, float scale)
        {
            step++;
            var (c1, c2) = (1 - MathF.Pow(Beta1, step), 1 - MathF.Pow(Beta2, step));
            for (var i = 0; i < weights.Length; i++)
            {
                var g = gradient[i] * scale;
                m[i] = Beta1 * m[i] + (1 - Beta1) * g;
                v[i] = Beta2 * v[i] + (1 - Beta2) * g * g;
                weights[i] -= rate * m[i] / c1 / (MathF.Sqrt(v[i] / c2) + Epsilon);
            }
        }
    }
}

/// <summary>The head's size and training: hidden units, most epochs, Adam's rate, input dropout, the paragraph's mean as input.</summary>
internal sealed record HeadSettings(int Hidden, int Epochs, float Rate, float Dropout, bool Context)
{
    public override string ToString() => $"head-{Hidden}-{Epochs}-{Rate}-{Dropout}" + (Context ? "-context" : "");
}
