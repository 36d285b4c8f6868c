using System.Globalization;
using DocReport.Resources;

namespace DocReport.Analysis.Claims;

/// <summary>A logistic regression over <see cref="ClaimFeaturizer"/> features, read from a weights file of "feature&lt;TAB&gt;weight" lines.</summary>
internal sealed class ClaimModel(IReadOnlyDictionary<string, double> weights)
{
    public const string WeightsPath = "Analysis/Claims/Data/claim-weights.tsv";

    private static readonly Lazy<ClaimModel> Embedded = new(() => Parse(WordList.ReadText(WeightsPath)));

    /// <summary>The model trained by bench/ClaimTraining and embedded in the library.</summary>
    public static ClaimModel Shared => Embedded.Value;

    public int FeatureCount => weights.Count;

    /// <summary>Lines "feature&lt;TAB&gt;weight"; '#' lines are comments; features may contain spaces, never tabs.</summary>
    public static ClaimModel Parse(string text)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.LastIndexOf('\t');
            if (tab > 0 && double.TryParse(line.AsSpan(tab + 1).TrimEnd('\r'), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                weights[line[..tab]] = weight;
        }
        return new ClaimModel(weights);
    }

    /// <summary>The log-odds that a sentence with these features is check-worthy.</summary>
    public double Logit(IEnumerable<string> features)
    {
        var sum = 0.0;
        foreach (var feature in features)
        {
            if (weights.TryGetValue(feature, out var weight)) sum += weight;
        }
        return sum;
    }

    public static double Sigmoid(double logit) => 1.0 / (1.0 + Math.Exp(-logit));
}
