using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises a short instruction to the reader about the page itself ("Then, click Preferences.",
/// "Tap to expand", "Klicken Sie hier"): a few words around a click or tap told as a command; or a call to follow, join or
/// download the publisher somewhere ("Follow The Gleaner on Twitter and Instagram ..."); or a short line that
/// speaks to the reader about their account, a rating or sharing ("Sie sind aktuell nicht eingeloggt.",
/// "To view the full story, please subscribe"), or a few words about one of these that ask or announce rather than
/// state ("Artikel gefallen? Vergiss nicht zu teilen!", "Den Artikel mit anderen teilen:").
/// </summary>
internal static partial class InstructionLine
{
    private const int MaxWords = 12;
    private const int MaxCallWords = 40;
    private const int MaxPromptWords = 25;
    private const int MaxLabelWords = 8;

    public static bool Matches(string line)
    {
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return (words <= MaxWords && (Instruction().IsMatch(line) || Command().IsMatch(line) || CommandOnLabel().IsMatch(line))) || (words <= MaxCallWords && CallToFollow().IsMatch(line.Trim()))
            || (words <= MaxPromptWords && ReaderAddress().IsMatch(line) && AccountAction().IsMatch(line))
            || (words <= MaxLabelWords && line.TrimEnd() is [.., '!' or ':' or '?' or ')'] && (AccountAction().IsMatch(line) || AsksForAComment(line)) && !CommentMade().IsMatch(line))
            || (words <= MaxPromptWords && CallToJoin().IsMatch(line.Trim()) && !TellsOfACall(line))
            || (words <= MaxWords && BasketNotice().IsMatch(line));
    }

    // A call to join that goes on after a comma and ends in a full stop is a sentence that quotes or reports it ("Become a
    // member of the club, she told the fishermen.", "Jetzt Mitglied werden, das wollen viele Fischer.").
    private static bool TellsOfACall(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Contains(',') && trimmed.EndsWith('.');
    }

    // French "comment" is "how": a question it opens ("Comment concilier climat et pétrole?", "Comment expliquez-vous ...?")
    // is a heading or a sentence, not a label asking for a comment ("Enjoyed it? Comment below!").
    private static bool AsksForAComment(string line) =>
        CommentLabel().IsMatch(line) && !(line.TrimEnd().EndsWith('?') && FrenchHow().IsMatch(line));

    // "Comment" then a French infinitive and its object, a subject pronoun, an inverted verb ("expliquez-vous") or an article.
    [GeneratedRegex(@"\bcomment\s+(?:\p{L}+-(?:vous|tu|ils?|elles?|on|nous|je|t-ils?|t-elles?|t-on)\b|(?:je|j['’]|tu|il|elle|nous|vous|ils|elles|ça|cela|ce|c['’]|le|la|les|l['’]|un|une|des|se|s['’]|ne|n['’])(?!\p{L})|\p{Ll}+(?:er|ir|re|oir)\s+\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchHow();

    // An imperative to follow, join or download, then a platform, an app or a newsletter, in English, German, French, Spanish
    // and Italian ("Folge" alone is an episode, "sigue" also "goes on": only with "uns", "-nos").
    [GeneratedRegex(@"^(?:follow|like|join|download|subscribe|sign up|get|folgt uns|folge uns|folgen sie uns|abonniert|abonniere|suivez|rejoignez|síguenos|seguici)\b.*\b(?:twitter|facebook|instagram|whatsapp|telegram|tiktok|youtube|linkedin|newsletter|apps?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToFollow();

    // An imperative to become a member, in English, German, French, Spanish and Italian, at the start of the line.
    [GeneratedRegex(@"^(?:(?:jetzt\s+)?(?:become\s+an?\s+(?:member|subscriber)|werden sie\s+(?:jetzt\s+)?mitglied|werde\s+(?:jetzt\s+)?mitglied)|jetzt\s+mitglied\s+werden|devenez\s+(?:membre|abonné)|hazte\s+(?:socio|miembro|suscriptor)|diventa\s+(?:socio|membro|abbonato))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToJoin();

    // A shop's notice about the reader's basket: "wurde erfolgreich hinzugefügt", "has been added to your cart", "ajouté au
    // panier", "añadido al carrito", ending its sentence or the line; a sentence that goes on ("Items added to cart are kept
    // for thirty days") stays.
    [GeneratedRegex(@"\b(?:erfolgreich\s+(?:in\s+den\s+warenkorb\s+)?hinzugefügt|(?:in\s+den|zum)\s+warenkorb\s+(?:hinzugefügt|gelegt)|(?:successfully\s+)?added\s+to\s+(?:your\s+)?(?:cart|basket|bag|wish\s?list)|ajouté\s+(?:avec succès\s+)?(?:à votre|au)\s+panier|añadido\s+(?:con éxito\s+)?(?:a tu|al)\s+carrito)(?:\s+(?:successfully|erfolgreich))?\s*(?:[.!:]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex BasketNotice();

    // "Click" and "tap" in German, French, Spanish and Italian, forms that are commands (or their labels) wherever they stand.
    [GeneratedRegex(@"\b(?:klicken|klicke|klick|cliquez|cliquer|haga clic|haz clic|clicca)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    // English "click" and "tap" are nouns too ("Tap water is safe again, the council said.", "at the click of a button"): a
    // command opens the line or a clause, or follows "then", "please", "double", and says where or what to click, or nothing.
    [GeneratedRegex(@"(?:^[^\p{L}\p{N}]*|[,;:.!?(]\s*|\b(?:then|please|simply|just|now|or|and|double)[\s-])(?:click|tap)(?:\s+(?:here|to|on|onto|the|this|that|a|an|any|one|below|above|or|and|through|play|it)\b|\s*(?:[.!,:;)]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex Command();

    // A command inside the line on a label of the page: "Then, click Preferences.", "Open the menu and tap Settings".
    [GeneratedRegex(@"(?:[,;:.!?(]\s*|\b(?:then|please|simply|just|now|or|and)\s+)(?:click|tap)\s+(?-i:\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex CommandOnLabel();

    // "You", "please" and their German, French and Spanish forms: the line speaks to the reader. German's polite
    // "Sie" and "Ihr" only capitalised, as lower case they are "she", "they" and "her".
    [GeneratedRegex(@"\b(?:you|your|please|du|dich|dein|deine|bitte|vous|votre|veuillez|usted|tu|(?-i:Sie|Ihr|Ihre|Ihnen))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReaderAddress();

    // "Sanders made the following comment:", "The mayor gave this comment:": someone named before a verb of making or giving a
    // comment introduces what they said; a prompt to the reader ("Leave a comment:", "Post your comment:") opens with its verb
    [GeneratedRegex(@"\b(?!(?i:you|we|I)\b)[\p{L}.'’-]+\s+(?:\p{Ll}+ly\s+)?(?:made|gave|offered|issued|added|released|had)\s+(?:[\p{L}-]+\s+){0,3}comments?\b")]
    private static partial Regex CommentMade();

    // What a reader does with the page rather than the story: log in, subscribe, rate, share. A longer call to comment is
    // CommentCallLine's, which pairs the comment with the reader in one language ("Comment expliquez-vous ... ?" asks how in
    // French) and leaves the German "Sie" that opens a sentence ("Sie wollte den Vorfall nicht kommentieren.").
    [GeneratedRegex(@"\b(?:log(?:ged)? in|sign(?:ed)? in|subscriber|subscribe|eingeloggt|einloggen|abonnieren|abonnent|bewerten|teilen|connectez|abonnez|inicia sesión|suscríbete|rate this|newsletters?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AccountAction();

    // A comment as what a short label asks for: "Enjoyed it? Comment below!", "Diesen Bericht weiterempfehlen oder kommentieren:".
    [GeneratedRegex(@"\b(?:kommentieren|commenter|comentar|comment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentLabel();
}
