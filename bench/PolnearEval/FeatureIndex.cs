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

        public void Add(string template, string value) => Take(FeatureHash.Of(template, value), () => $"{template} {value}");

        public void Add(string template, string first, string second) => Take(FeatureHash.Of(template, first, second), () => $"{template} {first} {second}");

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
