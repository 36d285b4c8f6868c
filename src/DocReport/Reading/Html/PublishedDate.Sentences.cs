using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>A line that says in words when the post was published ("Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21
/// Uhr veröffentlicht", "This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under ...").</summary>
internal static partial class PublishedDate
{
    private const int MaxPublicationLine = 250;

    // Blog themes print the post's date in a sentence too long for a date box (WordPress's Kubrick and its many descendants,
    // in each language the theme is translated to); it stands in the post's own text, so comments, other stories and the site's
    // header and footer are passed over as for the other lines the page shows.
    private static string? PublicationLine(IDocument document, NumericDateOrder order) =>
        document.Body is not { } body ? null : NearestTitleFirst(document, ShortTexts(body, MaxPublicationLine)
            .Where(t => PublicationWords().IsMatch(t.Data))
            .Where(t => !DateText.IsSpan(t.Data, order) && !InComments(t.ParentElement!) && !InSiteHeaderOrFooter(t.ParentElement!) && !InOtherStory(t.ParentElement!)), t => t)
            .Select(t => DateText.Find(WithoutUpdateDates(t.Data), order))
            .FirstOrDefault(d => d is not null);

    // A line that opens with a publication verb ("Posted on", "Veröffentlicht am", "Publié le", "Publicado el", "Pubblicato il"), or
    // with the post as its subject and such a verb after it ("This entry was posted on ...", "Der Beitrag wurde am ... veröffentlicht",
    // "Cet article a été publié le ...", "Esta entrada fue publicada el ..."): a sentence about a report or a book that was
    // published on a day opens otherwise.
    private const string PublicationVerbs = @"(?:published|posted|veröffentlicht|erschienen|publié|publiée|publicado|publicada|pubblicato|pubblicata|gepubliceerd|geplaatst|"
        + @"opublikowano|publicerad|publicerat|udgivet|publisert|julkaistu)";

    [GeneratedRegex(@"^\W*(?:(?:this|the|der|dieser|cet|ce|cette|este|esta|questo|questa|dit|deze)\s+(?:entry|post|article|story|beitrag|artikel|eintrag|billet|entrada|artículo|articolo|bericht)\s+"
        + @"(?:was|has been|wurde|ist|a été|fut|fue|ha sido|è stato|è stata|werd|is)\s.{0,80}?)?\b" + PublicationVerbs + @"\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex PublicationWords();
}
