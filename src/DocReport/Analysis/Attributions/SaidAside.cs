using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "Having said that, there are economists who argue ...", "That said, the board agreed", "That being said, ...": a turn of the
/// writer's argument, which reports no one (in PolNeAR train none of the 5 such openings lies inside a cue). Not a relative "that
/// said" inside a sentence ("bottles that said, “...”"), which tells what a thing read.
/// </summary>
internal static partial class SaidAside
{
    // before the cue: "having" anywhere, or "That (being)" opening the sentence, after at most "But", "And", "Still", "Yet" or "Now"
    [GeneratedRegex(@"(?:\b[Hh]aving|^\W*(?:(?:But|And|Still|Yet|Now),?\s+)?That(?:\s+being)?)\s+$")]
    private static partial Regex Before();

    // after "said": "that", "this", "so" or "all that" after "having", then a comma
    [GeneratedRegex(@"^said(?:\s+(?:that|this|so|all\s+that))?\s*,")]
    private static partial Regex After();

    /// <summary>True when the cue is the "said" of such an opening.</summary>
    public static bool Turns(string text, FoundAttribution f)
    {
        if (!f.Cue.Text.StartsWith("said", StringComparison.Ordinal) || f.Cue.Start < f.Sentence.Start) return false;
        if (After().Match(text[f.Cue.Start..Math.Min(text.Length, f.Sentence.End)]) is not { Success: true } after) return false;
        // "that" belongs to "Having said that"; a "That said" has nothing between "said" and its comma
        return Before().Match(text[f.Sentence.Start..f.Cue.Start]) is { Success: true } before
            && (before.Value.Contains("aving", StringComparison.Ordinal) || after.Value[4..].Trim() == ",");
    }
}
