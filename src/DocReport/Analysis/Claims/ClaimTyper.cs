using DocReport.Model;
using DocReport.Resources;

namespace DocReport.Analysis.Claims;

/// <summary>
/// Names the kinds of fact a sentence asserts from its evidence and cues. Attribution is not among them: a reporting
/// word alone ("reportedly", "announced") names no source, so the analyzer types a claim attribution only when an
/// attribution found in the article covers it; a claim that fits no type is typed <see cref="ClaimType.Other"/> there.
/// Statistic and temporal read the evidence as <see cref="TypedEvidence"/> does, and comparative also the change words of
/// <c>Data/change-words.txt</c>: readings of the types alone, so the model's features stay as trained (round 32).
/// </summary>
internal static class ClaimTyper
{
    private static readonly HashSet<string> ChangeWords = new(WordList.Load("Analysis/Claims/Data/change-words.txt"), StringComparer.Ordinal);

    public static IReadOnlyList<ClaimType> Types(SentenceSignals s)
    {
        var types = new List<ClaimType>(3);
        if (TypedEvidence.HasStatistic(s)) types.Add(ClaimType.Statistic);
        if (TypedEvidence.HasTemporal(s)) types.Add(ClaimType.Temporal);
        if (s.QuotesInTypes) types.Add(ClaimType.Quote);
        if (s.Has(CueCategory.Comparative) || HasChangeWord(s)) types.Add(ClaimType.Comparative);
        if (s.Has(CueCategory.Causal)) types.Add(ClaimType.Causal);
        if (s.HasForecast) types.Add(ClaimType.Prediction);
        return types;
    }

    // "Greater Manchester", "the Lower East Side": a capitalised word inside the sentence is part of a name.
    private static bool HasChangeWord(SentenceSignals s) =>
        s.Tokens.Select((t, i) => (t, i)).Any(x => ChangeWords.Contains(x.t.Lower) && (x.i == 0 || !x.t.IsCapitalised(s.Sentence)));
}
