using DocReport.Resources;

namespace DocReport.Analysis.Claims;

/// <summary>
/// A report whose reported words only judge, feel or speculate: "X said the decision was heartbreaking", "she said she was
/// excited", "it could mean trouble, he said". The model reads the frame "X said" as a report of fact; this reads the clause
/// it frames (the quoted words, the words after the cue, or those before ", X said"), and finds there an evaluation, a
/// feeling or a hedge, while the sentence holds nothing checkable: no figure, no time, no event told as done. A belief frame
/// ("he worries that ...", "officials speculated that ...", "she is keenly aware of ...") frames a state of mind whatever its
/// clause holds. news-guideline.md counts such sentences as opinion or speculation, not claims, whoever says them and whoever
/// they judge.
/// </summary>
internal static class ReportedJudgement
{
    private static readonly HashSet<string> JudgementWords = new(WordList.Load("Analysis/Claims/Data/judgement-words.txt"), StringComparer.Ordinal);

    // A report whose cue is followed by fewer words than this tells its clause before the cue ("It was sad, she said.").
    private const int LeastWordsAfterCue = 4;
    // "told reporters on Monday that ...": the clause starts after a "that" this close to the cue.
    private const int FarthestThat = 5;

    private static readonly HashSet<string> ToldFactWords = new(WordList.Load("Analysis/Claims/Data/told-fact-words.txt"), StringComparer.Ordinal);
    private static readonly HashSet<string> BeliefVerbs = new(WordList.Load("Analysis/Claims/Data/belief-verbs.txt"), StringComparer.Ordinal);
    private static readonly HashSet<string> BeliefStates = new(WordList.Load("Analysis/Claims/Data/belief-states.txt"), StringComparer.Ordinal);
    private static readonly HashSet<string> BeForms = new(["is", "are", "was", "were", "am", "be", "been", "being", "remain", "remains", "remained", "seem", "seems", "seemed", "feel", "feels", "become", "becomes", "became"], StringComparer.Ordinal);

    /// <summary>Whether the sentence reports someone's words or state of mind, and those are only a judgement, a feeling, a belief or speculation.</summary>
    public static bool Holds(SentenceSignals signals) => Read(signals) is (true, true);

    /// <summary>
    /// Whether the sentence reports someone's words or state of mind and holds nothing checkable: no figure, no time, no event told
    /// as done, whether or not the words judge (read by the candidate features of bench/ClaimTraining's <c>ReportedStance</c>, not by the shipped model; <see cref="Holds"/> wants a judgement too).
    /// </summary>
    internal static bool FramesOnlyWords(SentenceSignals signals) => Read(signals).Bare;

    // Bare: a frame, and nothing checkable in the sentence; judged: a belief frame, or a judgement, a feeling or a hedge in the framed words.
    private static (bool Bare, bool Judged) Read(SentenceSignals signals)
    {
        var tokens = signals.Tokens;
        var belief = BeliefFrame(tokens);
        var clause = belief is { } frame ? (frame, tokens[frame].End, signals.Sentence.Length) : Clause(signals);
        if (clause is not (var cue, var start, var end)) return (false, false);
        var judged = belief is not null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // The frame may name and describe the speaker, but an event told anywhere makes the sentence a report of it; so does
            // a figure or a time anywhere ("One in four voters said ...", "who has run the bakery since 1998"). A name does not:
            // "she said Smith was wonderful" judges Smith.
            if (TellsFact(tokens[i].Lower) || (i != cue && IsEvent(tokens, i))) return (false, false);
            if (tokens[i].Start >= start && tokens[i].End <= end) judged |= IsJudgement(signals, tokens, i);
        }
        return (!signals.Evidence.Any(e => EvidenceKind.IsStatistic(e.Kind) || EvidenceKind.IsTemporal(e.Kind)), judged);
    }

    /// <summary>
    /// Whether nothing in the sentence tells a fact but the words at <paramref name="except"/> and the reporting cues: no figure,
    /// no time, no event told as done (the candidate rule of bench/ClaimTraining's <c>ReportedStance</c>, round 28; not used by the library).
    /// </summary>
    internal static bool TellsNothingBut(SentenceSignals signals, int except)
    {
        var tokens = signals.Tokens;
        var cues = CueLexicon.Shared.Matches(tokens).Where(m => m.Category == CueCategory.Reporting).Select(m => m.TokenIndex).ToHashSet();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TellsFact(tokens[i].Lower) || (i != except && !cues.Contains(i) && IsEvent(tokens, i))) return false;
        }
        return !signals.Evidence.Any(e => EvidenceKind.IsStatistic(e.Kind) || EvidenceKind.IsTemporal(e.Kind));
    }

    // The reported clause, [start,end) in the sentence: the quotation outside which the cue stands, else the words after
    // the first reporting cue (after a near "that"), else, when few words follow it, those before the comma that precedes it.
    internal static (int Cue, int Start, int End)? Clause(SentenceSignals signals)
    {
        var tokens = signals.Tokens;
        var cue = CueLexicon.Shared.Matches(tokens).Where(m => m.Category == CueCategory.Reporting).Select(m => ((int, int)?)(m.TokenIndex, m.Length)).FirstOrDefault();
        if (cue is not (var at, var length)) return null;
        if (signals.Quoted is { } quoted && (tokens[at].End <= quoted.Start || tokens[at].Start >= quoted.End)) return (at, quoted.Start, quoted.End);
        var after = at + length;
        if (tokens.Count - after >= LeastWordsAfterCue)
        {
            for (var i = after; i < Math.Min(tokens.Count, after + FarthestThat); i++)
            {
                if (tokens[i].Lower == "that") return (at, tokens[i].End, signals.Sentence.Length);
            }
            return (at, tokens[after].Start, signals.Sentence.Length);
        }
        var comma = signals.Sentence.LastIndexOf(',', tokens[at].Start);
        return comma > 0 ? (at, 0, comma) : null;
    }

    // A belief verb before "that" ("they fear that ...") or a state of mind after a form of "be", perhaps with an adverb in -ly
    // between ("is keenly aware of ..."): the index of the frame's word, or null.
    private static int? BeliefFrame(IReadOnlyList<SentenceToken> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens[i].Lower;
            if (BeliefVerbs.Contains(word) && i + 1 < tokens.Count && tokens[i + 1].Lower == "that") return i;
            if (BeliefStates.Contains(word) && (BeForms.Contains(tokens[i - 1].Lower) || (i >= 2 && tokens[i - 1].Lower.EndsWith("ly", StringComparison.Ordinal) && BeForms.Contains(tokens[i - 2].Lower)))) return i;
        }
        return null;
    }

    // Internal for bench/ClaimTraining's OpinionPredicate (round 38), which reads it outside a report frame.
    internal static bool IsJudgement(SentenceSignals signals, IReadOnlyList<SentenceToken> tokens, int at)
    {
        var word = tokens[at].Lower;
        if (JudgementWords.Contains(word) || CueLexicon.Shared.Is(CueCategory.Opinion, word)) return true;
        if (!CueLexicon.Shared.Is(CueCategory.Hedge, word) || word == "would") return false; // "said it would ..." tells a plan or a promise
        if (word == "may" && tokens[at].IsCapitalised(signals.Sentence)) return false;
        return !(word == "could" && at + 1 < tokens.Count && tokens[at + 1].Lower == "not"); // "could not pay" tells what happened
    }

    // A verb in -ed told as done ("police arrested him", "he was inundated with email"), unless it names a feeling or a judgement
    // ("was excited") or follows a bare "be", which a modal or "to" governs ("the rules may soon be extended").
    private static bool IsEvent(IReadOnlyList<SentenceToken> tokens, int at)
    {
        var word = tokens[at].Lower;
        return word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !JudgementWords.Contains(word) && !CueLexicon.Shared.Is(CueCategory.Opinion, word)
            && !(at > 0 && tokens[at - 1].Lower == "be");
    }

    // "twenty-four" is read by its first part.
    private static bool TellsFact(string word) => ToldFactWords.Contains(word) || (word.IndexOf('-') is > 0 and var dash && ToldFactWords.Contains(word[..dash]));
}
