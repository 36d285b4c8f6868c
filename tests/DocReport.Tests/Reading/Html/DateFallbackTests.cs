using static DocReport.Tests.Reading.Html.DateWaysTests;

namespace DocReport.Tests.Reading.Html;

/// <summary>
/// Round 46's fallbacks, the dates a page shows when it has no JSON-LD or meta tags (bench/TrafilaturaEval --date-ablate), each
/// a made-up page: the page's own article element with its title heading set outside it, a list of dated posts with short
/// headlines, and the last change hidden inside a date box; with the near forms each must leave alone.
/// </summary>
public class DateFallbackTests
{
    private const string Prose = "<p>The harbour inquiry heard how the ferries, the fish market and the quays fared over a hard winter, and what the council plans.</p>"
        + "<p>Skippers told the inquiry that the northern quay had flooded eleven times since October, twice as often as the year before it.</p>"
        + "<p>The council said the breakwater would be raised by a metre before the next storm season, and that the work would start in spring.</p>";

    private const string Breadcrumb = "<nav><ol class=\"breadcrumb\"><li><a href=\"/\">Home</a></li><li><h1>Harbour inquiry</h1></li></ol></nav>";

    private const string RelatedBox = "<aside><h3><a href=\"/ferries/timetable-changes\">New ferry timetable from spring</a></h3></aside>";

    [Theory]
    [InlineData(Breadcrumb + "<article><div class=\"meta\"><span class=\"date\">7. Dezember 2026</span></div>" + Prose + RelatedBox + "</article>")]
    [InlineData("<section><header><h1>Harbour inquiry</h1></header></section><article><div class=\"story-meta-datetime\"><strong class=\"date\">lunes, 7 de diciembre de 2026</strong></div>"
        + Prose + RelatedBox + "</article>")]
    [InlineData(Breadcrumb + "<article><time datetime=\"2026-12-07T10:00:00+01:00\">7. Dezember 2026</time>" + Prose + RelatedBox + "</article>")]
    public void The_pages_own_article_with_its_title_heading_outside_it_gives_its_date(string body) =>
        Assert.Equal("2026-12-07", Day(Published("", body, "de")));

    [Fact]
    public void A_story_cards_date_is_still_not_the_pages() =>
        Assert.Null(Published("", Breadcrumb + "<article>" + Prose + "</article><article class=\"card\"><h2><a href=\"/ferries/older\">Older story about the ferries</a></h2>"
            + "<span class=\"date\">1. Januar 2026</span><p>A teaser.</p></article>", "de"));

    [Fact]
    public void A_story_card_before_the_page_gives_way_to_its_own_date() =>
        Assert.Equal("2026-12-07", Day(Published("", "<article class=\"card\"><h2><a href=\"/ferries/older\">Older story about the ferries</a></h2><span class=\"date\">1. Januar 2026</span>"
            + "<p>A teaser.</p></article>" + Article("<p class=\"date\">7. Dezember 2026</p>"), "de")));

    private const string RecentPosts = "<aside><ul><li><a href=\"/2026/03/31/ferry-timetable\">Ferry timetable</a> <span class=\"post-date\">31 März, 2026</span></li>"
        + "<li><a href=\"/2026/04/01/quay-repairs\">Quay repairs</a> <span class=\"post-date\">1 April, 2026</span></li></ul></aside>";

    [Fact]
    public void A_list_of_dated_posts_with_short_headlines_is_not_the_pages_date() =>
        Assert.Null(Published("", RecentPosts + Article(""), "de"));

    [Fact]
    public void A_list_of_dated_posts_gives_way_to_the_pages_own_date() =>
        Assert.Equal("2026-12-07", Day(Published("", RecentPosts + Article("<p class=\"date\">7. Dezember 2026</p>"), "de")));

    [Theory]
    [InlineData("<ul class=\"meta\"><li>Von <a href=\"/autor/anna-berg\">Anna Berg</a></li><li class=\"date\">7. Dezember 2026</li><li><a href=\"/thema/hafen\">Hafen</a></li></ul>")]
    [InlineData("<ul class=\"meta\"><li><a href=\"/autor/anna-berg\">Anna Berg</a> <span class=\"date\">7. Dezember 2026</span></li><li><a href=\"/thema/hafen\">Hafen</a></li></ul>")]
    public void The_articles_own_line_of_details_as_a_list_still_gives_its_date(string line) =>
        Assert.Equal("2026-12-07", Day(Published("", Article(line), "de")));

    [Theory]
    [InlineData("<div class=\"post-meta\">Von <a href=\"/autor/anna-berg\">Anna Berg</a><span class=\"updated rich-snippet-hidden\">2026-12-09T10:10:52+01:00</span><span>7. Dezember 2026</span></div>")]
    [InlineData("<div class=\"post-meta\"><span class=\"date-modified\">09.12.2026</span> <span>07.12.2026</span></div>")]
    public void A_date_boxs_hidden_last_change_gives_way_to_its_shown_date(string line) =>
        Assert.Equal("2026-12-07", Day(Published("", Article(line), "de")));

    [Theory]
    [InlineData("<div class=\"entry-meta\"><span class=\"entry-meta-date updated\"><a href=\"/2026/12/\">7. Dezember 2026</a></span> <span class=\"author\">Anna Berg</span></div>")]
    [InlineData("<div class=\"post-meta\"><span class=\"updated\">7. Dezember 2026</span></div>")]
    public void A_date_marked_updated_alone_in_its_box_is_still_read(string line) =>
        Assert.Equal("2026-12-07", Day(Published("", Article(line), "de")));
}
