using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises lines a page sets between or after the article's paragraphs for itself: the notice, ending no sentence, that
/// the story goes on after an advertisement ("Continua depois da publicidade", "Story continues below advertisement",
/// "Lesen Sie nach der Anzeige weiter"), and a line made only of hashtags ("#Harbour #Storm #Ferries"), a post's tag list.
/// </summary>
internal static partial class PromotionLine
{
    private const int MaxNoticeWords = 8;

    public static bool Matches(string line)
    {
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return (words.Length <= MaxNoticeWords && line.TrimEnd() is [.., not ('.' or '!' or '?')]
                && Advertising().IsMatch(line) && GoesOn().IsMatch(line))
            || (words.Length > 0 && words.All(w => w.Length > 1 && w[0] == '#' && char.IsLetterOrDigit(w[1])));
    }

    [GeneratedRegex(@"\b(?:advertisements?|advertising|ad|anzeigen?|werbung|publicidad|publicidade|publicité|pubblicità|reklama|reklamy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Advertising();

    [GeneratedRegex(@"\b(?:continues?|continued|continua|continúa|weiter|weiterlesen|sigue|segue|prosegue|ciąg)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoesOn();
}
