namespace DocReport.Tests.Reading.Html;

/// <summary>How widely used publishing systems mark a post's date (made-up pages, the markup as the systems write it).</summary>
public class PublishingSystemDateTests
{
    private const string Body = "<article><p>The harbour inquiry heard how the ferries, the fish market and the quays fared over a hard winter, and what the council plans to do about the breakwater before the next storm season.</p><p>Skippers told the inquiry that the northern quay had flooded eleven times since October, twice as often as the year before.</p></article>";

    private static string? Published(string head, string body = Body, string lang = "en") =>
        Reader.ReadOk("page.html", $"<!DOCTYPE html><html lang=\"{lang}\"><head><title>Harbour inquiry</title>{head}</head><body>{body}</body></html>").Metadata.Published;

    [Theory]
    [InlineData("<meta name=\"ptime\" content=\"2021-03-04 10:00:00\">")]
    [InlineData("<meta name=\"pdate\" content=\"20210304\">")]
    [InlineData("<meta name=\"article.created\" content=\"2021-03-04T10:00:00Z\">")]
    [InlineData("<meta name=\"mediator_published_time\" content=\"2021-03-04T10:00:00Z\">")]
    [InlineData("<meta property=\"og:video:release_date\" content=\"2021-03-04\">")]
    [InlineData("<meta name=\"datePublished\" content=\"2021-03-04\">")]
    [InlineData("<meta name=\"parsely-page\" content='{\"title\": \"Harbour inquiry\", \"pub_date\": \"2021-03-04T10:00:00Z\", \"section\": \"News\"}'>")]
    public void Publication_meta_names_of_more_systems_give_the_date(string head) => Assert.StartsWith("2021-03-04", Published(head));

    [Theory]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":[\"2021-03-04T10:00:00Z\"]}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"VideoObject\",\"name\":\"Harbour\",\"uploadDate\":\"2021-03-04T10:00:00Z\"}")]
    public void A_json_ld_date_in_an_array_or_a_videos_upload_date_gives_the_date(string json) =>
        Assert.Equal("2021-03-04T10:00:00Z", Published($"<script type=\"application/ld+json\">{json}</script>"));

    [Fact]
    public void A_date_the_page_shows_wins_over_an_embedded_videos_upload_date() =>
        Assert.Equal("2021-03-05", Published("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"VideoObject\",\"uploadDate\":\"2020-11-02\"}</script>",
            $"<p class=\"date\">5 March 2021</p>{Body}"));

    // Drupal writes its default date month first ("Thu, 03/04/2021", 3 April to a German page); its RDFa content attribute says
    // which day it is.
    [Theory]
    [InlineData("<div class=\"submitted\"><span property=\"dc:date dc:created\" content=\"2021-03-04T10:00:00+01:00\" datatype=\"xsd:dateTime\">Submitted by admin on Thu, 03/04/2021 - 10:00</span></div>", "2021-03-04T10:00:00+01:00")]
    [InlineData("<div class=\"node__meta\">Thu, 03/04/2021 - 10:00<span property=\"schema:dateCreated\" content=\"2021-03-04T09:00:00+00:00\" class=\"rdf-meta hidden\"></span></div>", "2021-03-04T09:00:00+00:00")]
    [InlineData("<div vocab=\"http://schema.org/\" typeof=\"Article\"><span property=\"datePublished\" content=\"2021-03-04\">last spring</span></div>", "2021-03-04")]
    [InlineData("<div class=\"h-entry\"><data class=\"dt-published\" value=\"2021-03-04T10:00:00+01:00\">4 March</data></div>", "2021-03-04T10:00:00+01:00")]
    public void An_rdfa_date_property_or_a_microformat_gives_the_date_in_place_of_the_text(string line, string expected) =>
        Assert.Equal(expected, Published("", line + Body, "de"));

    [Theory]
    [InlineData("<span class=\"timestamp\" data-timestamp=\"1614852000\">2 years ago</span>", "2021-03-04T10:00:00Z")]
    [InlineData("<abbr class=\"timestamp\" data-utime=\"1614852000\">Thursday</abbr>", "2021-03-04T10:00:00Z")]
    [InlineData("<span class=\"relative-date\" data-time=\"1614852000000\">Mar 4</span>", "2021-03-04T10:00:00Z")]
    [InlineData("<span class=\"post-date\" data-date=\"2021-03-04\">Thursday</span>", "2021-03-04")]
    [InlineData("<div class=\"article-meta\" data-published=\"2021-03-04T10:00:00Z\">Published 3 years ago</div>", "2021-03-04T10:00:00Z")]
    [InlineData("<span class=\"date\" data-timestamp=\"1614852000\">5 March 2021</span>", "2021-03-05")]
    public void A_date_element_that_keeps_its_date_in_a_data_attribute_gives_it_when_its_text_has_none(string line, string expected) =>
        Assert.Equal(expected, Published("", line + Body));
}
