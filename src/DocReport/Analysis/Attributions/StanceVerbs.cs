using System.Text.RegularExpressions;
using DocReport.Model;

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
    private static readonly VerbForms Verbs = new("Analysis/Attributions/Data/stance-verbs.txt");

    /// <summary>Any form as a whole word or phrase, in lower case (a capitalised "Hail" inside a sentence is a name).</summary>
    public static Regex Pattern => Verbs.Pattern;

    [GeneratedRegex(@"[\p{L}-]+")]
    private static partial Regex CueWords();

    /// <summary>True when the cue holds a stance verb and no other word of reporting ("slammed", "has taken aim at"; not "criticized and mocked").</summary>
    public static bool IsStanceCue(string cue) =>
        Pattern.IsMatch(cue) && !CueWords().Matches(cue).Any(w => !Verbs.Words.Contains(w.Value) && ReportingCues.IsReportingWord(w.Value));

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

    private static bool IsVerb(string text, FoundAttribution f) => Verbs.VerbOf(text, f) is not null;

    // A deed: the verb then a particle of motion ("blasted through the doors", "slammed into a wall", "hammered out a deal") or a door,
    // gate or brake it strikes ("slammed the door on the deal")
    [GeneratedRegex(@"\G\s+(?:(?:through|into|onto|past|across|open|shut|off|away|down)\b|(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:doors?|gates?|brakes)\b)")]
    private static partial Regex Deed();
}
