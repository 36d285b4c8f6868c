using System.Globalization;
using System.Text;

namespace DocReport.Bench.ClaimTraining;

/// <summary>Writes the weights file the runtime ClaimModel reads: a '#' header saying how it was made, then "feature TAB weight" lines.</summary>
internal static class WeightsFile
{
    public static void Write(string path, TrainedModel model, TrainingSettings settings, double threshold, bool withDev, string commandLine)
    {
        var text = new StringBuilder();
        text.AppendLine("# Check-worthiness weights of DocReport's claim detector: a logistic regression over ClaimFeaturizer features");
        text.AppendLine("# (u: word, b: word pair, k: pair with one word between, s: word ending, c: letter 4-gram, h: hand feature), sigmoid(sum of the weights of the present features) = score.");
        text.AppendLine($"# Trained on CLEF CheckThat! 2024 Task 1 English {(withDev ? "train + dev" : "train")} (debate sentences, Yes = check-worthy),");
        text.AppendLine($"# by full-batch Adam with {settings}; the {model.Weights.Count} strongest features kept.");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"# The F1-best threshold on the latest 15% of train+dev (a model fitted on the rest), {threshold:F2}, is folded into h:bias: 0.5 is the default threshold."));
        text.AppendLine($"# Rerun from the repository root: dotnet run -c Release --project bench/ClaimTraining -- {commandLine}");
        foreach (var (feature, weight) in model.Weights.OrderBy(w => w.Key, StringComparer.Ordinal))
            text.Append(feature).Append('\t').AppendLine(weight.ToString("0.#####", CultureInfo.InvariantCulture));
        File.WriteAllText(path, text.ToString());
    }
}
