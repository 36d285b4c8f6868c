using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>Writes a trained pass as a <see cref="TaggerWeightsFile"/>: pruned features (all weights zero) are left out there.</summary>
internal static class WeightsFile
{
    public static byte[] Write(FeatureIndex index, TrainedPass pass, IEnumerable<string> about)
    {
        var (emissions, transitions, start, _) = pass.Weights;
        return TaggerWeightsFile.Write(new WeightsTable(index.Keys.ToArray(), emissions, transitions, start, string.Join('\n', about)));
    }
}
