namespace DocReport.Analysis.Claims;

/// <summary>
/// The features of the check-worthiness model: lower-cased words, word pairs, pairs with one word between, and the last
/// three letters and the letter 4-grams of longer words (numbers folded to &lt;num&gt; and &lt;year&gt;), and hand features from evidence,
/// cues and the sentence's form (page furniture and captions rarely end in a full stop; code has braces and semicolons),
/// and, for a sentence read in its article, <see cref="SentenceContext"/> features.
/// Training (bench/ClaimTraining) and scoring share it.
/// </summary>
internal static class ClaimFeaturizer
{
    private const string SentenceStart = "<s>";
    private const string SentenceEnd = "</s>";
    private const int GramLength = 4;

    /// <summary>The distinct features of a sentence, with those of its place in the article when known; a feature is present or absent, never counted.</summary>
    public static IEnumerable<string> Features(SentenceSignals signals, SentenceContext? context = null) =>
        AllFeatures(signals).Concat(context?.Features() ?? []).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> AllFeatures(SentenceSignals signals)
    {
        var previous = SentenceStart;
        var beforePrevious = SentenceStart;
        foreach (var token in signals.Tokens)
        {
            var word = Fold(token.Lower);
            yield return "u:" + word;
            yield return "b:" + previous + " " + word;
            yield return "k:" + beforePrevious + " " + word;
            if (word.Length >= 5 && word.All(char.IsLetter))
            {
                yield return "s:" + word[^3..];
                foreach (var gram in CharacterGrams(word)) yield return "c:" + gram;
            }
            beforePrevious = previous;
            previous = word;
        }
        yield return "b:" + previous + " " + SentenceEnd;
        foreach (var feature in HandFeatures(signals)) yield return feature;
    }

    private static IEnumerable<string> HandFeatures(SentenceSignals signals)
    {
        foreach (var kind in signals.Evidence.Select(e => e.Kind).Distinct()) yield return "h:ev:" + kind;
        var entities = signals.Evidence.Count(e => e.Kind == EvidenceKind.Entity);
        yield return "h:entities:" + Math.Min(entities, 3);
        foreach (var category in Enum.GetValues<CueCategory>())
        {
            if (category is not (CueCategory.EntityStopWord or CueCategory.NameConnector) && signals.Has(category)) yield return "h:cue:" + category;
        }
        if (signals.Has(CueCategory.Reporting) && signals.HasEvidence(EvidenceKind.IsStatistic)) yield return "h:reported-figure";
        if (signals.HasOfficialEntity) yield return "h:official-entity";
        if (signals.HasOfficialEntity && signals.Has(CueCategory.Reporting)) yield return "h:official-reports";
        if (signals.Has(CueCategory.Reporting) && signals.HasEvidence(EvidenceKind.IsTemporal) && signals.HasEntity) yield return "h:dated-report";
        if (signals.IsImpersonal && signals.HasEntity && signals.HasEvidence(k => k == EvidenceKind.Date)) yield return "h:dated-event";
        if (signals.IsImpersonal && signals.HasEntity && signals.HasEvidence(EvidenceKind.IsStatistic)) yield return "h:figure-named";
        if (signals.Evidence.Count == 0 && !signals.Has(CueCategory.FirstPerson) && !signals.Has(CueCategory.ThirdPerson)) yield return "h:nothing-named";
        if (signals.HasQuotation) yield return "h:quotation";
        if (signals.IsQuestion) yield return "h:question";
        if (!signals.IsTerminated) yield return "h:unterminated";
        if (signals.LooksLikeCode) yield return "h:code";
        foreach (var form in SentenceForm.Features(signals.Sentence, signals.Tokens)) yield return form;
        yield return "h:length:" + LengthBucket(signals.Tokens.Count);
        yield return "h:bias";
    }

    // Four-letter pieces of "^word$" let unseen forms ("deregulated", "unemployed") share weights with seen ones.
    private static IEnumerable<string> CharacterGrams(string word)
    {
        var marked = "^" + word + "$";
        for (var i = 0; i + GramLength <= marked.Length; i++) yield return marked.Substring(i, GramLength);
    }

    private static string Fold(string word) =>
        !word.Any(char.IsAsciiDigit) ? word
        : word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal)) && word.All(char.IsAsciiDigit) ? "<year>"
        : "<num>";

    private static int LengthBucket(int tokens) => tokens switch { < 5 => 0, < 10 => 1, < 20 => 2, < 35 => 3, _ => 4 };
}
