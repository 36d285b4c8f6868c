using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Resources;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// A belief that tells what its holder thinks, fears or hopes of what follows ("SDK believes ...", "Ngātiwai believe the
/// whales ...") is a view the article cites its holder for, as it would a speaker: a <see cref="AttributionKind.View"/> that
/// reports. Only a holder named, or a group the word lists do not know named by its plural ("harbour engineers"), right before
/// the verb (or set after what it holds: "..., scientists think."); people of a kind in the plural ("many economists fear") are
/// such a group. A state of mind with a clause of what it holds ("the Press Council is concerned the laws would ...") is such a
/// view too. Never the writer or reader ("I think", "you might think"), a pronoun, a description that points back ("the company
/// hopes": which company is a guess), a question ("who fear"), nor a view under a modal ("would think": what someone might think).
/// </summary>
internal static partial class HeldView
{
    private static readonly HashSet<string> Verbs = new(WordList.Load("Analysis/Attributions/Data/view-verbs.txt"), StringComparer.Ordinal);

    // between the holder and the verb: at most an adverb in -ly, "also", "still" or "do/does/did"
    [GeneratedRegex(@"^(?:(?:\p{Ll}+ly|also|still|long|do|does|did)\s+)?(\p{Ll}+)$")]
    private static partial Regex PlainVerb();

    /// <summary>The attribution as a view that reports when it is a belief told by a verb of thinking of a named holder or group.</summary>
    public static FoundAttribution Read(FoundAttribution f) =>
        f.Kind == AttributionKind.Belief && Tells(f) ? f with { Kind = AttributionKind.View, Reports = true } : f;

    // "Rain is to blame, experts believe.": a view set after what it holds, between a comma and the clause's end
    private static bool SetAfter(FoundAttribution f)
    {
        var (text, start) = (f.Sentence.Text, f.Sentence.Start);
        return f.Content.End <= f.Source.Start && string.IsNullOrWhiteSpace(text[(f.Content.End - start)..(f.Source.Start - start)].Replace(",", ""))
            && text[(f.Content.End - start)..(f.Source.Start - start)].Contains(',') && ClauseEnd().IsMatch(text[(f.Cue.End - start)..]);
    }

    [GeneratedRegex(@"^\s*(?:[,.;:!?]|$)")]
    private static partial Regex ClauseEnd();

    // "scientists think", "many economists fear": people of a kind the lists know, in the plural and of no one's, are a group the
    // article cites as it would a speaker (unlike "the company hopes", it guesses at no one named before)
    // ("a witness fears": a noun the lists know as it is, "witness", is one of them, not a plural)
    private static bool PeopleOfAKind(SourcePhrase group) =>
        group is { Owner: null, Definite: false, Descriptor: { IsPeople: true } or { Kind: SourceKind.Person, SpeaksFor: false } } && group.Name.Split(' ')[^1] is var head
        && head.EndsWith('s') && !SourceLexicon.Descriptors.ContainsKey(head.ToLowerInvariant());

    // "The Press Council is concerned the laws would ...", "Ms. Henry remains confident that ...": a state of mind with a clause of
    // what it holds (in PolNeAR train 20 of 43 such, with no preposition after, lie in a cue, all with a source); "is concerned about
    // the cost" holds no clause
    private const string State = @"\b(?:is|are|was|were|remains?|remained)\s+(?:\p{Ll}+ly\s+|also\s+|still\s+)?(?:adamant|concerned|confident|convinced|worried|optimistic|hopeful|skeptical|sceptical)\b";

    /// <summary>A state of mind told with a form of "be" or "remain" ("is concerned", "remain confident"), for the rules to find.</summary>
    [GeneratedRegex(State)]
    public static partial Regex StatePattern();

    [GeneratedRegex("^" + State + @"(?:\s+that)?$")]
    private static partial Regex StateOfMind();

    [GeneratedRegex(@"^[\s,]*(?!(?:about|with|over|by|for|at|of|to|in|on|as|and|or|but|despite|after|before|amid|because|since|if|when|while|though|although|even|that\s+(?:is|was|it)\b)\b)\p{L}")]
    private static partial Regex ClauseNext();

    /// <summary>True when a clause, not a preposition's object, follows the state of mind ending at <paramref name="end"/>.</summary>
    public static bool ClauseAfter(string text, int end) => ClauseNext().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end)));

    private static bool HeldState(FoundAttribution f) =>
        StateOfMind().IsMatch(f.Cue.Text.Trim()) && f.Content.Start >= f.Cue.End && ClauseNext().IsMatch(f.Sentence.Text[(f.Cue.End - f.Sentence.Start)..]);

    private static bool Tells(FoundAttribution f)
    {
        if (f.Source.End > f.Cue.Start || f.Cue.Start - f.Source.End > 2 || f.Content.Start < f.Cue.End && !SetAfter(f)) return false;
        if (!(PlainVerb().Match(f.Cue.Text.Trim()) is { Success: true } verb && Verbs.Contains(verb.Groups[1].Value) || HeldState(f))) return false;
        // "Tunisians worry": a nationality's people named by their plural are such a group
        return f.Phrase is { Form: PhraseForm.Named } || f.Phrase is { Form: PhraseForm.Descriptor } group && (SourceLexicon.IsNationalityPlural(group.Name.Split(' ')[^1]) || PeopleOfAKind(group))
            || f.Phrase is null && UnlistedGroup.WordsOf(f.Source.Text, f.Source.Start == f.Sentence.Start) is not null;
    }
}
