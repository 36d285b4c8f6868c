using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Resources;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// A cue of criticism, praise or defence (Data/stance-verbs.txt: "slammed", "took aim at", "praised", "defended"). One the reporting
/// cues do not credit ("took aim at", "mocked", "defended") reports what its subject said only with evidence in its sentence that
/// it tells speech (<see cref="StanceEvidence"/>: "took aim at the plan, calling it ...", "lambasted the bill as a giveaway",
/// "fired back: “...”", "In a statement, Lee assailed ..."); without it the cue may tell a deed ("defended her title"), and stays a
/// belief that reports nothing unless the next sentence quotes the same source or the one before reports it
/// (<see cref="FoundAttribution.AwaitsQuote"/>, <see cref="StanceQuotes"/>). One the reporting cues credit ("slammed", "praised":
/// in PolNeAR's news nearly always speech) keeps reporting unless a particle or a door tells the deed ("blasted through the
/// doors", "slammed the door on the deal").
/// </summary>
internal static partial class StanceVerbs
{
    private static readonly string[][] Lines = WordList.Load("Analysis/Attributions/Data/stance-verbs.txt")
        .Select(l => l.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();

    private static readonly string[] Forms = Lines.SelectMany(l => l).Distinct(StringComparer.Ordinal).ToArray();

    private static readonly HashSet<string> Words = Forms.SelectMany(f => f.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // "attack", "question": a base form that is no other form, which after a singular subject is a noun ("the Paris attack")
    private static readonly HashSet<string> BaseOnly = Lines.Select(l => l[0]).Where(b => Lines.All(l => l.Skip(1).All(f => f != b))).ToHashSet(StringComparer.Ordinal);

    /// <summary>Any form as a whole word or phrase, in lower case (a capitalised "Hail" inside a sentence is a name).</summary>
    public static readonly Regex Pattern = new(@"\b(?:" + string.Join('|', Forms.OrderByDescending(f => f.Length).Select(f => Regex.Escape(f).Replace(@"\ ", @"\s+"))) + @")\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"[\p{L}-]+")]
    private static partial Regex CueWords();

    /// <summary>True when the cue holds a stance verb and no other word of reporting ("slammed", "has taken aim at"; not "criticized and mocked").</summary>
    public static bool IsStanceCue(string cue) =>
        Pattern.IsMatch(cue) && !CueWords().Matches(cue).Any(w => !Words.Contains(w.Value) && ReportingCues.IsReportingWord(w.Value));

    /// <summary>
    /// The attribution read by its stance cue. One the reporting cues already credit ("slammed", "praised") keeps reporting unless it
    /// tells a deed ("blasted through the doors", "slammed the door"). One they do not ("took aim at", "mocked", "defended") is speech
    /// that reports when its sentence shows it, else a belief that waits for a quotation in the next sentence. A noun ("Lee's attacks",
    /// "a question of"), a passive ("has been attacked from all sides") and what is not said ("did not apologize") report nothing new.
    /// </summary>
    public static FoundAttribution Read(string text, FoundAttribution f, IReadOnlyList<Quotation> quotations)
    {
        if (!IsStanceCue(f.Cue.Text)) return f;
        // "Years ago, a Times article hailed him as “...”": a document's stance not opening the sentence, which only evidence makes a report
        if (f.Kind == AttributionKind.Document) return !f.Reports && Shows(text, f, quotations) ? f with { Reports = true } : f;
        if (f.Kind == AttributionKind.Speech && f.Reports) return Deed().IsMatch(text, f.Cue.End) ? f with { Kind = AttributionKind.Belief, Reports = false } : f;
        if (f.Reports || !IsVerb(text, f)) return f;
        return StanceEvidence.Shows(text, f, quotations) ? f with { Kind = AttributionKind.Speech, Reports = true } : f with { AwaitsQuote = true };
    }

    /// <summary>True when a stance cue is a verb its sentence shows to tell speech (the rules keep no other stance they find).</summary>
    public static bool Shows(string text, FoundAttribution f, IReadOnlyList<Quotation> quotations) => IsVerb(text, f) && StanceEvidence.Shows(text, f, quotations);

    // A verb, said, of its subject: the cue opens with the stance verb after auxiliaries and adverbs only, none a form of "be" (a
    // passive: "has been attacked from all sides") or a negation, right after its subject; a subject ending in a possessive, a function
    // word or a participle makes it a noun ("Lee's attacks", "a question of", "his fabricated attacks"), and so does a singular one
    // before a bare base form ("the Paris attack"; "Republicans attack" is a verb)
    private static bool IsVerb(string text, FoundAttribution f)
    {
        if (f.Source.End > f.Cue.Start || !string.IsNullOrWhiteSpace(text[f.Source.End..f.Cue.Start].Trim(',')) || NounBefore().IsMatch(f.Source.Text)) return false;
        var words = f.Cue.Text.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < words.Length && Auxiliary().IsMatch(words[first])) first++;
        if (first == words.Length || Pattern.Match(f.Cue.Text) is not { Success: true } verb || !words[first].Equals(verb.Value.Split(' ')[0], StringComparison.Ordinal)) return false;
        var passive = !words[first].EndsWith("ing", StringComparison.Ordinal) && words.Take(first).Any(w => BeForm().IsMatch(w));
        return !passive && !words.Take(first).Any(w => w is "not" or "never") && (!BaseOnly.Contains(verb.Value) || first > 0 || PluralSubject().IsMatch(f.Source.Text));
    }

    [GeneratedRegex(@"^(?:has|have|had|did|does|do|also|still|again|then|later|now|even|not|never|been|being|be|is|are|was|were|\p{Ll}+ly)$")]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"^(?:been|being|be|is|are|was|were)$")]
    private static partial Regex BeForm();

    // "they", "critics", "Republicans", "Democrats": a pronoun, a plural common noun, or a plural in -ans or -ats (a name in -s,
    // "Paris", "Sanders", is one)
    [GeneratedRegex(@"(?:\b(?i:they|we|I|you|people)|\b\p{Ll}+[^s'’\s]s|\b\p{Lu}\p{L}*(?:an|at)s)$")]
    private static partial Regex PluralSubject();

    [GeneratedRegex(@"(?:['’]s?|\b(?i:a|an|the|his|her|their|its|our|my|your|this|that|of|in|on|for|to|at|by|with)|\b\p{Ll}+(?:ed|ing))$")]
    private static partial Regex NounBefore();

    // A deed: the verb then a particle of motion ("blasted through the doors", "slammed into a wall", "hammered out a deal") or a door,
    // gate or brake it strikes ("slammed the door on the deal")
    [GeneratedRegex(@"\G\s+(?:(?:through|into|onto|past|across|open|shut|off|away|down)\b|(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:doors?|gates?|brakes)\b)")]
    private static partial Regex Deed();
}
