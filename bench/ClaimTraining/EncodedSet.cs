using DocReport.Analysis.Claims;

namespace DocReport.Bench.ClaimTraining;

/// <summary>Sentences turned into feature names once, so a grid of trainings does not featurize again.</summary>
internal sealed record EncodedSet(IReadOnlyList<string[]> Features, IReadOnlyList<bool> Labels)
{
    public static EncodedSet Of(IReadOnlyList<LabelledSentence> sentences) =>
        new(sentences.Select(s => ClaimFeaturizer.Features(SentenceSignals.Read(s.Text)).ToArray()).ToList(), sentences.Select(s => s.IsClaim).ToList());

    public EncodedSet Concat(EncodedSet other) => new([.. Features, .. other.Features], [.. Labels, .. other.Labels]);
}
