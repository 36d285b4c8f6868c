namespace DocReport.Tests.Reading.Html;

/// <summary>Which of a page's bylines names its authors: the head's, the byline element's, or one in a box Readability drops.</summary>
public class BylineSourcesTests
{
    private static IReadOnlyList<string> AuthorsOf(string head, string body) =>
        Reader.ReadOk("page.html", $"<!DOCTYPE html><html lang=\"en\"><head>{head}</head><body>{body}</body></html>").Metadata.Authors;

    private static string Story => $"<p>{ContentExtractorTests.Sentences("ferry", 4)}</p><p>{ContentExtractorTests.Sentences("harbour", 4)}</p>";

    [Fact]
    public void A_byline_in_the_article_s_own_header_is_read_though_its_class_names_a_header()
    {
        // The page's title differs from the heading, so nothing marks the header as the article's.
        var authors = AuthorsOf("<title>Winter timetable | Coast Weekly</title>", $"""
            <article><header class="entry-header"><h1>Ferries run less often from November</h1>
            <p class="entry-meta"><time>July 3, 2024</time> by <span class="entry-author">Ina Roe</span> <a href="#c">5 Comments</a></p></header>
            {Story}</article>
            """);
        Assert.Equal(["Ina Roe"], authors);
    }

    [Fact]
    public void A_comment_s_author_is_no_byline()
    {
        var authors = AuthorsOf("<title>Ferries run less often</title>", $"""
            <article><h1>Ferries run less often</h1>{Story}</article>
            <ol class="commentlist"><li class="comment"><div class="comment-author vcard"><cite>Tom Hale</cite> says:</div><p>Shame.</p></li></ol>
            """);
        Assert.Empty(authors);
    }

    [Fact]
    public void A_person_in_the_byline_wins_over_an_organisation_in_the_head()
    {
        var authors = AuthorsOf("""<title>Ferries run less often</title><meta name="author" content="Landesamt für Häfen und Wasserwege">""",
            $"""<article><h1>Ferries run less often</h1><div class="author">Ina Roe</div>{Story}</article>""");
        Assert.Equal(["Ina Roe"], authors);
    }

    [Fact]
    public void A_person_in_the_head_stays_whatever_the_byline_shows()
    {
        var authors = AuthorsOf("""<title>Ferries run less often</title><meta name="author" content="Tom Hale">""",
            $"""<article><h1>Ferries run less often</h1><div class="author">Ina Roe</div>{Story}</article>""");
        Assert.Equal(["Tom Hale"], authors);
    }

    [Fact]
    public void An_account_name_the_byline_shows_is_the_author_but_one_only_in_the_head_is_not()
    {
        Assert.Equal(["kj"], AuthorsOf("<title>Ferries run less often</title>",
            $"""<article><h1>Ferries run less often</h1><span class="byline">Posted by kj</span>{Story}</article>"""));
        Assert.Empty(AuthorsOf("""<title>Ferries run less often</title><meta name="author" content="kj">""",
            $"""<article><h1>Ferries run less often</h1>{Story}</article>"""));
    }

    [Fact]
    public void A_byline_label_in_an_element_of_its_own_gives_way_to_the_author_s_element()
    {
        var authors = AuthorsOf("<title>Ferries run less often</title>", $"""
            <article><h1>Ferries run less often</h1>
            <div class="entry-meta"><span class="meta-prep meta-prep-author">Posted on</span> <a href="#"><span class="entry-date">July 3, 2024</span></a>
            <span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="/author/ina/">Ina Roe</a></span></div>
            {Story}</article>
            """);
        Assert.Equal(["Ina Roe"], authors);
    }

    [Fact]
    public void A_byline_box_holding_the_date_alone_stops_the_walk_before_another_story_s_byline()
    {
        var authors = AuthorsOf("<title>Ferries run less often</title>", $"""
            <article><h1>Ferries run less often</h1><div class="article-byline">July 3, 2024 • 2:54pm</div>{Story}
            <div class="teaser"><a href="/other">Harbour fees rise</a> <span class="author">By Tom Hale</span></div></article>
            """);
        Assert.Empty(authors);
    }

    [Theory]
    [InlineData("""<link rel="canonical" href="https://www.harbour-wire.example/news/ferries"><meta name="author" content="Harbour Wire">""")]
    [InlineData("""<link rel="canonical" href="https://www.harbourwire.example/news/ferries"><meta name="author" content="HarbourWire">""")]
    [InlineData("""<link rel="canonical" href="https://harbourwire.example/news/ferries"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"Harbourwire"}}</script>""")]
    public void An_author_field_holding_the_site_s_name_as_its_host_gives_it_names_no_author(string head)
    {
        Assert.Empty(AuthorsOf($"<title>Ferries run less often</title>{head}", $"<article><h1>Ferries run less often</h1>{Story}</article>"));
    }

    [Fact]
    public void A_person_whose_name_is_the_site_s_stays_the_author_of_a_personal_site()
    {
        Assert.Equal(["Ilka Brandhorst"], AuthorsOf("""
            <title>Ferries run less often</title><link rel="canonical" href="https://ilkabrandhorst.example/ferries">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Ilka Brandhorst"}}</script>
            """, $"<article><h1>Ferries run less often</h1>{Story}</article>"));
        Assert.Equal(["Quorvin Zeltmacher"], AuthorsOf("""
            <title>Ferries run less often</title><meta property="og:site_name" content="Quorvin Zeltmacher">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Quorvin Zeltmacher"}}</script>
            """, $"<article><h1>Ferries run less often</h1>{Story}</article>"));
    }
}
