using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "the biggest papers in those states have endorsed", "Pelosi resisted calls to defund": a word that is both a reporting verb
/// and a plural noun ("states", "claims", "calls") right after a determiner, a number or a verb in the past is the noun, and
/// reports nothing. In PolNeAR train such a word follows a determiner or number 204 times and an -ed verb 17 times; one of the
/// 221 is marked as a cue ("prompted calls for probes", whose subject is no speaker). The singular "show" or "report" closing a
/// noun phrase ("a TV show") is the noun too (<see cref="IsSingularNoun"/>).
/// </summary>
internal static partial class NounCue
{
    [GeneratedRegex(@"\b(?:states|claims|calls|reports|notes|comments|estimates|answers|replies)$")]
    private static partial Regex PluralNoun();

    // "that" is left out: "a report that claims ..." is a relative pronoun before the verb
    [GeneratedRegex(@"(?:\b(?i:the|a|an|those|these|its|their|his|her|our|my|your|many|all|some|several|other|both|such|few|no|two|three|four|five|six|seven|eight|nine|ten)|\d|\b\p{Ll}{2,}ed)\s+$")]
    private static partial Regex DeterminerOrPastVerb();

    /// <summary>
    /// "listed an NBC show as his guilty pleasure", "a standing invitation to the show.", "Bob Friedman, a talk show host": a
    /// cue "show" or "report" whose source ends in a determiner and the singular words after it ("an NBC", "the", "a talk"), with
    /// what follows a noun rather than a verb's object (the sentence's end, a title in quotation marks, "as", "of", "host"), is
    /// the noun, and attributes nothing. "the reports show", "the data show" (a plural or evidence before it) and "records from
    /// the 2008 cycle show he backed" (an object after it) still report.
    /// </summary>
    public static bool IsSingularNoun(string text, FoundAttribution f)
    {
        if (f.Cue.Text is not ("show" or "report") || f.Source.End > f.Cue.Start || !string.IsNullOrWhiteSpace(text[f.Source.End..f.Cue.Start])
            || !AfterNoun().IsMatch(text, f.Cue.End)) return false;
        var phrase = SingularPhraseEnd().Match(f.Source.Text);
        return phrase.Success && phrase.Groups["word"].Captures.All(w => !PluralOrOwning().IsMatch(w.Value) && Sources.SourceLexicon.DescriptorOf(w.Value) is not { IsEvidence: true });
    }

    [GeneratedRegex(@"(?:^|\s)(?i:the|a|an|this|its|their|his|her|our|my|your|every|each|another)(?:\s+(?<word>[^\s]+)){0,4}$")]
    private static partial Regex SingularPhraseEnd();

    // what a noun "show" goes on with: the sentence's or clause's end, a title in quotation marks, a preposition or "host"
    [GeneratedRegex(@"\G(?:\s*(?:[.,;:!?)“”""‘’']|$)|\s+(?:as|of|in|on|at|with|for|and|hosts?|hosted)\b)")]
    private static partial Regex AfterNoun();

    // a plural ("reports", "Republicans", not "class") or a possessive ("IG's")
    [GeneratedRegex(@"(?:[^s']s|['’]s?|[,;:])$")]
    private static partial Regex PluralOrOwning();

    /// <summary>True when the cue ends in such a plural noun with a determiner, number or past verb right before it.</summary>
    public static bool IsNoun(string text, Span cue)
    {
        var noun = PluralNoun().Match(cue.Text);
        if (!noun.Success) return false;
        var start = cue.Start + noun.Index;
        return DeterminerOrPastVerb().IsMatch(text.AsSpan(Math.Max(0, start - 20), Math.Min(20, start)));
    }
}
