using System.Text.RegularExpressions;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// A sentence with its attribution frame taken off (round 25), for the "arctic-content" embedding: "According to X, C",
/// "X said (that) C" with the reporting verb among the first words, and "C, X said." with the frame after the last comma (at most three words after its verb),
/// leave C, its quotation marks trimmed. A sentence with no frame, or whose content would be under four words, stays whole.
/// </summary>
internal static partial class ReportedContent
{
    // Reporting and belief verbs of general English, in the forms a news frame uses.
    [GeneratedRegex(@"\b(?:said|says|say|told|tells|added|adds|noted|notes|explained|explains|stated|states|wrote|writes|argued|argues|claimed|claims|insisted|insists|warned|warns|announced|announces|reported|reports|acknowledged|acknowledges|confirmed|confirms|suggested|suggests|believes|believed|thinks|thought|recalled|recalls|continued|asserted|asserts|contended|contends|maintained|maintains|estimated|estimates)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"^\s*according to [^,]{1,80},\s*(?<c>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex According();

    // The most words a frame has: after the last comma, or before the reporting verb at the start.
    private const int TrailingFrameWords = 10, LeadingFrameWords = 6;

    public static string Of(string sentence)
    {
        if (According().Match(sentence) is { Success: true } according) return Content(according.Groups["c"].Value, sentence);
        var comma = sentence.LastIndexOf(',');
        var tail = comma > 0 ? sentence[(comma + 1)..] : "";
        if (Cue().Match(tail) is { Success: true } trailing && Words(tail) <= TrailingFrameWords && Words(tail[(trailing.Index + trailing.Length)..]) <= 3)
            return Content(sentence[..comma], sentence);
        if (Cue().Match(sentence) is { Success: true } cue && Words(sentence[..cue.Index]) <= LeadingFrameWords && !sentence[..cue.Index].Contains(','))
        {
            var rest = sentence[(cue.Index + cue.Length)..];
            var that = Regex.Match(rest, @"^(?:\s+\S+){0,3}?\s+that\s", RegexOptions.IgnoreCase);
            return Content(that.Success ? rest[that.Length..] : rest.TrimStart(' ', ':', ','), sentence);
        }
        return sentence;
    }

    private static string Content(string content, string sentence)
    {
        var trimmed = content.Trim().Trim('"', '“', '”', '\'', '‘', '’', ',', ' ');
        return Words(trimmed) >= 4 ? trimmed : sentence;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
