using static DocReport.Tests.Reading.Html.DateWaysTests;

namespace DocReport.Tests.Reading.Html;

/// <summary>
/// Round 48's dates that belong to another text than the page's (bench/TrafilaturaEval --date-ablate, with and without
/// --hash-classes): a comment's date known by its permalink where the theme's classes say nothing, an embedded or quoted
/// post's date, and schema.org's last change read as a short line; and a page that shows only its last change, dated by it; with
/// the near forms each must leave alone.
/// </summary>
public class DateOthersTextsTests
{
    private const string Canonical = "<link rel=\"canonical\" href=\"https://example.org/harbour-inquiry/\">";

    // Classes that name nothing a word list knows: a site in another language, or CSS modules' hashed names.
    private static string Comment(string id, string day) =>
        $"<div class=\"x1a2b3\"><div class=\"x4c5d6\"><a href=\"https://example.org/harbour-inquiry/#comment-{id}\"><time datetime=\"{day}T10:36:03+01:00\">{day}</time></a></div>"
        + $"<p>Danke für den Bericht, der Kai war wirklich überschwemmt.</p></div>";

    [Theory]
    [InlineData("comment-923")]
    [InlineData("comments/421")]
    [InlineData("li-comment-496")]
    public void A_date_in_a_comments_permalink_is_not_the_pages(string anchor) =>
        Assert.Null(Published(Canonical, Article("") + $"<div class=\"x9f8e7\"><a href=\"/harbour-inquiry/#{anchor}\"><time datetime=\"2026-12-09T10:36:03+01:00\">9. Dezember 2026</time></a></div>", "de"));

    [Fact]
    public void A_comments_permalink_gives_way_to_the_pages_own_date() =>
        Assert.Equal("2026-12-07", Day(Published(Canonical, Article("<p class=\"x7e6f5\">7. Dezember 2026</p>") + Comment("923", "2026-12-09") + Comment("924", "2026-12-10"), "de")));

    [Fact]
    public void A_date_written_in_a_comments_text_is_not_the_pages() =>
        Assert.Null(Published(Canonical, Article("") + "<div class=\"x1a2b3\"><div class=\"x4c5d6\"><a href=\"/harbour-inquiry/#comment-496\">Anna</a></div>"
            + "<div class=\"x2b3c4\"><p>Seit 28.09.2025 gültig</p></div></div>", "de"));

    [Theory]
    // a link to the comments' section, with no comment's number; a link to a part of the article itself
    [InlineData("<p class=\"meta\"><a href=\"#comments\"><time datetime=\"2026-12-07T10:00:00+01:00\">7. Dezember 2026</time></a></p>")]
    [InlineData("<p class=\"meta\"><a href=\"#section-2\"><time datetime=\"2026-12-07T10:00:00+01:00\">7. Dezember 2026</time></a></p>")]
    public void A_link_to_the_comments_section_or_a_part_still_gives_its_date(string line) =>
        Assert.Equal("2026-12-07", Day(Published("", Article(line), "de")));

    [Fact]
    public void A_list_of_recent_comments_beside_the_pages_date_leaves_it() =>
        Assert.Equal("2026-12-07", Day(Published("", "<div><article><h1>Harbour inquiry</h1><div class=\"x7e6f5\">7. Dezember 2026</div><p>The harbour inquiry heard the skippers.</p></article>"
            + "<ul><li><a href=\"/harbour-inquiry/#comment-219\">Harbour inquiry</a></li><li><a href=\"/ferries/#comment-220\">Ferries</a></li></ul></div>", "de")));

    [Theory]
    // an embedded Instagram post, a quoted tweet
    [InlineData("<blockquote class=\"instagram-media\"><p><a href=\"https://www.instagram.com/p/x/\">Ein Beitrag geteilt von Esmeralda</a> am <time datetime=\"2026-04-21T23:47:18+00:00\">Apr 21, 2026</time></p></blockquote>")]
    [InlineData("<blockquote class=\"twitter-tweet\"><p>Quay flooded again.</p>— Harbour Watch (@harbour) <a href=\"https://twitter.com/harbour/status/1\">April 21, 2026</a></blockquote>")]
    public void An_embedded_posts_date_is_not_the_pages(string embed) =>
        Assert.Equal("2026-12-07", Day(Published("", Article(embed + "<p>07.12.2026 16:06 Uhr</p>"), "de")));

    [Fact]
    public void An_embedded_post_alone_gives_no_date() =>
        Assert.Null(Published("", Article("<blockquote class=\"instagram-media\"><p>Ein Beitrag am <time datetime=\"2026-04-21T23:47:18+00:00\">Apr 21, 2026</time></p></blockquote>"), "de"));

    [Fact]
    public void The_last_change_marked_by_schema_org_is_not_read_as_a_short_line() =>
        Assert.Equal("2026-06-22", Day(Published("", Article("<time class=\"x5a5a5a\" itemprop=\"dateModified\">2026-08-29 14:15:57</time><span class=\"x6b6b6b\">22.06.2026 10:20</span>"), "de")));

    [Fact]
    public void A_short_line_beside_a_marked_last_change_is_still_read() =>
        Assert.Equal("2026-06-22", Day(Published("", Article("<span class=\"x6b6b6b\">22.06.2026 10:20</span><meta itemprop=\"dateModified\" content=\"2026-08-29\">"), "de")));

    [Theory]
    [InlineData("<div class=\"x3c3c3c\">Updated June 13, 2026</div>", "en")]
    [InlineData("<span class=\"x3c3c3c\">Zuletzt geändert am 13.06.2026</span>", "de")]
    [InlineData("<p><span>Aktualisiert am</span> <span>13.06.2026</span></p>", "de")]
    public void A_page_that_shows_only_its_last_change_is_dated_by_it(string line, string lang) =>
        Assert.Equal("2026-06-13", Day(Published("", Article(line), lang)));

    [Fact]
    public void A_shown_publication_comes_before_the_shown_last_change() =>
        Assert.Equal("2026-06-01", Day(Published("", Article("<div class=\"x3c3c3c\">Updated June 13, 2026</div><p>June 1, 2026</p>"), "en")));

    [Fact]
    public void A_comments_last_change_dates_no_page() =>
        Assert.Null(Published("", Article("") + "<div class=\"comments\"><p>Updated June 13, 2026</p></div>", "en"));
}
