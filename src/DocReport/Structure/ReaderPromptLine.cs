using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises what a page tells its reader about reading it rather than about its story (issue 11's "loading" and
/// instruction lines, share and newsletter boxes): a paywall's or login wall's note ("Anmelden und weiterlesen", "You have
/// no free articles left this month", "Exclusive to subscribers"), a loading or script notice ("Map loading - please
/// wait...", "Please enable JavaScript to view this page."), a call to subscribe to the site's newsletter or updates opening
/// a sentence ("Subscribe to our morning briefing: ..."), a count of followers of a topic ("1,204 readers follow this
/// topic."), and a pointer to more information that holds only a web address ("More info at www.example.org."). Each is a
/// short line; a sentence that tells of such things ("The paper asks readers to subscribe to its newsletter.") stays.
/// </summary>
internal static partial class ReaderPromptLine
{
    private const int MaxNoticeWords = 15;
    private const int MaxPromptWords = 30;
    private const int MaxCallWords = 45;
    private const int MaxPointerWords = 8;

    public static bool Matches(string line)
    {
        var trimmed = line.Trim();
        var words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return (words <= MaxNoticeWords && (ReadOn().IsMatch(trimmed) || SubscribersOnly().IsMatch(trimmed) || Loading().IsMatch(trimmed)
                || Followers().IsMatch(trimmed)))
            || (words <= MaxPromptWords && Metered().IsMatch(trimmed) && ReaderAddress().IsMatch(trimmed))
            || (words <= MaxPromptWords && Script().IsMatch(trimmed) && (words <= MaxPointerWords || ThisPage().IsMatch(trimmed)))
            || (words <= MaxCallWords && CallToSubscribe().IsMatch(trimmed))
            || (words <= MaxPointerWords && InformationPointer().IsMatch(trimmed));
    }

    // Log in, register or subscribe, then read on: "Anmelden und weiterlesen", "Log in to continue reading", "Subscribe to
    // keep reading", "Connectez-vous pour lire la suite", "Inicia sesión para seguir leyendo".
    [GeneratedRegex(@"^(?:jetzt\s+|please\s+|bitte\s+)?(?:anmelden|einloggen|registrieren|abonnieren|log\s?in|sign\s+in|sign\s+up|register|subscribe|connectez-vous|abonnez-vous|inscrivez-vous|inicia\s+sesión|regístrate|suscríbete|accedi|abbonati|iscriviti)\b.{0,30}\b(?:weiterlesen|weiter\s+zu\s+lesen|continue\s+reading|keep\s+reading|read\s+on|read\s+the\s+(?:full|whole|rest)|lire\s+la\s+suite|continuer\s+(?:à|la)\s+lecture|seguir\s+leyendo|continuar\s+leyendo|continua\s+a\s+leggere|continuare\s+a\s+leggere)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadOn();

    // Content for subscribers only: "Exclusive to subscribers", "Nur für Abonnenten", "Este audio es una característica
    // exclusiva para suscripciones", "Réservé aux abonnés", "Riservato agli abbonati".
    [GeneratedRegex(@"\b(?:(?:exclusive|only)\s+(?:to|for)\s+(?:our\s+)?(?:subscribers|members)|(?:subscribers|members)[-\s]+only|nur\s+für\s+(?:abonnenten|abonnentinnen|mitglieder|abonnierende)|exklusiv\s+für\s+(?:abonnenten|abonnentinnen|abonnierende)|exclusiv[ao]s?\s+para\s+(?:suscriptores|suscripciones|socios|abonados)|réservée?s?\s+aux\s+abonnés|riservat[oaie]\s+agli\s+abbonati)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubscribersOnly();

    // A metered wall: "Ihnen stehen diesen Monat keine freien Artikel mehr zur Verfügung", "You have 2 free articles left",
    // "Melden Sie sich an um unbegrenzt Artikel zu lesen", "unlimited access to all articles".
    [GeneratedRegex(@"\b(?:keine\s+(?:freien|kostenlosen)\s+artikel|(?:freie|kostenlose)\s+artikel\s+(?:übrig|verbleibend)|\d+\s+(?:von\s+\d+\s+)?(?:freien|kostenlosen)\s+artikel|(?:no|\d+)\s+(?:more\s+)?free\s+(?:articles|stories|reads)|free\s+(?:articles|stories)\s+(?:left|remaining)|unbegrenzt(?:en)?\s+(?:alle\s+)?(?:artikel|zugriff|zugang|lesen)|unlimited\s+(?:digital\s+)?(?:access|articles|reading)|articles?\s+gratuits?\s+restants?|artículos?\s+gratis\s+(?:restantes?|disponibles?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Metered();

    // A loading notice: "Karte wird geladen - bitte warten...", "Loading...", "Chargement en cours…", "Cargando...".
    [GeneratedRegex(@"^(?:[\p{L}-]+\s+){0,3}(?:loading|wird\s+geladen|werden\s+geladen|lädt|lade|chargement(?:\s+en\s+cours)?|cargando|caricamento(?:\s+in\s+corso)?)\b(?:\s*(?:\.\.\.|…)|\s*[-–—:,]?\s*(?:bitte\s+warten|please\s+wait|veuillez\s+patienter|por\s+favor\s+espere|attendere)\b.*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Loading();

    // A script notice: "Please enable JavaScript to view this page.", "Sorry, you need to enable JavaScript to visit this
    // website.", "Bitte aktivieren Sie JavaScript, um diesen Inhalt zu sehen.", "JavaScript is disabled in your browser."
    [GeneratedRegex(@"\b(?:(?:enable|activate|turn\s+on|allow|aktivieren\s+sie|aktiviere|activez|activer|habilita|habilitar|activa|attiva|abilita)\s+(?:the\s+|das\s+)?javascript|javascript\s+(?:aktivieren|is\s+(?:disabled|turned\s+off|required|not\s+enabled)|(?:ist\s+)?(?:deaktiviert|erforderlich|nicht\s+aktiviert)|est\s+désactivé|está\s+desactivado|è\s+disattivato))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Script();

    // "You" and the polite German "Sie", "Ihnen" (capitalised only: lower case they are "she", "they"), French and Spanish.
    [GeneratedRegex(@"\b(?:you|your|du|dir|dich|vous|usted|tu|(?-i:Sie|Ihnen|Ihr|Ihre))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReaderAddress();

    // The page or a part of it as what the script is needed for: "to view this page", "um diesen Inhalt zu sehen".
    [GeneratedRegex(@"\b(?:this|these|diese[rnms]?|cette|ce|este|esta|questo|questa)\s+(?:site|website|web\s?site|page|pages|seite|webseite|website|inhalte?|content|contenu|contenido|contenuto|video|videos|karte|map|app|formular|form|comments?|kommentare)\b|\bto\s+(?:view|see|use|visit|display|watch|read|access)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisPage();

    // A call to subscribe to the site's newsletter, briefing or updates, opening the line or after a question or a dash:
    // "Abonnieren Sie unser Daily Briefing: ...", "Want more? Sign up for our newsletter", "... – tragen Sie sich gleich für
    // den Newsletter ein", "Erhalte Updates direkt auf dieses Gerät – abonniere jetzt." A sentence that reports such a call
    // opens otherwise and stays, and so does a quoted post that ends in one after a full stop or "!".
    [GeneratedRegex(@"(?:^|\?\s+|\s[–—]\s+)(?:(?:jetzt\s+|now\s+)?(?:abonnieren\s+sie|abonniere|abonniert|bestellen\s+sie|subscribe\s+(?:to|for|now)|sign\s+up\s+(?:for|to|now)|register\s+for|tragen\s+sie\s+sich|trag\s+dich|melden\s+sie\s+sich|melde\s+dich|abonnez-vous|inscrivez-vous|suscríbete|suscríbase|iscriviti)\b.{0,80}\b(?:newsletters?|briefings?|digest|updates|e-?mail-?(?:alerts?|updates|benachrichtigungen)|push-?(?:nachrichten|mitteilungen|benachrichtigungen)|benachrichtigungen|alerts?|bulletin|boletín|lettre\s+d'information)|(?:erhalte|erhalten\s+sie|get|receive|recevez|recibe)\s+(?:\p{L}+\s+){0,2}(?:updates|benachrichtigungen|notifications|push-?\p{L}+)\b.{0,40}\b(?:abonn\p{L}*|subscribe|allow|erlauben|aktivieren))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallToSubscribe();

    // Followers of a topic or author: "Über 1.110 Community-Mitglieder folgen diesem Thema.", "1,204 readers follow this topic".
    [GeneratedRegex(@"\d[\d.,]*\s+(?:[\p{L}-]+\s+){0,2}(?:folgen|follow)\s+(?:diesem|dieser|this)\s+(?:thema|autor|autorin|topic|author|writer|tag)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Followers();

    // More information, then only a web address: "Weitere Infos unter www.example.de.", "Info: www.example.biz",
    // "More information at https://example.org", "Plus d'infos sur example.fr".
    [GeneratedRegex(@"^(?:(?:weitere|mehr|more|further|plus\s+d'|más|ulteriori|maggiori)\s*)?(?:infos?|informationen|information|informations|información|informazioni)\s*(?::|unter|auf|bei|at|on|from|sur|en|su)\s*:?\s*(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?\s*[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InformationPointer();
}
