using static DocReport.Tests.Reading.Html.DateWaysTests;

namespace DocReport.Tests.Reading.Html;

/// <summary>
/// Round 49's dates a page shows when it lacks metadata (bench/TrafilaturaEval --date-ablate, with and without --hash-classes):
/// a teaser card built of plain boxes or marked role="article" holds another story's date; a day, a month's abbreviation and a
/// year joined by dots ("03.Mär.19") and a month's name before the day ("Mai 03, 2017") make a date line; Bengali month names;
/// with the near forms each must leave alone.
/// </summary>
public class DateTeaserCardsTests
{
    private const string Canonical = "<link rel=\"canonical\" href=\"https://example.org/harbour-inquiry/\">";

    // Classes that name nothing a word list knows (x...), so that only the page's structure tells the card.
    private static string Card(string date, string href = "/ferries/new-timetable-for-the-winter-ferries/", string rel = "") =>
        $"<div class=\"x1a2b3\"><div class=\"x2b3c4\"><a href=\"{href}\"{rel}>New timetable for the winter ferries</a><p>The council has set the winter ferries' hours.</p>"
        + $"<div class=\"x3c4d5\"><div class=\"date\">{date}</div></div></div></div>";

    private static string Page(string ownLine, string cards) => $"<div class=\"x9f8e7\"><h1>Harbour inquiry</h1>{ownLine}{Story}</div><div class=\"x7e6f5\">{cards}</div>";

    [Fact]
    public void A_date_in_a_teaser_card_of_plain_boxes_is_not_the_pages() =>
        Assert.Equal("2026-03-04", Day(Published(Canonical, Page("<p>04.03.2026</p>", Card("01.09.2004") + Card("02.09.2004")), "de")));

    [Fact]
    public void A_teaser_card_alone_gives_no_date() =>
        Assert.Null(Published(Canonical, Page("", Card("01.09.2004")), "de"));

    [Theory]
    [InlineData("https://twitter.com/harbourwatch", "")]
    [InlineData("/share?url=https%3A%2F%2Fexample.org%2Fharbour-inquiry%2F", " rel=\"nofollow\"")]
    [InlineData("#comments", "")]
    [InlineData("https://example.org/harbour-inquiry/", "")]
    public void A_box_whose_long_link_is_an_account_an_action_or_the_page_itself_keeps_its_date(string href, string rel) =>
        Assert.Equal("2004-09-01", Day(Published(Canonical, Page("", Card("01.09.2004", href, rel)), "de")));

    [Fact]
    public void A_card_marked_as_an_article_for_assistive_technology_holds_another_storys_date() =>
        Assert.Equal("2026-03-04", Day(Published(Canonical, Page("<p>04.03.2026</p>",
            "<ul><li role=\"article\"><h2><a href=\"/interviews/karin-ugowski\">Karin Ugowski</a></h2><span class=\"date\">28.03.2018</span></li></ul>"), "de")));

    [Fact]
    public void The_pages_own_line_of_details_with_an_authors_account_keeps_its_date() =>
        Assert.Equal("2026-03-04", Day(Published(Canonical, "<article><header><h1>Harbour inquiry</h1><div class=\"x4d5e6\"><span class=\"x5e6f7\">Veröffentlicht am 4. März 2026</span> "
            + "von <a href=\"/author/anna-berg/\">Anna Berg</a> <a href=\"https://twitter.com/annaberg\">Twitter Account von Anna Berg</a></div></header>" + Story + "</article>", "de")));

    [Theory]
    [InlineData("<p><span>Author: <a href=\"/autoren/anna-berg\">Anna Berg</a>, Datum: 03.Mär.26</span></p>", "de", "2026-03-03")]
    [InlineData("<p class=\"x5e6f7\">04-Mar-2026</p>", "en", "2026-03-04")]
    [InlineData("<p class=\"x5e6f7\"><a href=\"#\" rel=\"bookmark\">Mai 03, 2026</a> / Anna</p>", "de", "2026-05-03")]
    [InlineData("<div class=\"x5e6f7\">শনিবার, আগস্ট ২৯, ২০২৬</div>", "bn", "2026-08-29")]
    public void A_date_line_in_another_form_dates_the_page(string line, string lang, string day) =>
        Assert.Equal(day, Day(Published("", Article(line), lang)));

    [Fact]
    public void A_joined_form_that_is_no_date_gives_none() =>
        Assert.Null(Published("", Article("<p class=\"x5e6f7\">Art.-Nr. 03.Abc.26</p>"), "de"));
}
