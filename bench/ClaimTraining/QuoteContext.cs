using DocReport.Analysis.Claims;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Round 30's candidate context features of quoted speech (`tune --quote-context`; README "Round 30"), for a sentence read in its
/// article only (CT24's debate lines never have them, as they have no "x:" feature): the sentence is part of a quotation that runs
/// over several sentences (its quotation marks do not pair up: it opens one it does not close, or closes one opened before), and
/// the sentence quotes someone and names the speaking ("... ," she said.). The library's featurizer has neither.
/// </summary>
internal static class QuoteContext
{
    /// <summary>The feature of a sentence inside a quotation that runs over several sentences.</summary>
    public const string InsideFeature = "x:quote:inside";
    /// <summary>The feature of a quotation with a reporting cue beside it.</summary>
    public const string ReportedFeature = "x:quote:reported";

    /// <summary>The features the sentence has; none unless <paramref name="inArticle"/>.</summary>
    public static IEnumerable<string> Features(SentenceSignals signals, bool inArticle)
    {
        if (!inArticle) yield break;
        if (IsUnpaired(signals.Sentence)) yield return InsideFeature;
        if (signals.HasQuotation && signals.Has(CueCategory.Reporting)) yield return ReportedFeature;
    }

    /// <summary>Quotation marks that do not pair up: an odd number of straight double marks or of doubled apostrophes, or unequal curly ones.</summary>
    public static bool IsUnpaired(string sentence)
    {
        int straight = 0, opening = 0, closing = 0, doubled = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            switch (sentence[i])
            {
                case '"': straight++; break;
                case '“': opening++; break;
                case '”': closing++; break;
                case '\'' when i + 1 < sentence.Length && sentence[i + 1] == '\'': doubled++; i++; break;
            }
        }
        return straight % 2 == 1 || opening != closing || doubled % 2 == 1;
    }
}
