namespace DocReport.Tests.Reading.Html;

/// <summary>
/// The ways real sites write a page's date (round 35's audit list), each as a made-up page fragment: ISO timestamps with and
/// without a zone, RFC 1123, Unix times in data attributes, numeric dates in the page's order, month names in the languages
/// most pages of the web are written in, labels, relative dates, JSON-LD shapes, microdata and the meta names publishers use.
/// </summary>
public class DateWaysTests
{
    internal const string Story = "<p>The harbour inquiry heard how the ferries, the fish market and the quays fared over a hard winter, and what the council plans to do about the breakwater before the next storm season.</p><p>Skippers told the inquiry that the northern quay had flooded eleven times since October, twice as often as the year before.</p>";

    internal static string? Published(string head, string body, string? lang = "en") =>
        Reader.ReadOk("page.html", $"<!DOCTYPE html><html{(lang is null ? "" : $" lang=\"{lang}\"")}><head><title>Harbour inquiry</title>{head}</head><body>{body}</body></html>").Metadata.Published;

    internal static string Article(string dateLine) => $"<article><h1>Harbour inquiry</h1>{dateLine}{Story}</article>";

    internal static string? Day(string? date) => date?[..10];

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2021-03-04T10:00:00+01:00\">", "2021-03-04")]
    [InlineData("<meta property=\"article:published_time\" content=\"2021-03-04T10:00:00\">", "2021-03-04")]
    [InlineData("<meta property=\"article:published_time\" content=\"2021-03-04T10:00:00.000+0100\">", "2021-03-04")]
    [InlineData("<meta property=\"article:published_time\" content=\"2021-03-04 10:00:00\">", "2021-03-04")]
    [InlineData("<meta property=\"article:published_time\" content=\"2021-03-04T10:00Z\">", "2021-03-04")]
    [InlineData("<meta property=\"article:published_time\" content=\"Thu, 04 Mar 2021 10:00:00 GMT\">", "2021-03-04")]
    [InlineData("<meta property=\"article:published_time\" content=\"Thu, 04 Mar 2021 20:00:00 -0500\">", "2021-03-04")]
    [InlineData("<meta property=\"og:published_time\" content=\"2021-03-04\">", "2021-03-04")]
    [InlineData("<meta name=\"parsely-pub-date\" content=\"2021-03-04T10:00:00Z\">", "2021-03-04")]
    [InlineData("<meta name=\"sailthru.date\" content=\"2021-03-04 10:00:00\">", "2021-03-04")]
    [InlineData("<meta name=\"DC.date.issued\" content=\"2021-03-04\">", "2021-03-04")]
    [InlineData("<meta name=\"dcterms.issued\" content=\"2021-03-04\">", "2021-03-04")]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2021-03-04T10:00:00+01:00\">", "2021-03-04")]
    [InlineData("<meta name=\"citation_publication_date\" content=\"2021/03/04\">", "2021-03-04")]
    [InlineData("<meta name=\"citation_date\" content=\"2021 Mar 4\">", "2021-03-04")]
    [InlineData("<meta property=\"article:published_time\" content=\"2021-03-04T10:00:00+01:00\"><meta property=\"article:modified_time\" content=\"2021-03-09T10:00:00+01:00\">", "2021-03-04")]
    [InlineData("<meta property=\"article:modified_time\" content=\"2021-03-09T10:00:00+01:00\"><meta property=\"article:published_time\" content=\"2021-03-04T10:00:00+01:00\">", "2021-03-04")]
    [InlineData("<meta property=\"og:publish_date\" content=\"2021-03-04T10:00:00+01:00\">", "2021-03-04")]
    [InlineData("<meta name=\"analyticsAttributes.articleDate\" content=\"2021-03-04T09:00:00+0000\">", "2021-03-04")]
    [InlineData("<meta name=\"DCSext.articleFirstPublished\" content=\"2021-03-04\">", "2021-03-04")]
    [InlineData("<meta name=\"timestamp\" content=\"2021-03-04 10:00:00\">", "2021-03-04")]
    // The last change's names, asked only when nothing else gives a date.
    [InlineData("<meta http-equiv=\"last-modified\" content=\"2021-03-04\">", "2021-03-04")]
    [InlineData("<meta property=\"og:modified_time\" content=\"2021-03-09T10:00:00+01:00\"><meta name=\"timestamp\" content=\"2021-03-04 10:00:00\">", "2021-03-04")]
    public void Head_dates_in_every_common_shape_give_the_day(string head, string day) => Assert.Equal(day, Day(Published(head, Article(""))));

    [Theory]
    // JSON-LD: an @graph, a root array, a date given as an array, dateCreated when no datePublished, dateModified passed over.
    [InlineData("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Harbour News\"},{\"@type\":\"NewsArticle\",\"headline\":\"Harbour inquiry\",\"dateModified\":\"2021-03-09T10:00:00+01:00\",\"datePublished\":\"2021-03-04T10:00:00+01:00\"}]}")]
    [InlineData("[{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\"},{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"datePublished\":\"2021-03-04\"}]")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"datePublished\":[\"2021-03-04T10:00:00Z\",\"2021-03-05T10:00:00Z\"]}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"dateModified\":\"2021-03-09\",\"dateCreated\":\"2021-03-04\"}")]
    [InlineData("{\"@context\":\"http://schema.org\",\"@type\":[\"NewsArticle\",\"Article\"],\"datePublished\":\"2021-03-04T10:00:00+01:00\"}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"LiveBlogPosting\",\"coverageStartTime\":\"2021-03-04T08:00:00+01:00\",\"datePublished\":\"2021-03-04T10:00:00+01:00\"}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"Article\",\"datePublished\":\"2021-03-04T10:00:00+01:00\"}}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"2021-03-04T10:00:00+01:00\",\"comment\":[{\"@type\":\"Comment\",\"datePublished\":\"2021-03-02T10:00:00+01:00\"}]}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"dateModified\":\"2021-03-09T10:00:00+01:00\",\"datePublished\":\"2021-03-04T10:00:00+01:00\",\"isPartOf\":{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01\"}}")]
    public void Json_ld_in_its_common_shapes_gives_the_publication_day(string json) =>
        Assert.Equal("2021-03-04", Day(Published($"<script type=\"application/ld+json\">{json}</script>", Article(""))));

    [Theory]
    // Marked elements: microdata, <time pubdate>, a time element's text when it has no datetime.
    [InlineData("<p>Posted on <span itemprop=\"datePublished\" content=\"2021-03-04\">March 4</span></p>", "en")]
    [InlineData("<p><time pubdate datetime=\"2021-03-04T10:00:00+01:00\">4 March</time></p>", "en")]
    [InlineData("<p><time>4 March 2021</time></p>", "en")]
    [InlineData("<p><time datetime=\"2021-03-04\">yesterday</time></p>", "en")]
    [InlineData("<div class=\"meta\"><time class=\"entry-date\" data-timestamp=\"1614852000\">2 days ago</time></div>", "en")]
    // Numeric dates: dots are day first; slashes by the page's language, or where a part is over 12.
    [InlineData("<p class=\"date\">04.03.2021</p>", "de")]
    [InlineData("<p class=\"date\">04.03.2021, 10:00 Uhr</p>", null)]
    [InlineData("<p class=\"date\">04/03/2021</p>", "fr")]
    [InlineData("<p class=\"date\">04/03/2021</p>", "es")]
    [InlineData("<p class=\"date\">04/03/2021</p>", "it")]
    [InlineData("<p class=\"date\">04/03/2021</p>", "pt-BR")]
    [InlineData("<p class=\"date\">04-03-2021</p>", "nl")]
    [InlineData("<p class=\"date\">04.03.2021 r.</p>", "pl")]
    [InlineData("<p class=\"date\">04.03.2021</p>", "ru")]
    [InlineData("<p class=\"date\">03/04/2021</p>", "en-US")]
    [InlineData("<p class=\"date\">04/03/2021</p>", "en-GB")]
    [InlineData("<p class=\"date\">03/04/2021 10:00 AM</p>", "en-US")]
    [InlineData("<p class=\"date\">2021/03/04</p>", "ja")]
    [InlineData("<p class=\"date\">2021.03.04</p>", "ko")]
    // Month names and abbreviations.
    [InlineData("<p class=\"date\">Thursday, March 4, 2021 at 10:00 a.m. EST</p>", "en")]
    [InlineData("<p class=\"date\">Mar. 4, 2021</p>", "en")]
    [InlineData("<p class=\"date\">4th March 2021</p>", "en-GB")]
    [InlineData("<p class=\"date\">4 March, 2021</p>", "en")]
    [InlineData("<p class=\"date\">Published 10:00 AM ET, Thu March 4, 2021</p>", "en")]
    [InlineData("<p class=\"date\">Veröffentlicht am 4. März 2021 um 10:00 Uhr</p>", "de")]
    [InlineData("<p class=\"date\">Do., 04. Mär. 2021</p>", "de")]
    [InlineData("<p class=\"date\">4. Mrz. 2021</p>", "de")]
    [InlineData("<p class=\"date\">Publié le jeudi 4 mars 2021 à 10h00</p>", "fr")]
    [InlineData("<p class=\"date\">Publié le 04/03/2021 à 10h00 Mis à jour le 05/03/2021 à 12h00</p>", "fr")]
    [InlineData("<p class=\"date\">Publicado el jueves, 4 de marzo de 2021</p>", "es")]
    [InlineData("<p class=\"date\">4 mar. 2021</p>", "es")]
    [InlineData("<p class=\"date\">Pubblicato il 4 marzo 2021 alle 10:00</p>", "it")]
    [InlineData("<p class=\"date\">Publicado em 4 de março de 2021</p>", "pt")]
    [InlineData("<p class=\"date\">Gepubliceerd op 4 maart 2021</p>", "nl")]
    [InlineData("<p class=\"date\">do 4 mrt 2021</p>", "nl")]
    [InlineData("<p class=\"date\">Opublikowano: 4 marca 2021</p>", "pl")]
    [InlineData("<p class=\"date\">czwartek, 4 mar 2021</p>", "pl")]
    [InlineData("<p class=\"date\">Опубликовано 4 марта 2021 г., 10:00</p>", "ru")]
    [InlineData("<p class=\"date\">2021年3月4日 10:00</p>", "zh")]
    [InlineData("<p class=\"date\">2021年03月04日 10時00分</p>", "ja")]
    [InlineData("<p class=\"date\">发布时间：2021-03-04 10:00</p>", "zh-CN")]
    [InlineData("<p class=\"date\">2021년 3월 4일 오전 10:00</p>", "ko")]
    public void Dates_the_page_shows_give_the_day(string line, string? lang) => Assert.Equal("2021-03-04", Day(Published("", Article(line), lang)));

    [Theory]
    [InlineData("<p class=\"date\">Updated March 9, 2021 · Published March 4, 2021</p>", "en")]
    [InlineData("<p class=\"date\">Published March 4, 2021 · Updated March 9, 2021</p>", "en")]
    [InlineData("<p class=\"date\">Aktualisiert am 09.03.2021 · Veröffentlicht am 04.03.2021</p>", "de")]
    [InlineData("<p class=\"date\">Mis à jour le 9 mars 2021, publié le 4 mars 2021</p>", "fr")]
    [InlineData("<p class=\"date\">Actualizado: 09/03/2021 · Publicado: 04/03/2021</p>", "es")]
    [InlineData("<div class=\"meta\"><span>Last updated on March 9, 2021</span></div><p class=\"byline\">By Ann Lee | March 4, 2021</p>", "en")]
    public void The_publication_wins_over_the_update_whatever_their_order(string line, string lang) =>
        Assert.Equal("2021-03-04", Day(Published("", Article(line), lang)));

    [Theory]
    [InlineData("<p class=\"date\">3 hours ago</p>")]
    [InlineData("<p class=\"date\">Yesterday at 10:00</p>")]
    [InlineData("<p class=\"date\">il y a 2 jours</p>")]
    [InlineData("<p class=\"date\">2 дня назад</p>")]
    [InlineData("<p class=\"date\">3 godziny temu</p>")]
    [InlineData("<p class=\"date\">3小时前</p>")]
    [InlineData("<p class=\"date\">© 2021 Harbour News</p>")]
    public void A_relative_date_or_a_copyright_year_is_no_date(string line) => Assert.Null(Published("", Article(line)));

    [Theory]
    // Dates of other stories and readers' comments are not the page's, whether they come before or after its own.
    [InlineData("<aside class=\"related\"><h3>More news</h3><ul><li><a href=\"/a\">Ferry fares rise</a> <span class=\"date\">1 March 2021</span></li></ul></aside>{0}")]
    [InlineData("<div class=\"sidebar\"><h3>Latest</h3><ul><li><span class=\"date\">2 March 2021</span> <a href=\"/b\">Quay repairs begin</a></li></ul></div>{0}")]
    [InlineData("{0}<section class=\"comments\"><div class=\"comment\"><span class=\"date\">1 March 2021</span><p>Great piece.</p></div></section>")]
    [InlineData("<div class=\"most-read\"><ol><li><a href=\"/c\">Storm closes the northern quay</a><time datetime=\"2021-02-27\">27 February 2021</time></li><li><a href=\"/d\">Fish market opens on Sundays</a><time datetime=\"2021-02-26\">26 February 2021</time></li></ol></div>{0}")]
    [InlineData("<section class=\"teasers\"><article class=\"card\"><h3><a href=\"/e\">Breakwater plans go on show</a></h3><time datetime=\"2021-02-25T08:00:00Z\">25 February</time></article></section>{0}")]
    public void Dates_of_other_stories_before_or_after_the_article_are_not_its_own(string page)
    {
        var body = string.Format(page, Article("<p class=\"byline\">By Ann Lee, 4 March 2021</p>"));
        Assert.Equal("2021-03-04", Day(Published("", body)));
    }

    [Theory]
    // The article's own line of details, a list with links to its author and topic, stays the page's date.
    [InlineData("<ul class=\"meta\"><li><a href=\"/author/ann-marie-lee\" rel=\"author\">By Ann Marie Lee</a> <time datetime=\"2021-03-04\">March 4, 2021</time></li><li><a href=\"/category/harbour-news\">Harbour and coast news</a></li></ul>")]
    [InlineData("<ul class=\"meta\"><li><time datetime=\"2021-03-04\">March 4, 2021</time></li><li><a href=\"/news\">News</a></li></ul>")]
    public void The_articles_own_line_of_details_keeps_its_date(string line) =>
        Assert.Equal("2021-03-04", Day(Published("", $"<div class=\"latest\"><ul><li><a href=\"/f\">Ferry timetable changes for spring</a> <time datetime=\"2021-03-01\">1 March 2021</time></li><li><a href=\"/g\">New harbour master named today</a> <time datetime=\"2021-03-02\">2 March 2021</time></li></ul></div>{Article(line)}")));

    [Theory]
    [InlineData("en", "<meta property=\"og:locale\" content=\"en_US\">", "2021-03-04")]
    [InlineData("en", "<meta property=\"og:locale\" content=\"en_GB\">", "2021-04-03")]
    [InlineData("en", "", null)]
    [InlineData("en-US", "<meta property=\"og:locale\" content=\"en_GB\">", "2021-03-04")]
    [InlineData("de", "<meta property=\"og:locale\" content=\"en_US\">", "2021-04-03")]
    public void A_language_without_a_region_takes_og_locales_region_for_numeric_dates(string lang, string head, string? day) =>
        Assert.Equal(day, Day(Published(head, Article("<p class=\"date\">03/04/2021</p>"), lang)));

    [Theory]
    // Where the language names no region, the country of the page's domain does; a generic or year-first one says nothing.
    [InlineData("en", "https://www.harbournews.co.uk/inquiry", "2021-04-03")]
    [InlineData("en", "https://harbournews.com.au/inquiry", "2021-04-03")]
    [InlineData(null, "https://www.harbournews.fr/inquiry", "2021-04-03")]
    [InlineData("en", "https://harbournews.us/inquiry", "2021-03-04")]
    [InlineData("en", "https://harbournews.com/inquiry", null)]
    [InlineData("en", "https://harbournews.io/inquiry", null)]
    [InlineData("en", "https://harbournews.ca/inquiry", null)]
    [InlineData("en-US", "https://www.harbournews.co.uk/inquiry", "2021-03-04")]
    [InlineData("ja", "https://www.harbournews.co.uk/inquiry", null)]
    public void A_language_without_a_region_takes_the_domains_country_for_numeric_dates(string? lang, string address, string? day) =>
        Assert.Equal(day, Day(Published($"<link rel=\"canonical\" href=\"{address}\">", Article("<p class=\"date\">03/04/2021</p>"), lang)));

    [Theory]
    // A box named for further stories holds their dates whatever its cards are made of, before or after the article.
    [InlineData("<div class=\"related-posts\"><div class=\"card\"><a href=\"/a\">Ferry fares rise</a><span class=\"date\">1 March 2021</span></div></div>{0}")]
    [InlineData("{0}<div id=\"most-read\"><div><div><div><div><div><span class=\"post-date\">2 March 2021</span></div></div></div></div></div></div>")]
    [InlineData("<section class=\"weitere-artikel\"><div class=\"teaser-card\"><time datetime=\"2021-02-27\">27.02.2021</time><a href=\"/b\">Kaisanierung</a></div></section>{0}")]
    public void Dates_in_a_box_named_for_further_stories_are_not_the_articles(string page) =>
        Assert.Equal("2021-03-04", Day(Published("", string.Format(page, Article("<p>4 March 2021</p>")))));

    [Theory]
    // A blog template sets the post's own title as a link in its article card, under the site's name in the h1: the card is
    // the page's article when the link leads to the page itself (its time element gives the time of day too), another
    // story's when it leads elsewhere (its time element is passed over).
    [InlineData("/essays/harbour-inquiry/", true)]
    [InlineData("/essays/ferry-fares/", false)]
    public void A_card_whose_heading_links_to_the_page_itself_holds_the_page_s_time(string link, bool own)
    {
        var published = Published("<link rel=\"canonical\" href=\"https://harbour.example/essays/harbour-inquiry/\">",
            $"<header><h1><a href=\"/\">Harbour notes</a></h1></header><article><header><time datetime=\"2021-03-04T16:05:25+01:00\">4 March 2021</time></header>"
            + $"<h2><a href=\"{link}\">Harbour inquiry</a></h2>{Story}</article>");
        Assert.Equal(own, published == "2021-03-04T16:05:25+01:00");
    }

    [Theory]
    [InlineData("<p><time datetime=\"\">March 4, 2021</time></p>")]
    [InlineData("<p><time datetime=\"10:00\">March 4, 2021, 10:00</time></p>")]
    [InlineData("<p><span itemprop=\"datePublished\" content=\"\">4 March 2021</span></p>")]
    public void A_marked_date_whose_attribute_holds_no_day_is_read_from_its_text(string line) =>
        Assert.Equal("2021-03-04", Day(Published("", $"<div class=\"story\"><h1>Harbour inquiry</h1><div class=\"lead\">{line}</div>{Story}</div><p class=\"date\">1 March 2021</p>")));

    [Theory]
    // Readers' comments in boxes named in other languages: their marked dates are not the article's.
    [InlineData("<div id=\"komentarze\"><div class=\"wpis\"><time datetime=\"2021-03-05T08:00:00+01:00\">05.03.2021</time><p>Dobry tekst.</p></div></div>")]
    [InlineData("<section class=\"reacties\"><div><time datetime=\"2021-03-05\">5 maart 2021</time><p>Mooi stuk.</p></div></section>")]
    [InlineData("<div id=\"disqus_thread\"><time datetime=\"2021-03-05\">5 March 2021</time></div>")]
    public void Dates_in_comment_boxes_named_in_other_languages_are_not_the_articles(string comments) =>
        Assert.Equal("2021-03-04", Day(Published("", Article("<p>4 March 2021</p>") + comments)));

    [Fact]
    public void A_site_footers_date_comes_after_the_articles_own() =>
        Assert.Equal("2021-03-04", Day(Published("", Article("<p>4 March 2021</p>") + "<footer class=\"site-footer\"><p class=\"date\">Site built 9 March 2021</p></footer>")));

    [Fact]
    public void A_site_footers_date_is_still_read_when_the_page_gives_no_other() =>
        Assert.Equal("2021-03-09", Day(Published("", Article("") + "<div id=\"footer\"><span class=\"date\">9 March 2021</span></div>")));

    [Theory]
    // A download's dated path gives the date only where the page gives none; the page's own address is kept when it names one.
    [InlineData("", "https://harbournews.example/2021/03/04/inquiry", "2021-03-04")]
    [InlineData("", "https://harbournews.example/news/20210304-inquiry.html", "2021-03-04")]
    [InlineData("<p class=\"date\">5 March 2021</p>", "https://harbournews.example/2021/03/04/inquiry", "2021-03-05")]
    [InlineData("", "https://harbournews.example/news/inquiry", null)]
    public void A_downloads_dated_address_gives_the_date_the_page_does_not(string dateLine, string address, string? day)
    {
        var read = Reader.ReadOk("page.html", $"<!DOCTYPE html><html lang=\"en\"><head><title>Harbour inquiry</title></head><body>{Article(dateLine)}</body></html>");
        var document = DocReport.Pipeline.DownloadAddress.Apply(read, address);
        Assert.Equal(day, Day(document.Metadata.Published));
        Assert.Equal(address, document.Metadata.Url);
    }

    [Fact]
    public void A_download_keeps_the_address_the_page_names() =>
        Assert.Equal("https://harbournews.example/inquiry", DocReport.Pipeline.DownloadAddress.Apply(
            Reader.ReadOk("page.html", $"<html><head><link rel=\"canonical\" href=\"https://harbournews.example/inquiry\"></head><body>{Article("")}</body></html>"),
            "https://harbournews.example/2021/03/04/inquiry?utm=x").Metadata.Url);

    [Fact]
    public void A_hidden_site_name_heading_before_the_article_does_not_make_the_article_another_story() =>
        Assert.Equal("2021-03-04", Day(Published("", "<h1 class=\"visually-hidden\">Harbour News</h1><nav><ul><li><a href=\"/\">Home</a></li></ul></nav>"
            + "<article><h1>Harbour inquiry</h1><div class=\"field--publishing-date\">04.03.2021</div>" + Story
            + "<h3><a href=\"/contact\">Contact the press office</a></h3></article>", "de")));
}
