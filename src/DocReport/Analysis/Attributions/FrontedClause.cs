using System.Text.RegularExpressions;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "If Trump actually read it, Schwartz would have been surprised, telling Mayer, ...": a name inside a subordinate clause that
/// opens the sentence is not the subject of a verb after the clause's comma. In PolNeAR train 128 of 363 such clauses hold a
/// source, and none of those sources has its cue after the clause.
/// </summary>
internal static partial class FrontedClause
{
    [GeneratedRegex(@"^\s*(?:(?:But|And|Yet|So)\s+)?(?:If|When|Although|Though|Because|While|After|Before|Since|Unless|Once)\b[^,.;:“”""]*,")]
    private static partial Regex Opening();

    /// <summary>True when the source lies inside such a clause and the cue after it.</summary>
    public static bool Holds(FoundAttribution f)
    {
        var clause = Opening().Match(f.Sentence.Text);
        if (!clause.Success) return false;
        var end = f.Sentence.Start + clause.Length;
        return f.Source.End <= end && f.Cue.Start >= end;
    }
}
