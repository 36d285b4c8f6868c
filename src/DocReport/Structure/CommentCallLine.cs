using System.Buffers;
using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises what a page's comment box tells its reader, in English, German, French, Spanish, Italian, Portuguese, Dutch
/// and Polish: a call to comment ("Verraten Sie gerne in den Kommentaren: ...", "Let us know in the comments", "Dejá tu
/// comentario", "Ich freue mich auf deinen Kommentar."), the box's notices ("You must be logged in to post a comment.", "Beim
/// Absenden Ihres Kommentars ist ein Fehler aufgetreten.") and its button or heading ("Schreibe einen Kommentar", "Laisser un
/// commentaire"). A sentence of the line names the comment and speaks to the reader in the same language ("you", "du", the
/// polite "Sie" or "Ihr" after the sentence's first word, "vous", "tu", "usted", "voi", "você", "jij", "ty", or "please") within a few
/// words, or a line of a few words names it with a verb of the box ("write", "leave", "post"). The reader's mark is one that
/// only addresses the reader: "su" (Spanish), "seu" (Portuguese), "ihr" (German) and "nos"/"ci"/"ons" (us) are also a third
/// person's or a reporter's, as in "The minister declined to comment on his plans" or "Die Polizei wollte den Vorfall uns
/// gegenüber nicht kommentieren", which stay. A long sentence that invites comments among other things is the author's own
/// closing ("If you liked the podcasts, leave a comment here or on Twitter or share our posts ...") and stays too.
/// </summary>
internal static class CommentCallLine
{
    private const int MaxLineWords = 30;
    private const int MaxCallWords = 18;
    // A button or a heading over the box: "Schreibe einen Kommentar", "Post a comment", "Laisser un commentaire".
    private const int MaxLabelWords = 5;

    // What every comment word holds, found in one scan before any expression runs: most lines hold none.
    private static readonly SearchValues<string> Stems = SearchValues.Create(
        ["comment", "kommentar", "kommentier", "comentar", "comentá", "reactie", "reageer", "reageren", "komentarz", "skomentuj"],
        StringComparison.OrdinalIgnoreCase);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Per language: the comment (the noun or the verb); the marks that address the reader (English "us" only in "let us
    // know": "when a candidate makes those comments, it hurts us" is a speaker's; German "Sie", "Ihr", "Ihnen" only after the
    // sentence's first word, where they are the polite "you": "Ihr Kommentar sorgte für Aufregung" opens on "her"); and the
    // verbs of a comment box's button or heading ("Schreibe einen Kommentar", "Leave a comment", "Deja un comentario", "Geef
    // een reactie", "Dodaj komentarz").
    private static readonly (Regex Comment, Regex Reader, Regex Box)[] Languages =
    [
        (new(@"\bcomment(?:s|ing)?\b", Options), new(@"\b(?:you|your|yours|please|let\s+us\s+know)\b|^(?:leave|post|write|add|drop|tell)\b", Options),
            new(@"\b(?:leave|post|write|add|submit)\b", Options)),
        (new(@"kommentar|kommentier", Options), new(@"\b(?:du|dir|dich|dein\p{L}*|euch|eure?\p{L}*|gerne?|bitte)\b|(?<=\S.*)(?-i:\b(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)\b)", Options),
            new(@"\b(?:schreiben|schreibe|schreib|hinterlassen|hinterlasse|verfassen|verfasse|abschicken|absenden|abgeben)\b", Options)),
        (new(@"\bcommentaires?\b|\bcommenter\b", Options), new(@"\b(?:vous|votre|vos|tu|ton|ta|tes|veuillez)\b", Options),
            new(@"\b(?:laisser|laissez|laisse|ajouter|ajoutez|publier|écrire|écrivez|rédiger)\b", Options)),
        (new(@"\bcomentarios?\b|\bcomentar\b", Options), new(@"\b(?:tu|tus|usted|ustedes|déjanos|dejanos|cuéntanos|contanos|dejá|deja|por favor)\b", Options),
            new(@"\b(?:deja|dejá|dejar|deje|escribe|escribir|publicar|añadir|agregar)\b", Options)),
        (new(@"\bcomment[oi]\b|\bcommentare\b", Options), new(@"\b(?:tu|tuo|tuoi|tua|voi|vostro|vostri|vostra|lascia|lasciate|fateci|facci|scrivi|per favore)\b", Options),
            new(@"\b(?:lascia|lasciare|scrivi|scrivere|aggiungi|pubblica)\b", Options)),
        (new(@"\bcomentários?\b|\bcomentar\b", Options), new(@"\b(?:você|vocês|deixe|deixa|conte|comente|por favor)\b", Options),
            new(@"\b(?:deixe|deixar|escreva|escrever|adicionar|publicar)\b", Options)),
        (new(@"\breacties?\b|\breageer\b|\breageren\b", Options), new(@"\b(?:jij|jouw|je|uw|u|jullie|alstublieft)\b", Options),
            new(@"\b(?:plaats|plaatsen|schrijf|geef|laat)\b", Options)),
        (new(@"\bkomentarz\p{L}*|\bskomentuj\b", Options), new(@"\b(?:ty|twój|twoj\p{L}*|napisz|zostaw|daj|proszę)\b", Options),
            new(@"\b(?:dodaj|napisz|zostaw|wyślij)\b", Options)),
    ];

    // A sentence that opens on "please" asks the reader, however long it runs: "Please spare some time to comment below,
    // letting us know what you think ...".
    private static readonly Regex PoliteOpening = new(@"^\W*(?:please|bitte|veuillez|por\s+favor|per\s+favore|alstublieft|proszę)\b", Options);

    // A sentence with a quotation in it is someone's speech ("'If you make those comments, it hurts,' he said."), not the
    // page's call: English and French marks, and the straight ones (the German „...“ opens low and closes on the mark that
    // opens in English, and is left, as a call may quote a name: "Was bedeutet ein „Best of“-Award für Sie?").
    private static readonly char[] ClosingQuotes = ['"', '”', '«', '»'];

    private static readonly Regex SentenceEnd = new(@"(?<=[.!?…])\s+", RegexOptions.Compiled);

    public static bool Matches(string line)
    {
        if (line.AsSpan().IndexOfAny(Stems) < 0) return false;
        var trimmed = line.Trim();
        var words = WordCount(trimmed);
        if (words > MaxLineWords) return false;
        if (words <= MaxLabelWords && Languages.Any(l => l.Comment.IsMatch(trimmed) && l.Box.IsMatch(trimmed))) return true;
        foreach (var sentence in SentenceEnd.Split(trimmed))
            if (sentence.AsSpan().IndexOfAny(ClosingQuotes) < 0 && ((WordCount(sentence) <= MaxCallWords || PoliteOpening.IsMatch(sentence)) && Languages.Any(l => l.Comment.IsMatch(sentence) && l.Reader.IsMatch(sentence))))
                return true;
        return false;
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
