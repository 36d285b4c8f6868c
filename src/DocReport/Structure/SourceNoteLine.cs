using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises the short notes a page prints under a story about where it or its parts come from, or where to find its
/// people: a platform's name and a handle or address alone ("Twitter: @harbourdesk", "LinkedIn linkedin.com/in/jroe/"),
/// a "via" credit alone ("(via Harbour Weekly)"), a wire credit ("Mit Material von dpa", "With material from Reuters"), and
/// an embedded video's credit line ("Night ferry from Jane Roe on Vimeo."). A sentence that names a platform or a source
/// ("She posted it on Twitter: @harbourdesk replied within minutes.") goes on past them and stays.
/// </summary>
internal static partial class SourceNoteLine
{
    private const int MaxViaWords = 6;
    private const int MaxNoteWords = 12;

    public static bool Matches(string line)
    {
        var trimmed = line.Trim();
        var words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return Handle().IsMatch(trimmed)
            || (words <= MaxViaWords && Via().IsMatch(trimmed))
            || (words <= MaxNoteWords && (WireMaterial().IsMatch(trimmed) || VideoCredit().IsMatch(trimmed)));
    }

    // A platform and nothing but a handle or an address on it.
    [GeneratedRegex(@"^(?:twitter|x|instagram|facebook|linkedin|youtube|tiktok|mastodon|threads|bluesky|xing|telegram)\s*:?\s*(?:@[\w.]+|https?://\S+|(?:www\.)?[\w-]+\.[a-z]{2,}/\S*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    // "(via Harbour Weekly)", "Via: Harbour Weekly": the line is the credit. Without brackets or a colon "Via Roma 12" is an
    // Italian address and stays.
    [GeneratedRegex(@"^(?:\(\s*via\s+[^()]{1,60}\)|via:\s+[^.!?]{1,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Via();

    // "Mit Material von dpa", "Mit Material der Nachrichtenagenturen", "With material from Reuters", "Avec AFP" is left (a name alone).
    [GeneratedRegex(@"^(?:mit\s+material\s+(?:von|der|des|aus)|with\s+(?:material|reporting)\s+(?:from|by))\s+[^.!?]{1,60}[.]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WireMaterial();

    // An embedded video's credit: "<title> from <name> on Vimeo." as Vimeo's embed code writes it.
    [GeneratedRegex(@"\bfrom\s+[^.!?]{1,50}\s+on\s+vimeo\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VideoCredit();
}
