using DocReport.Analysis.Claims;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Sentences turned into feature names once, so a grid of trainings does not featurize again; with their sentence
/// embeddings when the embedding model is used, and a weight per sentence (news sentences may count for more).
/// </summary>
internal sealed record EncodedSet(IReadOnlyList<string[]> Features, IReadOnlyList<bool> Labels, IReadOnlyList<float[]>? Embeddings, IReadOnlyList<double> Weights)
{
    /// <summary>The sentences encoded, leaving out the features whose names start with one of <paramref name="without"/> (to measure a family's worth).</summary>
    public static EncodedSet Of(IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<float[]>? embeddings = null, IReadOnlyList<string>? without = null) =>
        new(sentences.Select(s => FeaturesOf(s)
                .Where(f => without is null || !without.Any(p => f.StartsWith(p, StringComparison.Ordinal))).ToArray()).ToList(), sentences.Select(s => s.IsClaim).ToList(),
            embeddings, Enumerable.Repeat(1.0, sentences.Count).ToList());

    /// <summary>Round 28 (`--stance`): <see cref="ReportedStance"/>'s candidate features are added to every sentence's.</summary>
    public static bool WithStance { get; set; }

    /// <summary>Round 30 (`--quote-context`): <see cref="QuoteContext"/>'s candidate features are added to every sentence's.</summary>
    public static bool WithQuoteContext { get; set; }

    /// <summary>Round 38 (`--opinion`): <see cref="OpinionPredicate"/>'s candidate features are added to every sentence's.</summary>
    public static bool WithOpinion { get; set; }

    /// <summary>Round 39 (`--opinion-labels FILE`): the band of <see cref="OpinionScore"/>'s opinion probability is added to every sentence's features.</summary>
    public static OpinionScore? Opinion { get; set; }

    /// <summary>Round 45 (`--analysis-file FILE`): <see cref="AnalysisFeatures"/>' frozen features are added to the sentences the file holds.</summary>
    public static Dictionary<string, string[]>? Analysis { get; set; }

    /// <summary>The sentence's features: the library featurizer's, and the candidate features when asked for.</summary>
    public static IEnumerable<string> FeaturesOf(LabelledSentence sentence)
    {
        var signals = SentenceSignals.Read(sentence.Text);
        var features = ClaimFeaturizer.Features(signals, sentence.Context);
        var all = WithStance ? features.Concat(ReportedStance.Features(signals, sentence.Context is not null)) : features;
        all = WithQuoteContext ? all.Concat(QuoteContext.Features(signals, sentence.Context is not null)) : all;
        all = WithOpinion ? all.Concat(OpinionPredicate.Features(signals, sentence.Context is not null)) : all;
        all = Analysis is not null && sentence.Context is not null && Analysis.TryGetValue(AnalysisFeatures.Key(sentence), out var analysed) ? all.Concat(analysed) : all;
        return Opinion is null ? all : all.Concat(Opinion.Features(sentence.Text));
    }

    public int Count => Labels.Count;

    public EncodedSet Concat(EncodedSet other) =>
        new([.. Features, .. other.Features], [.. Labels, .. other.Labels],
            Embeddings is null || other.Embeddings is null ? null : [.. Embeddings, .. other.Embeddings], [.. Weights, .. other.Weights]);

    public EncodedSet Take(IEnumerable<int> indices)
    {
        var chosen = indices.ToList();
        return new(chosen.Select(i => Features[i]).ToList(), chosen.Select(i => Labels[i]).ToList(),
            Embeddings is null ? null : chosen.Select(i => Embeddings[i]).ToList(), chosen.Select(i => Weights[i]).ToList());
    }

    /// <summary>Round 25: each feature whose name starts with one of <paramref name="prefixes"/> ("" for every one) gets a copy
    /// named "n:" and the feature, so that news sentences have weights of their own beside those shared with the debates.</summary>
    public EncodedSet WithNewsCopies(IReadOnlyList<string> prefixes) => prefixes.Count == 0 ? this : this with
    {
        Features = Features.Select(features => features.Concat(features.Where(f => prefixes.Any(p => f.StartsWith(p, StringComparison.Ordinal))).Select(f => "n:" + f)).ToArray()).ToList(),
    };

    public EncodedSet WithoutEmbeddings() => this with { Embeddings = null };

    /// <summary>Every sentence's weight multiplied by <paramref name="weight"/>.</summary>
    public EncodedSet Weighted(double weight) => this with { Weights = Weights.Select(w => w * weight).ToList() };

    /// <summary>The sentences <paramref name="from"/> to <paramref name="to"/> (0-based, inclusive) weigh <paramref name="factor"/> times as much.</summary>
    public EncodedSet WeightedRange(int from, int to, double factor) => this with { Weights = Weights.Select((w, i) => i >= from && i <= to ? w * factor : w).ToList() };

    /// <summary>The sentences from <paramref name="from"/> on weigh <paramref name="factor"/> times as much.</summary>
    public EncodedSet WeightedFrom(int from, double factor) => this with { Weights = Weights.Select((w, i) => i >= from ? w * factor : w).ToList() };
}
