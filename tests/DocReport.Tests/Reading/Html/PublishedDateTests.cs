namespace DocReport.Tests.Reading.Html;

public class PublishedDateTests
{
    private const string Body = "<article><p>The harbour inquiry heard how the ferries, the fish market and the quays fared over a hard winter, and what the council plans to do about the breakwater before the next storm season.</p><p>Skippers told the inquiry that the northern quay had flooded eleven times since October, twice as often as the year before.</p></article>";

    private static string? Published(string head, string body = Body) =>
        Reader.ReadOk("page.html", $"<!DOCTYPE html><html><head><title>Harbour inquiry</title>{head}</head><body>{body}</body></html>").Metadata.Published;

    [Fact]
    public void Json_ld_date_keeps_its_time_and_zone_even_outside_an_article_object() =>
        Assert.Equal("2021-04-29T17:13:04+02:00", Published("""<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","datePublished":"2021-04-29T17:13:04+02:00"}</script>"""));

    [Fact]
    public void A_day_without_a_time_takes_the_time_of_a_publication_timestamp_of_the_same_day() =>
        Assert.Equal("2021-03-04T10:15+0000", Published("""<meta name="publish-date" content="2021-03-04">""",
            $"<div class=\"byline\"><time datetime=\"2021-03-04T10:15+0000\">4 March 2021</time></div>{Body}"));

    [Fact]
    public void A_utc_timestamp_gives_its_time_in_the_zone_of_the_pages_other_timestamps() =>
        Assert.Equal("2021-03-04T11:15:00+01:00", Published(
            """<script type="application/ld+json">{"@type":"WebPage","datePublished":"2021-03-04T10:15:00+00:00"}</script><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-04"}</script><meta property="article:modified_time" content="2021-03-05T09:00:00+01:00">"""));

    [Theory]
    [InlineData("<div class=\"byline\"><time datetime=\"2021-03-05T10:15:00+01:00\">5 March 2021</time></div>", "")]
    [InlineData("", "<meta property=\"article:modified_time\" content=\"2021-03-04T18:40:00+01:00\">")]
    [InlineData("<div class=\"byline\"><time datetime=\"2021-03-04T00:00:00+01:00\">4 March 2021</time></div>", "")]
    [InlineData("<div class=\"sidebar\"><p>Last edited 2021-03-04T18:40:00+01:00</p></div>", "")]
    public void A_day_keeps_no_time_from_another_day_a_last_change_midnight_or_text(string body, string head) =>
        Assert.Equal("2021-03-04", Published($"<meta name=\"publish-date\" content=\"2021-03-04\">{head}", body + Body));

    [Fact]
    public void Meta_tags_publishers_use_give_the_date() =>
        Assert.Equal("2019-12-16", Published("""<meta name="DC.date.issued" content="2019-12-16">"""));

    [Fact]
    public void A_time_element_gives_the_date() =>
        Assert.Equal("2020-01-27T09:30:00Z", Published("", $"<header><time datetime=\"2020-01-27T09:30:00Z\">27 January</time></header>{Body}"));

    [Theory]
    [InlineData("<p class=\"entry-meta\">Veröffentlicht am 14. Juni 2019 von Sina Giebel</p>", "2019-06-14")]
    [InlineData("<div class=\"article__date\">Publikacja: 04.05.2021</div>", "2021-05-04")]
    [InlineData("<span class=\"byline\">By Jeff Foust — November 18, 2019</span>", "2019-11-18")]
    [InlineData("<div class=\"fecha\">4 de mayo de 2021</div>", "2021-05-04")]
    [InlineData("<p class=\"date\">15 августа 2016, 13:43</p>", "2016-08-15")]
    public void A_dated_byline_or_meta_line_gives_the_date(string line, string expected) =>
        Assert.Equal(expected, Published("", line + Body));

    [Theory]
    [InlineData("<div class=\"post-date\"><span class=\"day\">04</span><span class=\"month\">Mar</span><span class=\"year\">2021</span></div>")]
    [InlineData("<p class=\"meta\"><span class=\"monat\">Mär</span> <span class=\"tag\">4</span><span class=\"jahr\">2021</span></p>")]
    public void A_date_set_in_boxes_for_its_day_month_and_year_gives_the_date(string line) =>
        Assert.Equal("2021-03-04", Published("", line + Body));

    [Theory]
    [InlineData("<p>Publicado em 4 de março de 2021</p>")]
    [InlineData("<p>Zveřejněno 4. března 2021</p>")]
    [InlineData("<p>Опубликовано 4 марта 2021</p>")]
    public void A_labelled_date_line_in_another_language_gives_the_date(string line) =>
        Assert.Equal("2021-03-04", Published("", line + Body));

    [Theory]
    [InlineData("<p class=\"date\">Atualizado: 10.03.2021 Publicado: 04.03.2021</p>")]
    [InlineData("<p class=\"date\">Uppdaterad 10.03.2021, publicerad 04.03.2021</p>")]
    [InlineData("<p class=\"date\">Zaktualizowano: 10.03.2021 Opublikowano: 04.03.2021</p>")]
    public void An_update_labelled_in_another_language_is_passed_over(string line) =>
        Assert.Equal("2021-03-04", Published("", line + Body));

    [Theory]
    [InlineData("https://news.example/region/20210304/harbour-inquiry", "2021-03-04")]
    [InlineData("https://news.example/harbour-inquiry-20210304.html", "2021-03-04")]
    [InlineData("https://news.example/item/20211399/harbour-inquiry", null)]
    [InlineData("https://news.example/item/120210304/harbour-inquiry", null)]
    public void A_day_written_without_separators_in_the_address_gives_the_date(string url, string? expected) =>
        Assert.Equal(expected, Published($"<link rel=\"canonical\" href=\"{url}\">"));

    [Theory]
    [InlineData("1614848400", "2021-03-04T09:00:00Z")]
    [InlineData("1614848400000", "2021-03-04T09:00:00Z")]
    [InlineData("20210304", "2021-03-04")]
    [InlineData("42", null)]
    public void A_publication_meta_tag_written_as_a_number_gives_the_date(string content, string? expected) =>
        Assert.Equal(expected, Published($"<meta name=\"publish-date\" content=\"{content}\">"));

    [Theory]
    [InlineData("<meta http-equiv=\"date\" content=\"2021-03-04\">")]
    [InlineData("<meta name=\"dc.date\" datetime=\"2021-03-04\">")]
    [InlineData("<meta name=\"publish-date\" content=\"202103041015\">")]
    public void Meta_tags_written_in_other_shapes_give_the_date(string head) =>
        Assert.Equal("2021-03-04", Published(head));

    [Fact]
    public void A_date_element_that_keeps_its_date_in_a_title_gives_it() =>
        Assert.Equal("2021-03-04", Published("", $"<a class=\"entry-date\" title=\"4th March 2021\" href=\"/archive\">Archive</a>{Body}"));

    [Fact]
    public void A_date_in_the_page_title_is_read_when_the_page_gives_no_other() =>
        Assert.Equal("2021-03-04", Reader.ReadOk("page.html",
            $"<!DOCTYPE html><html><head><title>Harbour inquiry opens - 04.03.2021 - The Courier</title></head><body>{Body}</body></html>").Metadata.Published);

    [Fact]
    public void A_date_the_page_shows_wins_over_the_date_in_its_title() =>
        Assert.Equal("2021-03-05", Reader.ReadOk("page.html",
            $"<!DOCTYPE html><html><head><title>Storm of 04.03.2021: the inquiry opens</title></head><body><p class=\"date\">5 March 2021</p>{Body}</body></html>").Metadata.Published);

    [Fact]
    public void The_date_the_page_shows_wins_over_its_last_update() =>
        Assert.Equal("2022-01-26", Published("""<meta property="og:updated_time" content="2022-01-27T18:34:20+0100">""",
            $"<p>Erschienen am <time datetime=\"2022-01-26\">26. Jan 2022</time></p>{Body}"));

    [Fact]
    public void A_date_the_page_shows_wins_over_a_meta_tag_that_does_not_say_which_date() =>
        Assert.Equal("2020-04-29", Published("""<meta name="date" content="2020-04-30">""",
            $"<ul><li class=\"author\">Von Moritz Wichmann</li><li class=\"date\"><time>29.04.2020, 12:01 Uhr</time></li></ul>{Body}"));

    [Fact]
    public void The_day_shown_under_the_title_wins_over_metadata_the_page_never_shows() =>
        Assert.Equal("2023-11-07", Published("""<meta property="article:published_time" content="2023-11-06T18:19+01:00">""",
            $"<h1>Harbour inquiry opens</h1><p><span>Stand: </span>07.11.2023, 07:30 Uhr</p>{Body}"));

    [Fact]
    public void Metadata_keeps_its_day_when_the_page_also_shows_it() =>
        Assert.Equal("2023-11-06T18:19+01:00", Published("""<meta property="article:published_time" content="2023-11-06T18:19+01:00">""",
            $"<h1>Harbour inquiry opens</h1><p>07.11.2023</p>{Body}<footer>First published on 6 November 2023</footer>"));

    [Theory]
    [InlineData("<p>Updated March 14, 2021</p>")]
    [InlineData("<p><span>Aktualisiert am</span> <span>14.03.2021</span></p>")]
    public void A_line_under_the_title_labelled_as_an_update_does_not_replace_the_publication_date(string line) =>
        Assert.Equal("2021-03-08T11:15:28Z", Published("""<meta property="article:published_time" content="2021-03-08T11:15:28Z">""",
            $"<h1>Harbour inquiry opens</h1>{line}{Body}"));

    [Fact]
    public void The_day_in_the_site_header_comes_after_the_article_date()
    {
        var header = "<header class=\"container\"><nav><a href=\"/\">Home</a></nav><time datetime=\"2023-11-01T13:56:20+01:00\">Mittwoch, 01. November 2023</time></header>";
        Assert.Equal("2023-10-31", Published("", $"{header}<h2>Harbour inquiry opens</h2><p><span class=\"text_datum\">31. Oktober 2023.</span> The inquiry opened.</p>{Body}"));
        Assert.Equal("2023-11-01T13:56:20+01:00", Published("", $"{header}<h2>Harbour inquiry opens</h2>{Body}"));
    }

    [Fact]
    public void The_last_update_is_the_date_when_the_page_gives_no_other() =>
        Assert.Equal("2022-01-27T18:34:20+0100", Published("""<meta property="article:modified_time" content="2022-01-27T18:34:20+0100">"""));

    [Fact]
    public void A_press_release_dateline_opening_the_first_paragraph_gives_the_date() =>
        Assert.Equal("2022-11-29", Published("", "<article><p>29.11.2022 – Mehrfach und vehement hatte die Branche vor den Folgen gewarnt, doch die Regierung blieb bei ihrem Plan.</p></article>"));

    [Fact]
    public void A_reader_comment_date_is_not_the_article_date() =>
        Assert.Null(Published("", $"{Body}<section id=\"comments\"><p>Anna</p><span class=\"comment-date\">02.12.2022, 15:57</span></section>"));

    [Fact]
    public void A_dated_path_in_the_canonical_address_gives_the_date() =>
        Assert.Equal("2019-08-02", Published("""<link rel="canonical" href="https://blog.example.org/2019/08/02/json-parsing/">"""));

    [Fact]
    public void A_default_year_one_date_is_no_date() =>
        Assert.Null(Published("""<meta property="article:published_time" content="0001-01-01T00:00:00Z">"""));

    [Fact]
    public void A_page_without_a_date_has_none() => Assert.Null(Published(""));

    [Fact]
    public void A_utc_instant_is_given_in_the_zone_the_page_writes_its_other_times_in()
    {
        Assert.Equal("2023-11-08T23:30:59-06:00", Published(
            """<meta property="article:published_time" content="2023-11-09T05:30:59+00:00">""",
            $"<time datetime=\"2023-11-08 23:30:59\">Nov 8</time>{Body}"));
        Assert.Equal("2023-11-08T23:30:59-06:00", Published(
            """<meta property="article:published_time" content="2023-11-09T05:30:59Z"><script>var page = {"updated": "2023-11-09T00:21:49-06:00"};</script>"""));
    }

    [Fact]
    public void A_utc_instant_stays_as_it_is_when_the_page_names_no_zone_or_several() =>
        Assert.Equal("2023-11-09T05:30:59Z", Published(
            """<meta property="article:published_time" content="2023-11-09T05:30:59Z"><script>var a = "2023-11-09T00:21:49-06:00", b = "2023-11-09T07:21:49+02:00";</script>"""));

    [Fact]
    public void A_date_labelled_as_the_last_change_is_not_the_publication_date() =>
        Assert.Equal("2023-11-01", Published("", $"{Body}<p class=\"footer-date\">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p>"));

    [Theory]
    [InlineData("""<link rel="canonical" href="https://blog.example.org/2019/01/01/new-year/"><meta property="article:published_time" content="2018-12-31T23:11:59+00:00">""", "", "2019-01-01")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Wed, 04 May 2022 00:25:56 GMT"}</script>""",
        "<span class=\"mod-date\"><time>3 de mayo de 2022</time></span>", "2022-05-03")]
    public void A_utc_instant_near_midnight_falls_on_the_day_the_page_shows(string head, string line, string expected) =>
        Assert.Equal(expected, Published(head, line + Body));

    [Fact]
    public void A_day_the_instant_cannot_reach_in_any_zone_does_not_move_it() =>
        Assert.Equal("2019-01-03T12:00:00+00:00", Published(
            """<link rel="canonical" href="https://blog.example.org/2019/01/01/new-year/"><meta property="article:published_time" content="2019-01-03T12:00:00+00:00">"""));

    [Fact]
    public void An_rfc_1123_meta_timestamp_gives_its_time_in_its_own_zone() =>
        Assert.Equal("2021-03-04T20:00:00-05:00", Published("""<meta property="article:published_time" content="Thu, 04 Mar 2021 20:00:00 -0500">"""));

    // A record's creation date may be a draft's: the day the page shows its readers comes first.
    [Theory]
    [InlineData("content_create_date")]
    [InlineData("doc_date")]
    public void A_creation_date_meta_name_yields_to_the_shown_date(string name) =>
        Assert.Equal("2021-03-04", Published($"""<meta name="{name}" content="2021-02-20">""",
            "<article><h1>Harbour inquiry</h1><p class=\"date\">4 March 2021</p>" + Body[9..]));

    [Theory]
    [InlineData("""<meta name="publish_time" content="2022-06-14T09:00:00+02:00">""", "2022-06-14T09:00:00+02:00")]
    [InlineData("""<meta property="article:post_date" content="2022-06-14">""", "2022-06-14")]
    [InlineData("""<meta name="dc.date.publication" content="2022-06-14">""", "2022-06-14")]
    public void Other_meta_names_for_the_publication_date_give_it(string head, string expected) =>
        Assert.Equal(expected, Published(head));

    [Theory]
    [InlineData("en-US", "03/08/2021", "2021-03-08")]
    [InlineData("en-GB", "03/08/2021", "2021-08-03")]
    [InlineData("fr", "03/08/2021", "2021-08-03")]
    [InlineData("nl", "03-08-2021", "2021-08-03")]
    [InlineData("en", "03/08/2021", null)]
    [InlineData("en", "03/28/2021", "2021-03-28")]
    public void A_numeric_date_is_read_in_the_page_languages_order(string lang, string shown, string? expected) =>
        Assert.Equal(expected, Reader.ReadOk("page.html",
            $"<!DOCTYPE html><html lang=\"{lang}\"><head><title>Harbour inquiry</title></head><body><p class=\"post-date\">{shown}</p>{Body}</body></html>").Metadata.Published);

    [Theory]
    [InlineData("https://news.example/world/2021/mar/04/harbour-inquiry", "2021-03-04")]
    [InlineData("https://news.example/2021/3/4/harbour-inquiry", "2021-03-04")]
    [InlineData("https://news.example/2021/12/3-ways-to-mend-a-net", null)]
    [InlineData("https://news.example/2021/news/04/harbour-inquiry", null)]
    public void A_dated_path_with_a_month_name_or_one_digit_parts_gives_the_date(string url, string? expected) =>
        Assert.Equal(expected, Published($"<link rel=\"canonical\" href=\"{url}\">"));

    [Theory]
    [InlineData("<time class=\"updated\" datetime=\"2021-03-10\">10 March 2021</time> <time class=\"entry-date\" datetime=\"2021-03-04\">4 March 2021</time>")]
    [InlineData("<p><span>Last updated:</span> <time datetime=\"2021-03-10\">10 March 2021</time></p><p class=\"byline\">By Ann Lee, 4 March 2021</p>")]
    [InlineData("<p><span>Updated</span> <span class=\"date\">10 March 2021</span></p><p><span>Published</span> <span class=\"date\">4 March 2021</span></p>")]
    public void A_date_marked_or_labelled_as_the_last_change_comes_after_the_publication_date(string lines) =>
        Assert.Equal("2021-03-04", Published("", lines + Body));

    [Fact]
    public void A_post_never_changed_is_marked_published_and_updated_at_once() =>
        Assert.Equal("2021-03-04", Published("",
            $"<time class=\"entry-date published updated\" datetime=\"2021-03-04\">4 March 2021</time>{Body}<aside><time datetime=\"2021-02-01\">1 February 2021</time></aside>"));

    [Fact]
    public void The_only_date_marked_as_an_update_still_serves() =>
        Assert.Equal("2021-03-10", Published("", $"<p><time class=\"updated\" datetime=\"2021-03-10\">10 March 2021</time></p>{Body}"));

    [Fact]
    public void A_date_the_page_shows_wins_over_its_last_update_tag_and_an_undated_meta_tag() =>
        Assert.Equal("2021-03-04", Published("""<meta name="dc.date" content="2021-03-11"><meta property="og:updated_time" content="2021-03-12T10:00:00+01:00">""",
            $"<p>4 March 2021 | Harbour desk</p>{Body}"));

    [Theory]
    [InlineData("<p class=\"meta\">Posted 2 days ago</p>")]
    [InlineData("<p class=\"date\">vor 3 Tagen</p>")]
    [InlineData("<p class=\"fecha\">hace 2 días</p>")]
    public void A_relative_date_gives_no_date(string line) => Assert.Null(Published("", line + Body));

    [Theory]
    [InlineData("<p class=\"time\">Aktuelle Zeit: 14.10.2020, 12:18</p>")]
    [InlineData("<p class=\"right\">It is currently Wed Oct 14, 2020 12:18 pm</p>")]
    [InlineData("<dl class=\"profile\"><dd><strong>Registriert:</strong> 18.09.2008, 05:56</dd></dl>")]
    [InlineData("<dl class=\"profile\"><dd><strong>Joined:</strong> Thu Sep 18, 2008 5:56 am</dd></dl>")]
    public void A_forums_current_time_or_a_members_join_date_is_not_the_posts_date(string line) =>
        Assert.Equal("2009-01-21", Published("", $"{line}<div class=\"post\"><p class=\"author\"><span>by <strong>Ann Lee</strong> » </span>21.01.2009, 05:42</p>{Body}</div>"));

    [Fact]
    public void A_date_in_the_pages_description_is_read_when_the_page_shows_none() =>
        Assert.Equal("2020-01-14", Published("""<meta name="description" content="Bears of the valley: a record year (news of 14 January 2020)">"""));

    [Fact]
    public void A_date_the_page_shows_wins_over_one_in_its_description() =>
        Assert.Equal("2021-03-05", Published("""<meta name="description" content="The storm of 4 March 2021 and what it left behind">""",
            $"<p class=\"date\">5 March 2021</p>{Body}"));

    [Theory]
    [InlineData("1970-01-01T01:00:00+01:00")]
    [InlineData("1970-01-01T00:00:00Z")]
    [InlineData("1969-12-31T19:00:00-05:00")]
    public void The_unix_epoch_a_cms_writes_for_no_date_gives_way_to_the_date_the_page_shows(string epoch) =>
        Assert.Equal("2021-04-28", Published($$"""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"{{epoch}}"}</script>""",
            $"<p class=\"date\">28.04.2021</p>{Body}"));

    [Fact]
    public void An_epoch_day_under_the_title_is_no_date() =>
        Assert.Null(Published("", $"<h1>Harbour inquiry</h1><p class=\"date\">01.01.1970</p>{Body}"));

    [Fact]
    public void A_time_on_the_epochs_day_that_is_not_the_epoch_is_a_date() =>
        Assert.Equal("1970-01-01T09:30:00+01:00", Published("""<meta property="article:published_time" content="1970-01-01T09:30:00+01:00">"""));
}
