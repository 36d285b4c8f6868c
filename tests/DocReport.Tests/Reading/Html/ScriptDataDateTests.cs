using static DocReport.Tests.Reading.Html.DateWaysTests;

namespace DocReport.Tests.Reading.Html;

/// <summary>
/// Round 47: a page with no JSON-LD or meta tags whose scripts hold its publication in their own data (a page state as JSON,
/// a JavaScript object, JSON escaped inside a string), by the key it stands under; and the near shapes that must give no date: a
/// last change's key, a build time, a record's creation, a list of items each with its own date, a Unix time (its day depends on the zone).
/// </summary>
public class ScriptDataDateTests
{
    private static string? WithScript(string script, string dateLine = "") =>
        Published($"<script>{script}</script>", Article(dateLine));

    [Theory]
    [InlineData("window.__STATE__ = {\"article\":{\"title\":\"Harbour inquiry\",\"published\":\"2026-12-07T10:00:00+01:00\"}};")]
    [InlineData("var page = { 'publicationDate': \"2026-12-07 17:19:12\", 'section': 'news' };")]
    [InlineData("self.__data.push([1,\"{\\\"firstPublished\\\":\\\"2026-12-07T09:00:00Z\\\"}\"]);")]
    [InlineData("dataLayer.push({\"publish_date\":\"2026-12-07\",\"content_type\":\"article\"});")]
    [InlineData("var meta = {pubDate: '2026-12-07T10:00+01:00'};")]
    public void A_scripts_own_publication_gives_the_pages_date(string script) =>
        Assert.Equal("2026-12-07", Day(WithScript(script)));

    [Theory]
    [InlineData("window.__STATE__ = {\"article\":{\"dateModified\":\"2026-12-09T10:00:00Z\",\"updated_at\":\"2026-12-09T10:00:00Z\"}};")]
    [InlineData("window.__BUILD__ = {\"buildTime\":\"2026-12-09T10:00:00Z\",\"serverTime\":\"2026-12-09T10:00:01Z\"};")]
    [InlineData("var user = {\"created_at\":\"2026-12-09T10:00:00Z\",\"createdAt\":\"2026-12-09T10:00:00Z\"};")]
    [InlineData("var related = [{\"title\":\"Ferries\",\"published\":\"2026-12-01T10:00:00Z\"},{\"title\":\"Quays\",\"published\":\"2026-11-30T10:00:00Z\"}];")]
    [InlineData("var state = {\"published\":true,\"publishDate\":\"soon\",\"publication\":\"Harbour News\"};")]
    [InlineData("if (article.publishDate == \"2026-12-09\") { show(); }")]
    [InlineData("window.article = {\"published_at\":1796637600,\"category\":\"news\"};")]
    public void Other_dates_in_scripts_give_none(string script) =>
        Assert.Null(WithScript(script));

    [Fact]
    public void A_list_of_items_gives_way_to_the_pages_own_key() =>
        Assert.Equal("2026-12-07", Day(WithScript("var state = {\"datePublished\":\"2026-12-07T10:00:00Z\",\"related\":[{\"published\":\"2026-12-01T10:00:00Z\"},"
            + "{\"published\":\"2026-11-30T10:00:00Z\"}]};")));

    [Fact]
    public void The_same_date_under_a_key_again_is_still_one_date() =>
        Assert.Equal("2026-12-07", Day(WithScript("var a = {\"published\":\"2026-12-07T10:00:00Z\"}; var b = {\"published\":\"2026-12-07T10:00:00Z\"};")));

    [Theory]
    [InlineData("{\"first_publish_date\":\"2026-12-01T10:00:00Z\",\"display_date\":\"2026-12-07T10:00:00Z\"}")]
    [InlineData("{\"publicationDate\":\"2026-12-08T04:00:00Z\",\"firstPublished\":\"2026-12-07T20:00:00Z\"}")]
    public void The_shown_date_then_the_first_publication_come_first(string data) =>
        Assert.Equal("2026-12-07", Day(WithScript($"var story = {data};")));

    [Fact]
    public void A_date_box_the_page_shows_comes_before_its_scripts_data() =>
        Assert.Equal("2026-12-07", Day(WithScript("var story = {\"published\":\"2026-12-01T10:00:00Z\"};", "<p class=\"date\">7 December 2026</p>")));

    [Fact]
    public void A_json_ld_script_is_not_read_as_script_data() =>
        Assert.Null(Published("<script type=\"application/ld+json\">{\"@type\":\"WebSite\",\"publishDate\":\"2026-12-07\"}</script>", Article("")));
}
