using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>Numbers the features seen in training and keeps their names for the weights file.</summary>
internal sealed class FeatureIndex
{
    private readonly Dictionary<ulong, int> ids = [];

    public List<string> Names { get; } = [];

    public int Count => Names.Count;

    /// <summary>The ids of a token's features, numbering new ones.</summary>
    public int[] Of(ParagraphTokens tokens, int i, FirstPass? firstPass)
    {
        var sink = new Collector(this);
        TokenFeatures.Emit(tokens, i, sink, firstPass);
        return sink.Ids.ToArray();
    }

    private sealed class Collector(FeatureIndex index) : IFeatureSink
    {
        public List<int> Ids { get; } = new(64);

        public void Add(FeaturePart template, FeaturePart value) => Take(FeatureHash.Of(template, value), () => $"{template.Text} {value.Text}");

        public void Add(FeaturePart template, FeaturePart first, FeaturePart second) => Take(FeatureHash.Of(template, first, second), () => $"{template.Text} {first.Text} {second.Text}");

        private void Take(ulong hash, Func<string> name)
        {
            if (!index.ids.TryGetValue(hash, out var id))
            {
                index.ids[hash] = id = index.Names.Count;
                index.Names.Add(name());
            }
            Ids.Add(id);
        }
    }
}
