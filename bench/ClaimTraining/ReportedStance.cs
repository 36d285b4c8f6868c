using DocReport.Analysis.Claims;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Round 28's candidate features for a reported state of mind, news' largest family of false claims (README "Round 28"; tried
/// with `tune --stance`, not kept, so the library's featurizer has none): a verb of belief, feeling or wish whose subject is a
/// person ("Smith believes ...", "he said he hoped ...", "some fear ..."), and a report or belief frame whose words hold nothing
/// checkable (no figure, no time, no event told as done: <see cref="ReportedJudgement.FramesOnlyWords"/>); each also as an
/// "x:" copy for a sentence read in its article (CT24's debate lines never have those). <see cref="IsOnlyStance"/> is the
/// candidate rule `judgements --rule stance` measures.
/// </summary>
internal static class ReportedStance
{
    /// <summary>The feature of a person's belief, feeling or wish.</summary>
    public const string BeliefFeature = "h:stance:belief";
    /// <summary>The feature of a frame around words that hold nothing checkable.</summary>
    public const string BareFeature = "h:stance:bare";

    // Verbs of belief, feeling and wish, with or without "that" after them; verbs that as often tell a plan or an act ("expects",
    // "considered", "agreed", "likes") are left out, and the reporting cues are claim-cues.tsv's.
    private static readonly HashSet<string> StanceVerbs = new(["believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt",
        "hope", "hopes", "hoped", "fear", "fears", "feared", "worry", "worries", "worried", "wish", "wishes", "wished", "want", "wants", "wanted",
        "doubt", "doubts", "doubted"], StringComparer.Ordinal);
    // Subjects that are people without naming them ("some believe ...", "others fear ...").
    private static readonly HashSet<string> PeopleWords = new(["he", "she", "they", "who", "some", "many", "others", "most", "few"], StringComparer.Ordinal);
    // Words that may stand between the subject and the verb ("he still believes", "she did not want", "they really thought").
    private static readonly HashSet<string> Between = new(["also", "still", "really", "always", "never", "just", "even", "genuinely", "personally", "truly", "did", "does", "do", "not", "didn't", "doesn't", "don't", "had", "has", "have"], StringComparer.Ordinal);
    private const int MostBetween = 2;

    /// <summary>The same features of a sentence read in its article (CT24's debate lines, read alone, never have them).</summary>
    public const string ArticleBeliefFeature = "x:stance:belief", ArticleBareFeature = "x:stance:bare";

    /// <summary>The features the sentence has; <paramref name="inArticle"/>: also their copies for a sentence read in its article.</summary>
    public static IEnumerable<string> Features(SentenceSignals signals, bool inArticle)
    {
        if (HasPersonsStance(signals))
        {
            yield return BeliefFeature;
            if (inArticle) yield return ArticleBeliefFeature;
        }
        if (ReportedJudgement.FramesOnlyWords(signals))
        {
            yield return BareFeature;
            if (inArticle) yield return ArticleBareFeature;
        }
    }

    /// <summary>A stance verb after a person: a personal pronoun, "who", "some" or "many", or a capitalised word that starts names.</summary>
    public static bool HasPersonsStance(SentenceSignals signals) => StanceVerb(signals) is not null;

    /// <summary>A person's stance, and nothing else in the sentence tells a fact (a candidate rule, round 28; not applied).</summary>
    public static bool IsOnlyStance(SentenceSignals signals) => StanceVerb(signals) is { } verb && ReportedJudgement.TellsNothingBut(signals, verb);

    /// <summary>
    /// The rule `judgements --rule` names: "judgement", the library's <see cref="ReportedJudgement.Holds"/>; "stance" (round 28), also
    /// <see cref="IsOnlyStance"/>; "bare" (round 37), also any report or belief frame with nothing checkable in the sentence.
    /// </summary>
    public static Func<SentenceSignals, bool> Rule(string name) => name switch
    {
        "judgement" => ReportedJudgement.Holds,
        "stance" => s => ReportedJudgement.Holds(s) || IsOnlyStance(s),
        "bare" => s => ReportedJudgement.Holds(s) || ReportedJudgement.FramesOnlyWords(s),
        _ => throw new ArgumentException($"--rule {name}: judgement, stance or bare"),
    };

    private static int? StanceVerb(SentenceSignals signals)
    {
        var tokens = signals.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!StanceVerbs.Contains(tokens[i].Lower)) continue;
            var subject = i - 1;
            while (subject > 0 && i - subject <= MostBetween && Between.Contains(tokens[subject].Lower)) subject--;
            if (IsPerson(signals, tokens[subject])) return i;
        }
        return null;
    }

    private static bool IsPerson(SentenceSignals signals, SentenceToken token) =>
        PeopleWords.Contains(token.Lower)
        || (token.IsCapitalised(signals.Sentence) && token.Lower.All(char.IsLetter) && !CueLexicon.Shared.Is(CueCategory.EntityStopWord, token.Lower));
}
