using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises a short instruction to the reader about the page itself ("Then, click Preferences.",
/// "Tap to expand", "Klicken Sie hier"): a few words around a click or tap; or a call to follow, join or
/// download the publisher somewhere ("Follow The Gleaner on Twitter and Instagram ...").
/// </summary>
internal static partial class InstructionLine
{
    private const int MaxWords = 12;
    private const int MaxCallWords = 40;

    public static bool Matches(string line)
    {
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return (words <= MaxWords && Instruction().IsMatch(line)) || (words <= MaxCallWords && CallToFollow().IsMatch(line.Trim()));
    }

    // An imperative to follow, join or download, then a platform, an app or a newsletter.
    [GeneratedRegex(@"^(?:follow|like|join|download|subscribe|sign up|get)\b.*\b(?:twitter|facebook|instagram|whatsapp|telegram|tiktok|youtube|linkedin|newsletter|apps?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToFollow();

    // "Click" and "tap" in English, German, French, Spanish and Italian.
    [GeneratedRegex(@"\b(?:click|tap|klicken|klicke|klick|cliquez|cliquer|haga clic|haz clic|clicca)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();
}
