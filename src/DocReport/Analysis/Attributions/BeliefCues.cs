using System.Text.RegularExpressions;
using DocReport.Resources;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// The verbs of belief, intention, decision and stance of Analysis/Attributions/Data/belief-cues.txt ("wants", "decided",
/// "supports"): they attribute a view to their subject, who is what the story is about rather than a source it cites.
/// </summary>
internal static class BeliefCues
{
    private static readonly HashSet<string> Words = new(WordList.Load("Analysis/Attributions/Data/belief-cues.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Any of the verbs as a whole word in lower case (a capitalised "Backs" inside a sentence is a name).</summary>
    public static readonly Regex Pattern = new(@"\b(?:" + string.Join('|', Words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>True for a verb of the list ("believes", "wanted").</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
