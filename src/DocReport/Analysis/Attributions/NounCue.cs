using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "the biggest papers in those states have endorsed", "Pelosi resisted calls to defund": a word that is both a reporting verb
/// and a plural noun ("states", "claims", "calls") right after a determiner, a number or a verb in the past is the noun, and
/// reports nothing. In PolNeAR train such a word follows a determiner or number 204 times and an -ed verb 17 times; one of the
/// 221 is marked as a cue ("prompted calls for probes", whose subject is no speaker).
/// </summary>
internal static partial class NounCue
{
    [GeneratedRegex(@"\b(?:states|claims|calls|reports|notes|comments|estimates|answers|replies)$")]
    private static partial Regex PluralNoun();

    // "that" is left out: "a report that claims ..." is a relative pronoun before the verb
    [GeneratedRegex(@"(?:\b(?i:the|a|an|those|these|its|their|his|her|our|my|your|many|all|some|several|other|both|such|few|no|two|three|four|five|six|seven|eight|nine|ten)|\d|\b\p{Ll}{2,}ed)\s+$")]
    private static partial Regex DeterminerOrPastVerb();

    /// <summary>True when the cue ends in such a plural noun with a determiner, number or past verb right before it.</summary>
    public static bool IsNoun(string text, Span cue)
    {
        var noun = PluralNoun().Match(cue.Text);
        if (!noun.Success) return false;
        var start = cue.Start + noun.Index;
        return DeterminerOrPastVerb().IsMatch(text.AsSpan(Math.Max(0, start - 20), Math.Min(20, start)));
    }
}
