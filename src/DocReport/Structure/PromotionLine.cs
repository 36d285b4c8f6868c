using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises lines a page sets between or after the article's paragraphs for itself: the notice, ending no sentence, that
/// the story goes on after an advertisement ("Continua depois da publicidade", "Story continues below advertisement",
/// "Lesen Sie nach der Anzeige weiter", "Advertisement - continue reading below"), and a line made only of two or more
/// hashtags ("#Harbour #Storm #Ferries"), a post's tag list. The advertisement must be where the story goes on from: after
/// a word of place ("below", "nach der", "depois da") or alone before a dash or colon; a line where it is the subject
/// ("Ad spending continues to rise", "Werbung im Fernsehen geht weiter zurück", "Anzeige gegen Bürgermeister: Ermittlungen
/// gehen weiter") is a headline. One hashtag alone of one or two words ("#MeToo") may be the line's subject; one joining
/// three words or more ("#RettetDenHafen") is a campaign's tag.
/// </summary>
internal static partial class PromotionLine
{
    private const int MaxNoticeWords = 8;

    public static bool Matches(string line)
    {
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return (words.Length <= MaxNoticeWords && line.TrimEnd() is [.., not ('.' or '!' or '?')]
                && Advertising().IsMatch(line) && GoesOn().IsMatch(line))
            || (words.Length > 0 && (line.Count(c => c == '#') >= 2 || line.Count(char.IsUpper) >= 3)
                && words.All(w => w.Length > 1 && w[0] == '#' && char.IsLetterOrDigit(w[1])));
    }

    // An advertisement after a word of place (with an article perhaps), or opening the line before a dash, colon or bar.
    [GeneratedRegex(@"\b(?:below|after|under|above|nach|unter|depois|abaixo|después|debajo|après|sous|dopo|sotto|pod)\s+(?:(?:this|the|der|dem|da|do|de|la|el|del|les?|della|il|l')\s*)*(?:an\s+)?" + Ad + @"|^\W*" + Ad + @"\s*[-–—:|]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Advertising();

    private const string Ad = @"(?:advertisements?|advertising|ad|anzeigen?|werbung|publicidad|publicidade|publicité|pubblicità|reklama|reklamy|reklamą)\b";

    [GeneratedRegex(@"\b(?:continues?|continued|continua|continúa|weiter|weiterlesen|sigue|segue|prosegue|ciąg)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoesOn();
}
