using static DocReport.Tests.Reading.Html.DateWaysTests;

namespace DocReport.Tests.Reading.Html;

/// <summary>
/// Round 47: a post that announces events gives their days in lines of their own ("Termin: 21.02.2027, 19 Uhr") and says its
/// own in a sentence too long for a date box ("Der Beitrag wurde am ... veröffentlicht", WordPress's Kubrick theme), with a link
/// to the previous post that holds that post's day; and the near shapes: an event line alone, a report's publication told in the
/// article's prose.
/// </summary>
public class PublicationLineTests
{
    private const string Kubrick = "<p class=\"postmetadata alt\">Der Beitrag wurde am Montag, den 7. Dezember 2026 um 15:21 Uhr veröffentlicht und wurde unter "
        + "<a href=\"/category/hafen\">Hafen</a> abgelegt.</p>";

    private const string PreviousPost = "<div class=\"navigation\"><a href=\"/2026/11/fischmarkt\" rel=\"prev\">« Fischmarkt 14.11.2026, 19 Uhr</a></div>";

    [Theory]
    [InlineData("<p><strong>Termin: 21.02.2027, 19 Uhr</strong></p>" + Kubrick)]
    [InlineData("<p><strong>Termin: 21.02.2027, 19 Uhr</strong></p>" + Kubrick + PreviousPost)]
    [InlineData("<p><span>Termin:</span> <span>21.02.2027</span></p><p class=\"meta\">Veröffentlicht am 07.12.2026</p>")]
    public void The_posts_own_day_comes_before_an_events(string lines) =>
        Assert.Equal("2026-12-07", Day(Published("", Article(lines), "de")));

    [Theory]
    [InlineData("<p class=\"postmetadata\">This entry was posted on Monday, December 7, 2026 at 3:21 pm and is filed under <a href=\"/category/harbour\">Harbour</a>.</p>", "en")]
    [InlineData("<p class=\"postmetadata\">Cet article a été publié le lundi 7 décembre 2026 à 15:21 et classé dans <a href=\"/categorie/port\">Port</a>.</p>", "fr")]
    [InlineData("<p class=\"entry-footer\">Posted on 7 December 2026 by <a href=\"/author/anna\">Anna Berg</a> in <a href=\"/category/harbour\">Harbour</a>, with 3 replies to the inquiry's findings.</p>", "en")]
    public void A_line_that_says_when_the_post_was_published_gives_its_date(string line, string lang) =>
        Assert.Equal("2026-12-07", Day(Published("", Article(line), lang)));

    [Theory]
    [InlineData("<p><strong>Termin: 21.02.2027, 19 Uhr</strong></p>")]
    [InlineData("<p><strong>Event date: 21 February 2027</strong></p>")]
    [InlineData("<p><strong>Fecha del evento: 21/02/2027</strong></p>")]
    public void An_events_day_alone_is_no_publication_date(string line) =>
        Assert.Null(Published("", Article(line)));

    [Fact]
    public void A_link_to_the_previous_post_is_not_the_pages_date() =>
        Assert.Null(Published("", Article("") + PreviousPost, "de"));

    [Fact]
    public void A_reports_publication_told_in_the_prose_is_not_the_pages_date() =>
        Assert.Null(Published("", Article("<p>The ministry's report, published on 4 March 2026, found that the northern quay had flooded eleven times.</p>")));
}
