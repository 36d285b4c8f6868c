using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "the former president finds himself mired in criminal cases": "find" with a reflexive object tells a state the subject is in,
/// not a finding it reports. In PolNeAR train 21 of the 23 "find(s)/found + himself, herself, itself, themselves ..." carry no cue.
/// </summary>
internal static partial class ReflexiveState
{
    [GeneratedRegex(@"^(?:finds|found|find|finding)\s+(?:himself|herself|itself|themselves|myself|ourselves|yourself|yourselves)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FindsOneself();

    /// <summary>True when the cue's last word is a form of "find" followed by a reflexive pronoun.</summary>
    public static bool Tells(string text, Span cue)
    {
        var last = cue.Text.LastIndexOf(' ') + 1;
        return FindsOneself().IsMatch(text.AsSpan(cue.Start + last, Math.Min(text.Length - cue.Start - last, 40)));
    }
}
