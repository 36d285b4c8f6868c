using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises lines a page sets between or after the article's paragraphs for itself: the notice that the story goes on
/// after an advertisement ("Continua depois da publicidade", "Story continues below advertisement", "Lesen Sie nach der
/// Anzeige weiter", "Het artikel gaat verder onder de advertentie", "Artikkeli jatkuu mainoksen jälkeen", "Advertisement -
/// continue reading below"), and a line made only of two or more hashtags ("#Harbour #Storm #Ferries"), a post's tag list.
/// The advertisement must be where the story goes on from: after a word of place ("below", "nach der", "depois da", "после")
/// or before one that follows its noun ("mainoksen jälkeen", "reklamdan sonra"), or alone before a dash or colon; a line
/// where it is the subject ("Ad spending continues to rise", "Werbung im Fernsehen geht weiter zurück", "Anzeige gegen
/// Bürgermeister: Ermittlungen gehen weiter") is a headline. The notice ends no sentence, unless it names the story that
/// goes on ("Der Artikel wird nach der Anzeige fortgesetzt."): "Sales continued to fall after the advertising ban." is a
/// sentence. One hashtag alone of one or two words ("#MeToo") may be the line's subject; one joining three words or more
/// ("#RettetDenHafen") is a campaign's tag.
/// </summary>
internal static partial class PromotionLine
{
    private const int MaxNoticeWords = 8;

    public static bool Matches(string line)
    {
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return (words.Length <= MaxNoticeWords && (line.TrimEnd() is [.., not ('.' or '!' or '?')] || TheStory().IsMatch(line))
                && Advertising().IsMatch(line) && GoesOn().IsMatch(line))
            || (words.Length > 0 && (line.Count(c => c == '#') >= 2 || line.Count(char.IsUpper) >= 3)
                && words.All(w => w.Length > 1 && w[0] == '#' && char.IsLetterOrDigit(w[1])));
    }

    // An advertisement after a word of place (with an article perhaps), or before a word of place that follows its noun,
    // at the line's end; or opening the line before a dash, colon or bar.
    [GeneratedRegex(@"\b(?:below|after|under|beneath|past|nach|unter|unterhalb|depois|após|abaixo|después|debajo|tras|après|sous|dopo|sotto|pod|poniżej|onder|na|efter|etter|после|под|după|sub|setelah|selepas|μετά|κάτω)\s+(?:(?:this|the|der|dem|den|da|do|de|la|el|del|les?|della|il|l'|het|a|o|τη|την|το|από)\s*)*(?:an\s+)?" + Ad + AtTheEnd + @"|\b" + AdBeforePlace + AtTheEnd + @"|^\W*" + Ad + @"\s*[-–—:|]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Advertising();

    // Nothing after the advertisement but the word that the story goes on ("nach der Anzeige weiter"): "Ferry strike
    // continues after advertising row" is a headline.
    private const string AtTheEnd = @"\W*(?:" + GoesOnWords + @"\W*)?$";

    private const string Ad = @"(?:advertisements?|advertising|advert|ads?|anzeigen?|werbung|werbepause|publicidad|publicidade|publicité|pubblicità|anuncios?|annonces?|annoncen|annonsen?|advertenties?|reclames?|reclamă|reclama|reklama|reklamy|reklamą|reklamou|рекламы|рекламой|реклама|рекламу|iklan|διαφήμιση|διαφήμισης)\b";

    // Languages that put the word of place after the noun: Finnish, Turkish, Hungarian.
    private const string AdBeforePlace = @"(?:mainoksen|mainosten|reklamdan|reklamın|reklamların|hirdetés|hirdetések)\s+(?:jälkeen|alla|sonra|altında|után|alatt)\b";

    [GeneratedRegex(@"\b" + GoesOnWords + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoesOn();

    private const string GoesOnWords = @"(?:continues?|continued|resumes|continua|continuă|continúa|continuar|weiter|weiterlesen|fortgesetzt|sigue|segue|prosegue|ciąg|kontynuowany|kontynuacja|verder|vervolg|vervolgt|suite|fortsætter|fortsetter|fortsätter|jatkuu|продолжается|продолжение|pokračuje|devam|devamı|berlanjut|bersambung|συνεχίζεται|συνέχεια|folytatódik|folytatás)";

    // The story itself named as what goes on: a notice even when it ends in a full stop.
    [GeneratedRegex(@"\b(?:article|story|artikel|artikkel|artikeln|artikkeli|artículo|articolo|articolul|artigo|noticia|notícia|nota|texto|text|beitrag|bericht|reportage|reportagem|matéria|статья|artykuł|článek|makale|haber|haberin|άρθρο|cikk|berita)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheStory();
}
