using DocReport.Model;

namespace DocReport.Analysis.Claims;

/// <summary>
/// Names the kinds of fact a sentence asserts from its evidence and cues. Attribution is not among them: a reporting
/// word alone ("reportedly", "announced") names no source, so the analyzer types a claim attribution only when an
/// attribution found in the article covers it; a claim that fits no type is typed <see cref="ClaimType.Other"/> there.
/// </summary>
internal static class ClaimTyper
{
    public static IReadOnlyList<ClaimType> Types(SentenceSignals s)
    {
        var types = new List<ClaimType>(3);
        if (s.HasEvidence(EvidenceKind.IsStatistic)) types.Add(ClaimType.Statistic);
        if (s.HasEvidence(EvidenceKind.IsTemporal)) types.Add(ClaimType.Temporal);
        if (s.QuotesInTypes) types.Add(ClaimType.Quote);
        if (s.Has(CueCategory.Comparative)) types.Add(ClaimType.Comparative);
        if (s.Has(CueCategory.Causal)) types.Add(ClaimType.Causal);
        if (s.HasForecast) types.Add(ClaimType.Prediction);
        return types;
    }
}
