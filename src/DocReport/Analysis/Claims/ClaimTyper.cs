using DocReport.Model;

namespace DocReport.Analysis.Claims;

/// <summary>Names the kinds of fact a sentence asserts from its evidence and cues; a claim that fits none is typed <see cref="ClaimType.Other"/> by the analyzer.</summary>
internal static class ClaimTyper
{
    public static IReadOnlyList<ClaimType> Types(SentenceSignals s)
    {
        var types = new List<ClaimType>(3);
        if (s.HasEvidence(EvidenceKind.IsStatistic)) types.Add(ClaimType.Statistic);
        if (s.HasEvidence(EvidenceKind.IsTemporal)) types.Add(ClaimType.Temporal);
        if (s.Has(CueCategory.Reporting)) types.Add(ClaimType.Attribution);
        if (s.HasQuotation) types.Add(ClaimType.Quote);
        if (s.Has(CueCategory.Comparative)) types.Add(ClaimType.Comparative);
        if (s.Has(CueCategory.Causal)) types.Add(ClaimType.Causal);
        if (s.HasForecast) types.Add(ClaimType.Prediction);
        return types;
    }
}
