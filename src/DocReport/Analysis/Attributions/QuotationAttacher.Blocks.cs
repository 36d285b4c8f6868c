using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Attributions;

internal static partial class QuotationAttacher
{
    /// <summary>
    /// True when a sentence ending in a colon says only who speaks, and when, where, how or to whom ("In the text beside the video,
    /// Lee wrote:", "The governor added:", "Lee told reporters on Monday:", "Lee argued that:"), or announces what follows ("Lee issued
    /// the following statement:", "MSNBC suggested that Clinton has the following tasks:"): the plain paragraph after it is what was
    /// said. Only the one: on PolNeAR train a second paragraph gained 8 right links for 2 wrong (the writer taking up again there).
    /// One that says more ("Lee said the bypass had grown dearer:") has its own content; what follows is the writer's account of
    /// it, or an embedded post the text has lost.
    /// </summary>
    private static bool IntroducesBlock(string text, Sentence sentence, FoundAttribution report)
    {
        var (first, second) = report.Source.Start < report.Cue.Start ? (report.Source, report.Cue) : (report.Cue, report.Source);
        if (first.End > second.Start || second.End > sentence.End) return false;
        var tail = text[second.End..sentence.End];
        if (Announces().IsMatch(tail)) return true;
        var told = report.Cue.Text.Split(' ')[^1].TrimEnd(':') is "told" or "tells" or "tell" or "telling";
        return SetOff().IsMatch(text[first.End..second.Start]) && (told ? HearerTail() : CircumstanceTail()).IsMatch(tail);
    }

    // "As Lee reported:", "..., as the institute's website notes:": a clause of "as" that introduces what follows
    [GeneratedRegex(@"(?:^|,\s*)(?i:as)$")]
    private static partial Regex AsLead();

    // "the following:", "the following tasks ahead of her tonight:", "as follows:"
    [GeneratedRegex(@"\b(?:the\s+following\b[^:.;!?]*|as\s+follows)\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Announces();

    // Between the source and the cue: nothing, an adverb, or a phrase set off by commas ("The campaign, in a statement, said")
    [GeneratedRegex(@"^\s*(?:,[^,:]*,)?\s*(?:(?:also|then|later|further|again|\p{Ll}+ly)\s+)*$")]
    private static partial Regex SetOff();

    // After the cue: adverbs, "that", and when, where, how or to whom it was said ("in a statement on Monday", "after the vote", "of
    // the plan", "to the council"); not a clause of its own ("in May that the plan had failed:"), nor an infinitive ("vowed to cut taxes:")
    [GeneratedRegex(@"^[\s,]*(?:(?:also|then|later|further|again|\p{Ll}+ly)\b[\s,]*)*(?:that\b\s*|(?:(?:on|in|at|during|via|through|from|with|after|before|about|of|for|last|this|earlier|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|to\s+(?:the|a|an|his|her|their|its|our|\p{Lu}))(?:(?!\bthat\b)[^:])*)?:?\s*$")]
    private static partial Regex CircumstanceTail();

    // After "told": the hearer, then when or where ("told reporters:", "told the Associated Press on Monday:")
    [GeneratedRegex(@"^(?![^:]*\bthat\b)[^:]{0,60}:?\s*$")]
    private static partial Regex HearerTail();
}
