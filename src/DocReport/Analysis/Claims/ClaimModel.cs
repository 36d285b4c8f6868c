using System.Globalization;
using DocReport.Resources;

namespace DocReport.Analysis.Claims;

/// <summary>
/// A calibrated logistic regression over <see cref="ClaimFeaturizer"/> features and, in the accurate model, a sentence
/// embedding; read from a weights file of "feature&lt;TAB&gt;weight" lines, where "e:N" lines weigh embedding dimension N.
/// The weights carry the article calibration (sigmoid of their sum is an article sentence's score) and "@threshold" is
/// its threshold; the lines "@debate-scale", "@debate-shift" and "@debate-threshold" calibrate that sum for debate lines
/// (absent: the article calibration serves both).
/// </summary>
internal sealed class ClaimModel
{
    public const string WeightsPath = "Analysis/Claims/Data/claim-weights.tsv";
    private const string EmbeddingPrefix = "e:";
    private const string ThresholdLine = "@threshold";
    private const string DebateLine = "@debate-";

    private static readonly Lazy<ClaimModel> Embedded = new(() => Parse(WordList.ReadText(WeightsPath)));

    // Feature i weighs weights[i]; the index lets a WeightSum look features up by their characters.
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<double> weights = [];
    private readonly double[] embeddingWeights;
    // Neither shipped model weighs letter 4-grams (the fast one from round 17, the accurate one from round 18), so their scoring skips writing them.
    private readonly bool weighsLetterGrams;

    public ClaimModel(IReadOnlyDictionary<string, double> weights, IReadOnlyList<double>? embeddingWeights = null, double threshold = 0.5, ClaimCalibration? debate = null)
    {
        foreach (var (feature, weight) in weights)
        {
            indexes[feature] = this.weights.Count;
            this.weights.Add(weight);
        }
        this.embeddingWeights = embeddingWeights?.ToArray() ?? [];
        weighsLetterGrams = indexes.Keys.Any(f => f.StartsWith(ClaimFeaturizer.LetterGramPrefix, StringComparison.Ordinal));
        Article = new ClaimCalibration(1, 0, threshold);
        Debate = debate ?? Article;
    }

    /// <summary>The calibration of article sentences: threshold F1-best on the news dev sets in training.</summary>
    public ClaimCalibration Article { get; }

    /// <summary>The calibration of debate lines: threshold F1-best on CT24's latest training debates.</summary>
    public ClaimCalibration Debate { get; }

    public ClaimCalibration For(ClaimGenre genre) => genre == ClaimGenre.Debate ? Debate : Article;

    /// <summary>The n-gram model trained by bench/ClaimTraining and embedded in the library.</summary>
    public static ClaimModel Shared => Embedded.Value;

    public int FeatureCount => indexes.Count;

    /// <summary>The number of embedding dimensions the model weighs; 0 for a model of features alone.</summary>
    public int EmbeddingDimensions => embeddingWeights.Length;

    /// <summary>Lines "feature&lt;TAB&gt;weight"; '#' lines are comments; features may contain spaces, never tabs.</summary>
    public static ClaimModel Parse(string text)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var embedding = new SortedDictionary<int, double>();
        var threshold = 0.5;
        var debate = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.LastIndexOf('\t');
            if (tab <= 0 || !double.TryParse(line.AsSpan(tab + 1).TrimEnd('\r'), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)) continue;
            if (line[..tab] == ThresholdLine)
                threshold = weight;
            else if (line.StartsWith(DebateLine, StringComparison.Ordinal))
                debate[line[DebateLine.Length..tab]] = weight;
            else if (line.StartsWith(EmbeddingPrefix, StringComparison.Ordinal) && int.TryParse(line.AsSpan(2, tab - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var dimension))
                embedding[dimension] = weight;
            else
                weights[line[..tab]] = weight;
        }
        var debateCalibration = debate.Count == 0 ? null
            : new ClaimCalibration(debate.GetValueOrDefault("scale", 1), debate.GetValueOrDefault("shift"), debate.GetValueOrDefault("threshold", threshold));
        return new ClaimModel(weights, Enumerable.Range(0, embedding.Count).Select(d => embedding.GetValueOrDefault(d)).ToList(), threshold, debateCalibration);
    }

    /// <summary>The log-odds, article-calibrated, that a sentence with these features (and this embedding, if the model weighs one) is check-worthy.</summary>
    public double Logit(IEnumerable<string> features, ReadOnlySpan<float> embedding = default)
    {
        var sum = 0.0;
        foreach (var feature in features)
        {
            if (indexes.TryGetValue(feature, out var index)) sum += weights[index];
        }
        return Logit(sum, embedding);
    }

    /// <summary>The log-odds from the sum of a sentence's feature weights (<see cref="NewWeightSum"/>) and its embedding, if the model weighs one.</summary>
    public double Logit(double featureSum, ReadOnlySpan<float> embedding = default)
    {
        var sum = featureSum;
        for (var d = 0; d < Math.Min(embedding.Length, embeddingWeights.Length); d++) sum += embeddingWeights[d] * embedding[d];
        return sum;
    }

    /// <summary>A summer of this model's feature weights that builds no feature strings, for one caller at a time.</summary>
    public WeightSum NewWeightSum() => new(indexes, weights, weighsLetterGrams);

    public static double Sigmoid(double logit) => 1.0 / (1.0 + Math.Exp(-logit));
}
