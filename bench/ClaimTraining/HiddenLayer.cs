using System.Numerics;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// A small hidden layer added to the logistic regression (round 18): <see cref="Units"/> tanh units over the sentence
/// embedding and the hand and context features ("h:", "x:"), whose outputs weigh into the logit beside the sparse and dense
/// weights. Row k of <see cref="Input"/> holds unit k's embedding weights, then its weight for each of <see cref="Features"/>,
/// then its bias.
/// </summary>
internal sealed record HiddenLayer(int Units, int EmbeddingDimensions, IReadOnlyList<string> Features, double[] Input, double[] Output)
{
    /// <summary>The features the hidden units read besides the embedding.</summary>
    public static bool Reads(string feature) => feature.StartsWith("h:", StringComparison.Ordinal) || feature.StartsWith("x:", StringComparison.Ordinal);

    private readonly Dictionary<string, int> positions = Features.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);

    public int Width => EmbeddingDimensions + Features.Count + 1;

    /// <summary>The positions in <see cref="Features"/> of those of <paramref name="features"/> the layer reads.</summary>
    public int[] Positions(IEnumerable<string> features) => [.. features.Select(f => positions.GetValueOrDefault(f, -1)).Where(f => f >= 0)];

    /// <summary>The layer's part of the logit for one sentence; <paramref name="features"/> are indexes into <see cref="Features"/>.</summary>
    public double Logit(double[] embedding, IReadOnlyList<int> features)
    {
        var sum = 0.0;
        for (var k = 0; k < Units; k++) sum += Output[k] * Activation(k, Input, embedding, features);
        return sum;
    }

    /// <summary>Unit k's output, tanh of its weighted input, for the weights <paramref name="input"/> laid out as <see cref="Input"/>.</summary>
    public double Activation(int k, double[] input, double[] embedding, IReadOnlyList<int> features)
    {
        var row = k * Width;
        var z = Dot(input.AsSpan(row, EmbeddingDimensions), embedding) + input[row + Width - 1];
        foreach (var f in features) z += input[row + EmbeddingDimensions + f];
        return Math.Tanh(z);
    }

    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var width = Vector<double>.Count;
        var sums = Vector<double>.Zero;
        var i = 0;
        for (; i <= a.Length - width; i += width) sums += new Vector<double>(a[i..]) * new Vector<double>(b[i..]);
        var sum = Vector.Sum(sums);
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>target += factor · source.</summary>
    public static void AddScaled(Span<double> target, double factor, ReadOnlySpan<double> source)
    {
        var width = Vector<double>.Count;
        var scale = new Vector<double>(factor);
        var i = 0;
        for (; i <= target.Length - width; i += width) (new Vector<double>(target[i..]) + scale * new Vector<double>(source[i..])).CopyTo(target[i..]);
        for (; i < target.Length; i++) target[i] += factor * source[i];
    }
}
