using System.Globalization;
using System.Text;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Writes trained weights in the format <see cref="TaggerWeights.Parse"/> reads, as integers (the decoder only
/// compares sums, so one scale for all weights changes nothing), leaving out zero weights (and so the features too rare to keep).
/// </summary>
internal static class WeightsFile
{
    /// <summary>Weights are scaled so that the largest is this, then rounded.</summary>
    private const float Largest = 2000f;

    public static string Write(FeatureIndex index, TrainedPass pass, IEnumerable<string> header)
    {
        var weights = pass.Weights;
        var scale = Largest / weights.Emissions.Concat(weights.Transitions).Concat(weights.Start).Max(Math.Abs);
        var text = new StringBuilder();
        foreach (var line in header) text.Append("# ").Append(line).Append('\n');
        text.Append(Line(TaggerWeights.TransitionPrefix + TaggerWeights.StartName, weights.Start, scale));
        for (var p = 0; p < Tags.Count; p++)
            text.Append(Line(TaggerWeights.TransitionPrefix + p.ToString(CultureInfo.InvariantCulture), weights.Transitions.AsSpan(p * Tags.Count, Tags.Count).ToArray(), scale));
        for (var f = 0; f < index.Count; f++)
        {
            text.Append(Line(index.Names[f], weights.Emissions.AsSpan(f * Tags.Count, Tags.Count).ToArray(), scale));
        }
        return text.ToString();
    }

    private static string Line(string name, float[] weights, float scale)
    {
        var pairs = weights.Select((w, t) => (Tag: t, Value: (int)MathF.Round(w * scale))).Where(x => x.Value != 0).ToList();
        return pairs.Count == 0 ? "" : $"{name}\t{string.Join(' ', pairs.Select(x => $"{x.Tag}:{x.Value.ToString(CultureInfo.InvariantCulture)}"))}\n";
    }
}
