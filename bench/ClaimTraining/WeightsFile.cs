using System.Globalization;
using System.Text;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Writes the weights file the runtime ClaimModel reads: a '#' header saying how it was made, then "feature TAB weight"
/// lines, the article calibration's Platt scaling folded in (every weight times A, B added to the bias) so that sigmoid(sum)
/// is an article sentence's score. Embedding weights are the lines "e:0".."e:383", already multiplied by the training scale
/// of the embeddings; "@threshold" is the article threshold chosen on news dev and news-train out of fold, which the
/// detector uses unless the options name one; "@debate-scale", "@debate-shift" and "@debate-threshold" give the debate
/// calibration (fitted on CT24's latest debates) as sigmoid(scale·sum + shift) of the folded sum.
/// </summary>
internal static class WeightsFile
{
    public static void Write(string path, TrainedModel model, Calibrated early, TrainingSettings settings, double newsWeight, string newsTrain, string commandLine)
    {
        var (a, b) = (early.Article.Platt.A, early.Article.Platt.B);
        var debate = early.Debate.Platt;
        var weights = model.Weights.ToDictionary(w => w.Key, w => w.Value * a, StringComparer.Ordinal);
        weights["h:bias"] = weights.GetValueOrDefault("h:bias") + b;
        if (model.Dense is { } dense)
        {
            for (var d = 0; d < dense.Count; d++) weights["e:" + d.ToString(CultureInfo.InvariantCulture)] = dense[d] * a * ClaimSets.EmbeddingScale;
        }
        var text = new StringBuilder();
        text.AppendLine("# Check-worthiness weights of DocReport's claim detector: a logistic regression over ClaimFeaturizer features");
        var letterGrams = model.Weights.Keys.Any(f => f.StartsWith(DocReport.Analysis.Claims.ClaimFeaturizer.LetterGramPrefix, StringComparison.Ordinal));
        text.AppendLine("# (u: word, b: word pair, k: pair with one word between, s: word ending, " + (letterGrams ? "c: letter 4-gram, " : "") + "h: hand feature, x: place in the article"
            + (model.Dense is null ? "" : ", e: dimension of the snowflake-arctic-embed-xs sentence embedding") + "); sigmoid(sum of the weights of the present features) = score.");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"# Trained on CLEF CheckThat! 2024 Task 1 English train + dev (debate sentences) and {newsTrain} (weight {newsWeight}),"));
        text.AppendLine($"# by full-batch Adam with {settings}; the {model.Weights.Count} strongest sparse features kept.");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"# Calibrated by Platt scaling on held-out scores of a model fitted on the rest: for articles (a={a:F4}, b={b:F4}, folded in) on the news dev part and news-train scored out of fold, threshold there {early.Article.Threshold:F2} (the middle of the F1-best run of five);"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"# for debate lines (a={debate.A:F4}, b={debate.B:F4}) on the latest 15% of CT24 train+dev, threshold there {early.Debate.Threshold:F2} (likewise)."));
        text.AppendLine($"# Rerun from the repository root: dotnet run -c Release --project bench/ClaimTraining -- {commandLine}");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"@threshold\t{early.Article.Threshold:0.00}"));
        // The debate logit A'·raw + B' re-expressed on the folded sum a·raw + b.
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"@debate-scale\t{debate.A / a:0.#####}"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"@debate-shift\t{debate.B - debate.A * b / a:0.#####}"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"@debate-threshold\t{early.Debate.Threshold:0.00}"));
        foreach (var (feature, weight) in weights.OrderBy(w => w.Key, StringComparer.Ordinal))
            text.Append(feature).Append('\t').AppendLine(weight.ToString("0.#####", CultureInfo.InvariantCulture));
        File.WriteAllText(path, text.ToString());
    }
}
