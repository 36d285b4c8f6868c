using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises a cookie banner's or a consent gate's text left in the article when its box carries no class name the
/// reader knows (another language, hashed names): the site telling its reader that it uses cookies ("Diese Website
/// verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.", "We use cookies to
/// give you the best experience."), or that an embedded post from another service is shown only with the reader's consent
/// ("Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram.", "Ich bin damit einverstanden,
/// dass mir externe Inhalte angezeigt werden.", "We respect your privacy and will not connect to Twitter without your
/// consent."). Each takes three marks at once: cookies and the site or "we" that sets them, or consent and what it is to
/// (outside content, loading a post, a connection, a privacy policy); and the reader spoken to. A sentence that reports on
/// cookies or consent ("The court ruled that sites must ask users before they load third-party content.") and a privacy
/// policy's own text on them ("Google, as a third-party vendor, uses cookies to serve ads on our site.") speak to no
/// reader, and stay. The marks are general vocabulary of English, German, French, Spanish, Italian,
/// Dutch and Polish banners.
/// </summary>
internal static partial class ConsentNoticeLine
{
    private const int MaxWords = 60;

    public static bool Matches(string line)
    {
        // Most lines name neither cookies nor consent: a plain search first keeps the expressions off them.
        if (!Marked(line) || line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > MaxWords) return false;
        return ((Cookies().IsMatch(line) && SiteOwnUse().IsMatch(line)) || (Consent().IsMatch(line) && OutsideContent().IsMatch(line)))
            && Reader().IsMatch(line);
    }

    private static readonly string[] Marks = ["cookie", "consent", "einverst", "zustimm", "akzept", "accept", "agree", "acept", "accett", "consens", "toestemming", "akkoord", "zgod", "stimm"];

    private static bool Marked(string line)
    {
        foreach (var mark in Marks)
            if (line.Contains(mark, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    [GeneratedRegex(@"\bcookies?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cookies();

    // The site itself as the one that sets them ("this website uses", "we use", "verwenden wir", "nous utilisons"), or its
    // cookie policy or settings that the banner points to.
    [GeneratedRegex(@"\b(?:(?:this|our)\s+(?:web\s?)?(?:site|page)|we\s+(?:use|set)|(?:diese|unsere)\s+(?:web|internet)?(?:seite|site)|(?:verwenden|nutzen|benutzen|setzen|speichern)\s+wir|wir\s+(?:verwenden|nutzen|benutzen|setzen|speichern)|(?:ce|notre)\s+site|nous\s+utilisons|(?:este|nuestro)\s+(?:sitio|portal)|utilizamos|usamos|(?:questo|il\s+nostro)\s+sito|utilizziamo|usiamo|(?:deze|onze)\s+(?:web)?site|(?:wij|we)\s+gebruiken|(?:ta|nasza)\s+strona|używamy|cookie[-\s]?(?:policy|richtlinie\p{L}*|einstellungen|settings|hinweis\p{L}*|paramètres|politique|política|configuración|impostazioni|beleid|instellingen|ustawienia))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteOwnUse();

    [GeneratedRegex(@"\b(?:consent|agree|accept|einverstanden|einverständnis|zustimm\p{L}*|stimm\p{L}*\s+(?:\p{L}+\s+){0,6}zu|akzeptier\p{L}*|accepte[zr]?|consentement|acept\p{L}*|consentimiento|accett\p{L}*|consenso|toestemming|akkoord|zgod\p{L}*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Consent();

    // What the consent is to: content from outside, loading or showing a post, a connection, a privacy policy.
    [GeneratedRegex(@"\b(?:extern\p{L}*\s+(?:inhalt\p{L}*|medien|dienst\p{L}*)|external\s+(?:content|media|services?)|third[-\s]party\s+(?:content|services?|providers?|platforms?)|drittanbieter\p{L}*|drittplattform\p{L}*|(?:laden|anzeigen)\s+(?:des|der|dieses|von)\s+\p{L}+|(?:loading|showing|displaying)\s+(?:the|this)\s+\p{L}+|verbindung\s+zu|connect\s+to|datenschutzerklärung|datenschutzbestimmungen|privacy\s+policy|contenus?\s+externes?|politique\s+de\s+confidentialité|contenidos?\s+extern[oa]s?|política\s+de\s+privacidad|contenut[oi]\s+estern[oi]|externe\s+inhoud|privacybeleid|treści\s+zewnętrzn\p{L}*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutsideContent();

    // The reader spoken to ("you", "du", the polite "Sie" capitalised, "ihr" as "Ihr könnt"), or the reader's own consent
    // in the first person ("Ich bin damit einverstanden").
    [GeneratedRegex(@"\b(?:you|your|du|dir|dich|dein\p{L}*|euch|euer|eure[mnrs]?|vous|votre|vos|usted|tu|tus|jij|jouw|uw|(?-i:Sie|Ihnen|Ihr\p{L}*|Ich|ich|mir|I))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reader();
}
