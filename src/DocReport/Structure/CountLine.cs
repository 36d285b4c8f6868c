using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises the counters a page prints beside an article: how many comments, views or shares it has ("3 Kommentare",
/// "37 views", "Kommentare insgesamt: 0", "No comments") and how long it takes to read ("5 min read", "Lesezeit von 4
/// Minuten", "Temps de lecture : 3 min"), and a slideshow's position ("1 / 5", "Bild 2 von 9"). A line made only of such
/// counters, joined by separators, is furniture; so is a post's information line, three or more fields joined by "|", "·"
/// or "•", each a counter or a short labelled value, at least one of them a counter ("Views: 1120 | Added by: Jo | Tags:
/// walks, dogs | Rating: 0.0/0").
/// </summary>
internal static partial class CountLine
{
    private const int MaxLength = 100;

    public static bool Matches(string line)
    {
        var trimmed = line.Trim();
        return (trimmed.Length <= MaxLength && ((trimmed.Any(char.IsLetter) && Counters().IsMatch(trimmed)) || IsPictureCounter(trimmed)))
            || IsInformationLine(trimmed);
    }

    private const int MaxInformationLength = 200;
    private const int MinFields = 3;

    private static bool IsInformationLine(string line)
    {
        if (line.Length > MaxInformationLength || line.IndexOfAny(FieldSeparators) < 0) return false;
        var fields = line.Split(FieldSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= MinFields && fields.All(f => Counters().IsMatch(f) || LabelledValue().IsMatch(f)) && fields.Any(f => Counters().IsMatch(f));
    }

    private static readonly char[] FieldSeparators = ['|', '·', '•'];

    // A slideshow's or a step-by-step guide's position on a line of its own: "1 / 5", "Bild 2 von 9", "Photo 3 of 12" (a
    // fraction written without spaces, "1/4" in a recipe, is a quantity, not a counter).
    private static bool IsPictureCounter(string line) =>
        PictureCounter().Match(line) is { Success: true } m && int.Parse(m.Groups["at"].Value) <= int.Parse(m.Groups["of"].Value);

    // What pages count, in English, German, French, Spanish, Italian, Portuguese, Dutch and Polish (the forms after a
    // number: "1 Kommentar", "2 komentarze", "5 komentarzy").
    private const string Counted = @"(?:comments?|views?|reads?|shares?|likes?|replies|responses|kommentare?|aufrufe|antworten|leser|commentaires?|vues|réponses|comentarios?|visitas|vistas|respuestas|commenti|visualizzazioni|risposte|comentários|visualizações|reacties|keer bekeken|komentarz[ey]?|wyświetle[nń]\p{L}*|odsłon\p{L}*)";

    // A number (or "no", "keine", "aucun", "sin", "nessun", "brak", "geen"), then what is counted; or what is counted, a
    // word at most, and a number after a colon; or what is counted and its number in brackets ("Kommentare (34)").
    private const string Count = @"(?:(?:\d[\d.,]*\s?[km]?|no|keine|kein|aucun|sin|nessun|brak|geen)\s+" + Counted + @"|" + Counted + @"(?:\s+\p{L}+)?\s*:\s*\d[\d.,]*|" + Counted + @"\s*\(\d[\d.,]*\))";

    // A count told in a few words before it, with a number or after "yet" ("This post has 80 comments", "Se han publicado 11
    // comentarios", "Bisher keine Kommentare"); a sentence that tells a count ends in a full stop and is not matched.
    private const string ToldCount = @"(?:\p{L}+\s+){1,3}\d[\d.,]*\s?[km]?\s+" + Counted + @"|(?:\p{L}+\s+)?(?:bisher|noch|yet|still|encore|todavía|aún|ancora|nog|jeszcze)\s+(?:no|keine|kein|aucun|sin|nessun|brak|geen)\s+" + Counted;

    // The time to read, with its label before or after: "5 min read", "Lesezeit: 3 Min.", "Tiempo de lectura: 4 minutos".
    private const string Minutes = @"(?:ca\.?\s*|~\s*)?\d{1,3}\s*(?:min|mins|minutes?|minuten|minutos|minuti|minut|minuty)\.?";
    private const string ReadingTime = @"(?:" + Minutes + @"\s+(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|di lettura|czytania)|(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania)\s*(?:von|:)?\s*" + Minutes + ")";

    // A reader's rating: a score out of 5 or 10 with stars or votes ("4,5 von 5 Sternen", "4.67 from 21 votes", "Rating:
    // 4.5/5"), or the votes alone in brackets ("(95 Stimmen)"). A count of votes without them is an election's result
    // ("CDU 1.234 Stimmen") and stays.
    private const string Votes = @"(?:votes?|ratings?|reviews?|stimmen|bewertungen|évaluations|avis|votos|valoraciones|voti|valutazioni|avaliações|stemmen|beoordelingen|głos\p{L}*|ocen\p{L}*)";
    private const string Stars = @"(?:sternen?|stars?|étoiles|estrellas|stelle|estrelas|sterren|gwiazd\p{L}*)";
    private const string Score = @"\d(?:[.,]\d{1,2})?";
    private const string Rating = @"(?:" + Score + @"\s+(?:von|out\s+of|of|sur|de|di|van|z)\s+(?:5|10)\s+" + Stars + "|" + Score + @"\s+(?:from|aus|de|sur|su|di|van|z)\s+\d[\d.,]*\s+" + Votes
        + @"|(?:rating|bewertung|note|valoración|valutazione|avaliação|beoordeling|ocena)\s*:?\s*" + Score + @"\s*/\s*(?:5|10)|" + Score + @"\s*/\s*(?:5|10)(?=\s*\(\d)|\(\d[\d.,]*\s+" + Votes + @"\))";

    private const string Counter = @"\(?(?:" + Count + "|" + ReadingTime + "|" + Rating + @")\)?";

    // A note in brackets after the count says how the counted things appear: "Keine Kommentare (Kommentare erscheinen
    // erst nach unserer Freigabe)".
    private const string Note = @"(?:\s*\([^()]{1,60}\))?";

    // A label of up to three words, a colon, and a value of up to six: "Hinzugefügt von: Posh", "Rating: 0.0/0".
    [GeneratedRegex(@"^\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}\s*:\s*\S+(?:\s+\S+){0,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledValue();

    [GeneratedRegex(@"^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|zdjęcie)\s+)?(?<at>\d{1,3})\s+(?:/|of|von|de|sur|di|z)\s+(?<of>\d{1,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PictureCounter();

    // A counter may end in a colon, as a label over the comments it counts ("7 Comments:").
    [GeneratedRegex(@"^(?:" + Counter + @"(?:\s*[|·•,/–—-]?\s*" + Counter + @")*|" + ToldCount + ")" + Note + @"\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counters();
}
