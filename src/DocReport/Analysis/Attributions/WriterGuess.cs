using System.Text.RegularExpressions;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "These officials probably both expected and hoped that ...": a hedge of the writer's ("probably", "perhaps") between a
/// subject and its verb makes the verb the writer's guess at what they thought, no report of theirs. Of the 10 PolNeAR train
/// attributions with such a word between source and cue, none reports speech ("is perhaps the only world leader",
/// "probably overstates").
/// </summary>
internal static partial class WriterGuess
{
    [GeneratedRegex(@"^[^“”""]{0,40}\b(?i:probably|presumably|perhaps|maybe|surely|doubtless)\b[^“”""]*$")]
    private static partial Regex Hedged();

    /// <summary>True when such a hedge stands after the source and within the cue, with no quotation between.</summary>
    public static bool Guesses(string text, FoundAttribution f) =>
        f.Source.End <= f.Cue.Start && f.Cue.Start - f.Source.End <= 30 && Hedged().IsMatch(text.AsSpan(f.Source.End, f.Cue.End - f.Source.End));
}
