using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises a label over more of the site's content by its shape rather than its wording: a short line that opens with
/// "more", "further", "related", "other" or "popular" (in English, German, French, Spanish, Italian and Polish) and names a kind of
/// content the site publishes ("Weitere Topthemen des Monats:", "Mehr Homestorys", "Related Posts", "Más información
/// deportiva en ..."), without ending a sentence. A heading that opens the same way and names something else ("Weitere
/// Zellprojekte im Aufbau", "More rain expected") stays. A short line that tells the reader other pages may interest them
/// ("Diese Artikel könnten dich ebenfalls interessieren:", "You might also like", "Te puede interesar") is one too.
/// A quantity is no label ("More than 300 stories", "Mehr als 500 Beiträge", "Plus de 300 articles", "Más de 200 artículos"),
/// nor a kind of content the line goes on to tell of ("Other news outlets reported ...", "Más noticias llegaron del
/// hospital"): after the kind only a mark, a word such as "of", "des", "del" (perhaps after an adjective) or nothing may
/// follow, or the line ends in a colon ("Mehr Informationen finden Sie unter:"). Information on a subject ("Weitere
/// Informationen zur Impfung") is a heading of the article, unless a colon ends it ("Weitere Informationen zum Thema:").
/// </summary>
internal static partial class RelatedLabel
{
    private const int MaxWords = 8;

    public static bool Matches(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && trimmed[^1] is not ('.' or '!' or '?')
            && trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords
            && ((Label().IsMatch(trimmed) && (trimmed[^1] == ':' || !InformationOnASubject().IsMatch(trimmed)))
                || MayInterest().IsMatch(trimmed));
    }

    private const string Opener = @"^(?:mehr|weitere[snm]?|more|related|further|ähnliche|andere|other|similar|popular|most\s+(?:read|popular|viewed)|beliebte|meistgelesene|populaires|populares|popolari|plus d[e']|autres|más|otras?|otros|altri|altre|ulteriori|więcej|pozostałe)\b";

    private const string Information = @"(?:infos|informationen|information|informations|información|informazioni)";

    // The opening word, not a quantity ("than", "als", "de" or a number after it), at most 40 characters, then a kind of
    // content (German compounds end in it: "Topthemen", "Tourentipps"), then the line ends, or a mark, or a word of
    // relation (perhaps after an adjective: "información deportiva en") and at most 40 characters more, or anything ending
    // in a colon.
    [GeneratedRegex(Opener + @"(?!\s*(?:than|als|que|de|di|niż)\b|\s*\d).{0,40}?\p{L}*(?:themen|thema|artikel|beiträge|beitrag|nachrichten|infos|informationen|information|informations|información|informazioni|storys|stories|story|tipps|videos|news|posts|links|meldungen|berichte|articles|artículos|articoli|noticias|notizie|actualités|artykuły|wiadomości)(?:\W*$|\s*[:|»›>–—-]|\b[^.!?]{0,40}:$|(?:\s+\p{L}+(?:iva|ivo|ive|ica|ico|ique|al|ale|ische[nrm]?))?\s+(?:of|from|in|on|at|by|for|to|des|der|dem|den|vom|von|aus|im|zum|für|auf|bei|unter|du|de|del|della|dello|di|da|dal|en|z|ze|w|we|na)\b[^.!?]{0,40}$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    // Information on a subject: "Weitere Informationen zur Impfung", "More information about the vaccine".
    [GeneratedRegex(Opener + @".{0,40}?\p{L}*" + Information + @"\s+(?:zu|zur|zum|über|about|on|regarding|sobre|acerca|sur|su|sul|sulla|o|na)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InformationOnASubject();

    // "Might interest you", "you may also like" in English, German, French, Spanish and Italian.
    [GeneratedRegex(@"\b(?:könnten?|dürften?)\b.*\binteressieren\b|\b(?:might|may)\s+also\s+(?:like|enjoy|interest)\b|\balso\s+be\s+interested\b|\b(?:te|le|les)\s+(?:puede|pueden|podría|podrían)\s+interesar\b|\bvous\s+(?:aimerez|pourriez\s+aimer|intéresser)\b|\b(?:ti|vi)\s+(?:potrebbe|potrebbero)\s+interessare\b|\bpotrebbe(?:ro)?\s+interessarti\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MayInterest();
}
