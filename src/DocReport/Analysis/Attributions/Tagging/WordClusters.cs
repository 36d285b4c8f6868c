using DocReport.Resources;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// Word classes learnt without labels from the words beside each word (Data/word-clusters.tsv, written by bench/PolnearEval's
/// word-clusters): a coarse and a fine class, so that what the tagger learns of "criticized" reaches a word it never saw as a
/// cue ("lambasted") that stands in the same places.
/// </summary>
internal static class WordClusters
{
    public const string Path = "Analysis/Attributions/Data/word-clusters.tsv";

    private static readonly (FeaturePart Coarse, FeaturePart Fine) Unknown = (FeaturePart.Of("?"), FeaturePart.Of("?"));

    private static readonly Dictionary<string, (FeaturePart Coarse, FeaturePart Fine)> Classes = Load();

    /// <summary>The coarse and fine class of a lower-cased word, or "?" for a word the texts held too rarely.</summary>
    public static (FeaturePart Coarse, FeaturePart Fine) Of(string lower) => Classes.GetValueOrDefault(lower, Unknown);

    private static Dictionary<string, (FeaturePart, FeaturePart)> Load()
    {
        var coarse = new Dictionary<string, FeaturePart>(StringComparer.Ordinal);
        FeaturePart Part(string prefix, string id) => coarse.TryGetValue(prefix + id, out var part) ? part : coarse[prefix + id] = FeaturePart.Of(prefix + id);
        var classes = new Dictionary<string, (FeaturePart, FeaturePart)>(StringComparer.Ordinal);
        foreach (var line in WordList.Load(Path))
        {
            var fields = line.Split('\t');
            classes[fields[0]] = (Part("k", fields[1]), Part("f", fields[2]));
        }
        return classes;
    }
}
