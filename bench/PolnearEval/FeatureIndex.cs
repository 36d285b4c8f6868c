using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>Numbers the features seen in training and keeps their hashes for the weights file.</summary>
internal sealed class FeatureIndex
{
    private readonly Dictionary<ulong, int> ids = [];

    public List<ulong> Keys { get; } = [];

    public int Count => Keys.Count;

    /// <summary>The ids of a token's features, numbering new ones; when <paramref name="frozen"/>, features not seen in training are left out.</summary>
    public int[] Of(ParagraphTokens tokens, int i, FirstPass? firstPass, bool frozen = false)
    {
        var sink = new Collector(this, frozen);
        TokenFeatures.Emit(tokens, i, sink, firstPass);
        return sink.Ids.ToArray();
    }

    private sealed class Collector(FeatureIndex index, bool frozen) : IFeatureSink
    {
        public List<int> Ids { get; } = new(64);

        public void Add(FeaturePart template, FeaturePart value) => Take(FeatureHash.Of(template, value));

        public void Add(FeaturePart template, FeaturePart first, FeaturePart second) => Take(FeatureHash.Of(template, first, second));

        private void Take(ulong hash)
        {
            if (!index.ids.TryGetValue(hash, out var id))
            {
                if (frozen) return;
                index.ids[hash] = id = index.Keys.Count;
                index.Keys.Add(hash);
            }
            Ids.Add(id);
        }
    }
}
