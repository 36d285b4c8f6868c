using DocReport.Analysis.Claims;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Round 38's candidate features for the writer's own opinion, news dev's largest family of false claims with a source's reported
/// opinion (README "Round 38"; `tune --opinion`): they read the sentence's predicate rather than a report frame, which
/// <see cref="ReportedJudgement"/> and round 28's <see cref="ReportedStance"/> need. A judgement, a feeling or a hedge with nothing
/// checkable anywhere in the sentence (no figure, no time, no event told as done: "The failure ... is excusable."); an impersonal
/// evaluation frame ("It is apparent that ...", "it's hard to ..."); a degree word before a word it grades ("too much", "very few").
/// Each also as an "x:" copy for a sentence read in its article (CT24's debate lines never have those).
/// </summary>
internal static class OpinionPredicate
{
    /// <summary>A judgement, feeling or hedge, and nothing checkable in the sentence.</summary>
    public const string JudgedFeature = "h:op:judged";
    /// <summary>"It" and a form of "be" before a word that grades ("It is clear that ...").</summary>
    public const string ImpersonalFeature = "h:op:it-frame";
    /// <summary>A degree word before the word it grades.</summary>
    public const string DegreeFeature = "h:op:degree";

    // Amplifiers and downtoners, the degree adverbs of English grammars (Quirk et al. 1985, 7.33-7.55): they grade a quality, which
    // a fact rarely needs. "So" and "pretty" are left out (a conjunction; an adjective as often), and so are "more", "less" and
    // "most", which also count ("more than 40").
    private static readonly HashSet<string> DegreeWords = new(["too", "very", "extremely", "incredibly", "deeply", "highly", "utterly", "totally",
        "absolutely", "truly", "really", "quite", "rather", "fairly", "remarkably", "particularly", "especially", "hugely", "enormously",
        "terribly", "awfully", "genuinely", "entirely", "somewhat", "slightly", "increasingly", "exceedingly", "immensely", "thoroughly",
        "profoundly", "painfully", "desperately", "overly"], StringComparer.Ordinal);
    // The forms of "be" and the linking verbs after "it" ("it's" is one token).
    private static readonly HashSet<string> BeForms = new(["is", "was", "seems", "seemed", "remains", "remained", "becomes", "became", "appears", "appeared"], StringComparer.Ordinal);

    /// <summary>The features the sentence has; <paramref name="inArticle"/>: also their copies for a sentence read in its article.</summary>
    public static IEnumerable<string> Features(SentenceSignals signals, bool inArticle)
    {
        foreach (var feature in HeadFeatures(signals))
        {
            yield return feature;
            if (inArticle) yield return "x:" + feature[2..];
        }
    }

    private static IEnumerable<string> HeadFeatures(SentenceSignals signals)
    {
        var tokens = signals.Tokens;
        if (Enumerable.Range(0, tokens.Count).Any(i => ReportedJudgement.IsJudgement(signals, tokens, i)) && ReportedJudgement.TellsNothingBut(signals, -1))
            yield return JudgedFeature;
        if (HasImpersonalFrame(signals)) yield return ImpersonalFeature;
        if (HasDegree(signals)) yield return DegreeFeature;
    }

    /// <summary>"It is clear ...", "It's hard to ...", "it seems unlikely ...", "it is not easy ...": the word after the frame (or
    /// after an adverb in -ly or "not" there) is neither a function word, a name, a figure nor a participle in -ed ("it was reported
    /// that" tells an act).</summary>
    public static bool HasImpersonalFrame(SentenceSignals signals)
    {
        var tokens = signals.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var next = tokens[i].Lower == "it" && BeForms.Contains(tokens[i + 1].Lower) ? i + 2 : tokens[i].Lower == "it's" ? i + 1 : -1;
            if (next < 0 || next >= tokens.Count) continue;
            if (Grades(signals, tokens[next])) return true;
            var adverb = tokens[next].Lower.EndsWith("ly", StringComparison.Ordinal) || tokens[next].Lower == "not";
            if (adverb && next + 1 < tokens.Count && Grades(signals, tokens[next + 1])) return true;
        }
        return false;
    }

    /// <summary>A degree word before a word it grades.</summary>
    public static bool HasDegree(SentenceSignals signals)
    {
        var tokens = signals.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (DegreeWords.Contains(tokens[i].Lower) && Grades(signals, tokens[i + 1])) return true;
        }
        return false;
    }

    private static bool Grades(SentenceSignals signals, SentenceToken token) =>
        token.Lower.All(char.IsLetter) && !token.IsCapitalised(signals.Sentence) && !token.Lower.EndsWith("ed", StringComparison.Ordinal)
        && !CueLexicon.Shared.Is(CueCategory.EntityStopWord, token.Lower);
}
