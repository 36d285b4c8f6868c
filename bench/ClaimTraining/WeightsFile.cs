using System.Globalization;
using System.Text;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Writes the weights file the runtime ClaimModel reads: a '#' header saying how it was made, then "feature TAB weight"
/// lines, Platt scaling folded in (every weight times A, B added to the bias) so that sigmoid(sum) is the calibrated score.
/// Embedding weights are the lines "e:0".."e:383", already multiplied by the training scale of the embeddings; the line
/// "@threshold" is the threshold chosen on the dev sets, which the detector uses unless the options name one.
/// </summary>
internal static class WeightsFile
{
    public static void Write(string path, TrainedModel model, Calibrated early, TrainingSettings settings, double newsWeight, string commandLine)
    {
        var a = early.Platt.A;
        var weights = model.Weights.ToDictionary(w => w.Key, w => w.Value * a, StringComparer.Ordinal);
        weights["h:bias"] = weights.GetValueOrDefault("h:bias") + early.Platt.B;
        if (model.Dense is { } dense)
        {
            for (var d = 0; d < dense.Count; d++) weights["e:" + d.ToString(CultureInfo.InvariantCulture)] = dense[d] * a * ClaimSets.EmbeddingScale;
        }
        var text = new StringBuilder();
        text.AppendLine("# Check-worthiness weights of DocReport's claim detector: a logistic regression over ClaimFeaturizer features");
        text.AppendLine("# (u: word, b: word pair, k: pair with one word between, s: word ending, c: letter 4-gram, h: hand feature, x: place in the article"
            + (model.Dense is null ? "" : ", e: dimension of the snowflake-arctic-embed-xs sentence embedding") + "); sigmoid(sum of the weights of the present features) = score.");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"# Trained on CLEF CheckThat! 2024 Task 1 English train + dev (debate sentences) and bench/ClaimTraining/news-train.tsv (weight {newsWeight}),"));
        text.AppendLine($"# by full-batch Adam with {settings}; the {model.Weights.Count} strongest sparse features kept.");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"# Calibrated by Platt scaling (a={early.Platt.A:F4}, b={early.Platt.B:F4}, folded in) on held-out scores (the latest 15% of CT24 train+dev and the news dev part, scored by a model fitted on the rest, and news-train scored out of fold); F1-best threshold there {early.Threshold:F2}."));
        text.AppendLine($"# Rerun from the repository root: dotnet run -c Release --project bench/ClaimTraining -- {commandLine}");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"@threshold\t{early.Threshold:0.00}"));
        foreach (var (feature, weight) in weights.OrderBy(w => w.Key, StringComparer.Ordinal))
            text.Append(feature).Append('\t').AppendLine(weight.ToString("0.#####", CultureInfo.InvariantCulture));
        File.WriteAllText(path, text.ToString());
    }
}
