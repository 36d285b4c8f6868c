namespace DocReport.Analysis.Claims;

/// <summary>
/// Sums a model's weights over a sentence's features without building them as strings: each feature is looked up by
/// its characters, and a weighed feature counts once however often it is written. Reused from sentence to sentence
/// by one caller; not thread-safe.
/// </summary>
internal sealed class WeightSum : FeatureSink
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> indexes;
    private readonly IReadOnlyList<double> weights;
    private readonly HashSet<int> counted = [];
    private double sum;

    public WeightSum(Dictionary<string, int> indexes, IReadOnlyList<double> weights, bool takesLetterGrams = true)
    {
        this.indexes = indexes.GetAlternateLookup<ReadOnlySpan<char>>();
        this.weights = weights;
        TakesLetterGrams = takesLetterGrams;
    }

    public override bool TakesLetterGrams { get; }

    /// <summary>The sum of the weights of the sentence's distinct features, with those of its place in the article when known.</summary>
    public double Of(SentenceSignals signals, SentenceContext? context)
    {
        sum = 0;
        counted.Clear();
        ClaimFeaturizer.Write(signals, context, this);
        return sum;
    }

    protected override void Accept(ReadOnlySpan<char> feature)
    {
        if (indexes.TryGetValue(feature, out var index) && counted.Add(index)) sum += weights[index];
    }
}
