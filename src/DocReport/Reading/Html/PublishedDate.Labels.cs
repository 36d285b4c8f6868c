using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>Dates labelled as something other than the publication: the last update, the time the page was served, a member's join date.</summary>
internal static partial class PublishedDate
{
    private const int MaxUpdateLabel = 40;

    // A page that shows its readers only when it was last changed ("Updated June 13, 2019", "Zuletzt geändert am 06.11.2023"): that
    // day is the one the reader takes for the page's, after every publication date the page shows or marks.
    private static string? ShownUpdate(IDocument document, NumericDateOrder order) =>
        document.Body is not { } body ? null : NearestTitleFirst(document, ShortTexts(body, MaxDateElementLength)
            .Select(t => (Node: t, Text: t.Data.Trim()))
            .Where(t => (LastChangeLine().IsMatch(t.Text) || AfterUpdateLabel(t.Node)) && !DateText.IsSpan(t.Text, order) && !InComments(t.Node.ParentElement!)
                && !InSiteHeaderOrFooter(t.Node.ParentElement!) && !InOtherStory(t.Node.ParentElement!)), t => t.Node)
            .Select(t => DateText.Find(t.Text, order))
            .FirstOrDefault(d => d is not null);

    private static bool MarkedAsUpdate(IElement element) => UpdateMarkup(element) || UpdateLine().IsMatch(element.TextContent);

    // A class that says the last change (not one that also says published), or an update label just before the element.
    private static bool UpdateMarkup(IElement element) =>
        UpdateClass().IsMatch($"{element.ClassName} {element.Id}") && !element.ClassAndId().Contains("publish", StringComparison.OrdinalIgnoreCase)
        || AfterUpdateLabel(element);

    // Schema.org's mark of the last change, often on a hidden element whose text is the timestamp ("<time class='hidden'
    // itemprop='dateModified'>2018-08-29 14:15:57</time>"): its text is no publication date, whatever the page's classes say.
    private static bool MarkedAsLastChange(IElement element) =>
        element.Ancestors().Prepend(element).Any(e => e.GetAttribute("itemprop")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("dateModified") == true);

    // Whether the text just before a node, in the same line of the page, is an update label ("<span>Updated:</span> <time>...").
    private static bool AfterUpdateLabel(INode node) => AfterLabel(node, UpdateLabel());

    // Whether the text just before a node, in the same line of the page, is a label that matches (an update's, the current time's).
    private static bool AfterLabel(INode node, Regex label)
    {
        for (var n = node; n is not null && n is not IElement { LocalName: "body" or "p" or "li" or "article" or "header" or "section" }; n = n.Parent)
            for (var sibling = n.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
                if (sibling.TextContent.Trim() is { Length: > 0 } text)
                    return text.Length <= MaxUpdateLabel && label.IsMatch(text);
        return false;
    }

    // "Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023": the date after an update label is not the publication's.
    // A forum's "Aktuelle Zeit: 14.10.2020, 12:18" (the time the page was served) and "Registriert: 18.09.2008" (when a member
    // joined) are not the publication's either.
    private static string WithoutUpdateDates(string text) => OtherDate().Replace(UpdatedDate().Replace(text, " "), " ");

    // "Updated", "last modified" and their German, French, Spanish, Italian, Dutch, Portuguese, Catalan, Romanian, Polish, Czech,
    // Slovak, Swedish, Danish, Norwegian, Finnish, Hungarian, Turkish, Russian, Ukrainian and Greek forms; Chinese and Japanese
    // "更新" ("更新时间", "更新日時") and Korean "수정", which no word boundary sets apart from the characters around them.
    private const string UpdateWords = @"(?:\b(?:updated|last modified|modified|änderung|aktualisiert|geändert|mis à jour|mise à jour|modifié|actualisé|actualizado|"
        + @"actualización|aggiornato|aggiornamento|bijgewerkt|atualizado|atualização|actualitzat|actualizat|aktualizacja|zaktualizowano|aktualizováno|"
        + @"aktualizované|uppdaterad|uppdaterat|opdateret|oppdatert|päivitetty|frissítve|güncellendi|güncelleme|обновлено|оновлено|ενημερώθηκε|ενημέρωση)\b"
        + @"|更新时间|更新時間|更新日時|更新日|更新|수정)";

    // An update word, then a numeric or written date, perhaps after a word or two or an elided article ("Aggiornato l'8 marzo 2021").
    [GeneratedRegex(UpdateWords + @"\W{0,3}(?:\p{L}+(?:\s+|['’])){0,2}(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2})", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedDate();

    // A label that ends in an update word, the date in the next text ("Updated", "Aktualisiert am:").
    [GeneratedRegex(UpdateWords + @"(?:\s+\p{L}+){0,2}\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateLabel();

    // Labels of dates that are not a page's publication: the time the page was served ("It is currently", "Aktuelle Zeit", "The
    // time now is", "Heure actuelle", "Nous sommes le", "Ahora es", "Ora corrente", "Aktualny czas") and a member's first or last
    // visit ("Joined", "Registriert", "Mitglied seit", "Member since", "Inscrit le", "Registrado", "Iscritto", "Dołączył",
    // "Last visit", "Letzter Besuch"), as forum software and site headers print them; and an event's day ("Termin: 21.02.2020, 19 Uhr",
    // "Event date", "Date de l'événement", "Fecha del evento"), which a post announcing it gives besides its own.
    private const string OtherDateWords = @"\b(?:it is currently|the time now is|current time|aktuelle zeit|heure actuelle|nous sommes le|ahora es|ora corrente|aktualny czas|"
        + @"joined|registriert(?:\s+seit)?|mitglied seit|member since|inscrit(?:\s+le)?|inscription|registrado|iscritto|dołączył|last visit(?:\s+was)?|letzter besuch|"
        + @"termine?|veranstaltungsdatum|event date|date of (?:the )?event|date de l'événement|fecha del evento|data dell'evento|data do evento)";

    // An other-date label, then a numeric or written date.
    [GeneratedRegex(OtherDateWords + @"\W{0,3}(?:\p{L}+\.?,?\s+){0,2}(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex OtherDate();

    // A label that ends in an other-date word, the date in the next text ("Registriert:").
    [GeneratedRegex(OtherDateWords + @"\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherDateLabel();

    // A line that opens with an update word ("Updated 2010 GMT (0410 HKT) March 14, 2021").
    [GeneratedRegex(@"^\W*" + UpdateWords, RegexOptions.IgnoreCase)]
    private static partial Regex UpdateLine();

    // The same, perhaps after "last" ("Zuletzt geändert am 06.11.2023", "Dernière mise à jour", "Laatst bijgewerkt", "Última
    // actualización"): read for a page's shown update alone, since a date marked as the publication may carry "Last updated"
    // where the site prints every post's day so.
    [GeneratedRegex(@"^\W*(?:(?:last|zuletzt|dernière|laatst|última|ultima|ultimo|senast|sidst|sist)\s+)?" + UpdateWords, RegexOptions.IgnoreCase)]
    private static partial Regex LastChangeLine();

    // A class or id that marks the last change ("updated", "date-modified", "lastUpdate").
    [GeneratedRegex(@"updated|modified|update\b|lastupdate|aktualisiert", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateClass();
}
