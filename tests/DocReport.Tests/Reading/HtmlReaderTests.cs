using System.Text;
using DocReport.Model;

namespace DocReport.Tests.Reading;

public class HtmlReaderTests
{
    private static string Sentences(string topic, int count) =>
        string.Join(" ", Enumerable.Range(1, count).Select(i => $"The {topic} report, item {i}, describes how the river, the roads and the schools changed over the year."));

    private static string TextOf(string name, string html) => string.Join("\n", Reader.Texts(Reader.ReadOk(name, html)));

    private static string Page(string head, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head>{head}</head><body>{body}</body></html>";

    private static readonly string NewsPage = Page(
        """
        <title>Valley floods recede | Daily Example</title>
        <meta property="og:title" content="Valley floods recede">
        <meta property="og:site_name" content="Daily Example">
        <link rel="canonical" href="https://news.example.org/2024/floods">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Valley floods recede",
         "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Ben Cole"}],
         "datePublished":"2024-03-03T08:00:00Z"}
        </script>
        """,
        $"""
        <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div id="cookie-banner" class="gdpr">We use cookies to improve your experience. Accept all cookies?</div>
        <div class="main">
          <article class="post">
            <h1>Valley floods recede</h1>
            <p>{Sentences("council", 3)} Read the <a href="/reports/flood.pdf">full report</a>.</p>
            <h2>What residents say</h2>
            <p>{Sentences("residents", 3)}</p>
            <blockquote><p>We were lucky this time, and we know it, said one farmer near the bridge.</p></blockquote>
            <ul><li>Roads reopened on Monday, after inspection.</li><li>Schools reopen on Wednesday, after cleaning.</li></ul>
            <div class="share-bar"><a href="https://twitter.com/share">Share on Twitter</a> <a href="https://facebook.com/share">Share on Facebook</a></div>
          </article>
        </div>
        <aside class="sidebar related"><h3>Related stories</h3><ul><li><a href="/a">Storm warning issued</a></li><li><a href="/b">Bridge closed</a></li></ul></aside>
        <div class="newsletter">Sign up for our newsletter, delivered every morning.</div>
        <section id="comments" class="comments"><p>Great article, thanks! I have been saying this for years, and nobody listens to me.</p></section>
        <footer class="site-footer"><p>© Daily Example. All rights reserved.</p></footer>
        """);

    [Fact]
    public void A_data_table_is_one_table_block_with_its_rows_cells_and_links()
    {
        var rows = string.Join("", new[] { ("North", "12", "open"), ("South", "7", "closed"), ("East", "3", "open"), ("West", "9", "open") }
            .Select(r => $"<tr><td><a href=\"/roads/{r.Item1}\">{r.Item1}</a></td><td>{r.Item2}</td><td>{r.Item3}</td></tr>"));
        var document = Reader.ReadOk("page.html", Page("<title>Roads</title><base href=\"https://news.example.org/\">",
            $"<article><p>{Sentences("roads", 4)}</p><table><thead><tr><th>Road</th><th>Closures</th><th>Status</th></tr></thead><tbody>{rows}</tbody></table><p>{Sentences("schools", 3)}</p></article>"));
        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal("Road\tClosures\tStatus\nNorth\t12\topen\nSouth\t7\tclosed\nEast\t3\topen\nWest\t9\topen", table.Text);
        var link = table.Links[0];
        Assert.Equal("North", table.Text[link.Start..link.End]);
        Assert.Equal("https://news.example.org/roads/North", link.Url);
        Assert.DoesNotContain(document.Blocks, b => b.Kind == BlockKind.TableCell);
    }

    [Fact]
    public void A_long_data_table_inside_the_story_does_not_take_the_story_s_place()
    {
        // Hundreds of cells each long enough to score used to make the table's body the article: the story was lost
        // and every cell became a paragraph.
        var rows = string.Concat(Enumerable.Range(1, 300).Select(i =>
            $"<tr><td>Constituency number {i}</td><td>Member of Parliament {i}</td><td>member.{i}.mp@parliament.example</td></tr>"));
        var document = Reader.ReadOk("page.html", Page("<title>Write to your MP</title>",
            $"<div class=\"article-body\"><p>{Sentences("farming", 3)}</p><p>{Sentences("trade", 3)}</p>"
            + $"<div class=\"news\"><table><caption>MPs and their addresses</caption><tbody><tr><th>Constituency</th><th>Member</th><th>Email</th></tr>{rows}</tbody></table></div>"
            + $"<p>{Sentences("letter", 3)}</p></div>"));
        var text = string.Join("\n", Reader.Texts(document));
        Assert.Contains("The farming report, item 1", text);
        Assert.Contains("The letter report, item 3", text);
        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(301, table.Text.Split('\n').Length);
        Assert.DoesNotContain(document.Blocks, b => b.Kind == BlockKind.TableCell);
        // The caption titles the table, just before it.
        var blocks = document.Blocks.ToList();
        Assert.Equal("MPs and their addresses", blocks[blocks.IndexOf(table) - 1].Text);
    }

    [Fact]
    public void Article_text_is_kept_and_page_furniture_dropped()
    {
        var text = TextOf("page.html", NewsPage);
        Assert.Contains("The council report, item 1", text);
        Assert.Contains("We were lucky this time", text);
        Assert.Contains("Roads reopened on Monday", text);
        foreach (var furniture in new[] { "Home", "cookies", "Share on Twitter", "Related stories", "newsletter", "Great article", "All rights reserved" })
            Assert.False(text.Contains(furniture), $"'{furniture}' left in:\n{text}");
    }

    [Fact]
    public void Blocks_get_kinds_and_heading_levels()
    {
        var blocks = Reader.ReadOk("page.html", NewsPage).Blocks;
        Assert.Contains(blocks, b => b is { Kind: BlockKind.Heading, Text: "What residents say" });
        Assert.Contains(blocks, b => b.Kind == BlockKind.Quote && b.Text.StartsWith("We were lucky"));
        Assert.Equal(2, blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.DoesNotContain(blocks, b => b.Text == "Valley floods recede");
    }

    [Fact]
    public void Links_in_paragraphs_are_resolved_against_the_canonical_url()
    {
        var paragraph = Reader.ReadOk("page.html", NewsPage).Blocks.First(b => b.Links.Count > 0);
        var link = Assert.Single(paragraph.Links);
        Assert.Equal("full report", paragraph.Text[link.Start..link.End]);
        Assert.Equal("https://news.example.org/reports/flood.pdf", link.Url);
    }

    [Fact]
    public void Json_ld_gives_title_several_authors_and_date()
    {
        var metadata = Reader.ReadOk("page.html", NewsPage).Metadata;
        Assert.Equal("Valley floods recede", metadata.Title);
        Assert.Equal(["Ana Ruiz", "Ben Cole"], metadata.Authors);
        Assert.Equal("2024-03-03T08:00:00Z", metadata.Published);
        Assert.Equal("Daily Example", metadata.SiteName);
        Assert.Equal("en", metadata.Language);
        Assert.Equal("https://news.example.org/2024/floods", metadata.Url);
    }

    [Fact]
    public void A_json_ld_name_that_is_the_publishers_is_passed_over_for_the_headline_and_the_standfirst_stays()
    {
        var html = Page(
            """
            <title>Ferry fares frozen | Coast Weekly</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"Article","name":"Coast Weekly","headline":"Ferry fares frozen",
             "publisher":{"@type":"Organization","name":"Coast Weekly"}}
            </script>
            """,
            $"""
            <main><header class="intro-header"><h1>Ferry fares frozen</h1>
            <p class="lead">The island council keeps every ferry fare at last year's price until the new harbour opens in spring.</p></header>
            <div class="story"><p>{Sentences("ferry", 4)}</p><p>{Sentences("harbour", 4)}</p></div></main>
            """);
        var document = Reader.ReadOk("page.html", html);
        Assert.Equal("Ferry fares frozen", document.Metadata.Title);
        Assert.Contains(document.Blocks, b => b.Text.StartsWith("The island council keeps every ferry fare"));
    }

    [Fact]
    public void A_byline_elements_name_and_relative_date_in_neighbouring_spans_give_the_name_alone()
    {
        var html = Page("<title>Ferry fares frozen</title>",
            $"""
            <article><h1>Ferry fares frozen</h1>
            <div class="author-info"><a href="/user/mira"><span>Mira Holt</span></a><span>vor 5 Stunden</span></div>
            <p>{Sentences("ferry", 4)}</p><p>{Sentences("harbour", 4)}</p></article>
            """);
        Assert.Equal(["Mira Holt"], Reader.ReadOk("page.html", html).Metadata.Authors);
    }

    [Fact]
    public void A_picture_s_credit_a_quotation_s_cite_or_a_headline_in_an_author_class_is_no_byline()
    {
        var html = Page("<title>Ferry fares frozen</title>",
            $"""
            <article><h1>Ferry fares frozen</h1>
            <span class="news-list-author" itemprop="headline">Ferry fares frozen for another year</span>
            <figure><img src="ferry.jpg" alt=""><figcaption>The morning ferry <span class="author">Ada Pell</span></figcaption></figure>
            <p>{Sentences("ferry", 4)}</p>
            <aside itemprop="image" itemscope itemtype="http://schema.org/ImageObject"><img src="pier.jpg" alt="">
            <div class="detail"><span>The pier</span> <cite class="detail-source" itemprop="author">/public domain</cite></div></aside>
            <blockquote><p>{Sentences("harbour", 2)}</p><cite class="author">Ivo Brenning</cite></blockquote>
            <p>{Sentences("harbour", 4)}</p></article>
            """);
        Assert.Empty(Reader.ReadOk("page.html", html).Metadata.Authors);
    }

    [Fact]
    public void A_byline_set_in_a_cite_element_still_names_the_author()
    {
        var html = Page("<title>Ferry fares frozen</title>",
            $"""
            <article><h1>Ferry fares frozen</h1>
            <div class="credit"><cite class="byline vcard"><span>By </span><span class="fn">MIRA HOLT</span></cite></div>
            <p>{Sentences("ferry", 4)}</p><p>{Sentences("harbour", 4)}</p></article>
            """);
        Assert.Single(Reader.ReadOk("page.html", html).Metadata.Authors);
    }

    [Fact]
    public void The_standfirst_stays_when_the_box_holding_the_title_is_named_for_breadcrumbs()
    {
        var html = Page("<title>Ferry fares frozen until spring</title>",
            $"""
            <div class="breadcrumbs-area"><div class="breadcrumbs"><a href="/">Home</a> <a href="/coast">Coast</a></div>
            <h1>Ferry fares frozen until spring</h1>
            <h2 class="preview">The island council keeps every ferry fare at last year's price until the new harbour opens.</h2></div>
            <div class="story"><p>{Sentences("ferry", 4)}</p><p>{Sentences("harbour", 4)}</p></div>
            """);
        var document = Reader.ReadOk("page.html", html);
        Assert.Contains(document.Blocks, b => b.Text.StartsWith("The island council keeps every ferry fare"));
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Home"));
    }

    [Fact]
    public void Page_without_article_or_metadata_uses_title_byline_and_time()
    {
        var html = Page("<title>Harbour expansion approved by the council - Coast Weekly</title>",
            $"""
            <div id="header"><a href="/">Coast Weekly</a> <a href="/about">About</a></div>
            <div class="content">
              <h1>Harbour expansion approved by the council</h1>
              <div class="byline">By <a rel="author" href="/staff/lee">Jo Lee</a></div>
              <header><time datetime="2023-11-20">November 20, 2023</time></header>
              <div>{Sentences("harbour", 4)}</div>
              <div>{Sentences("fishing", 4)}</div>
            </div>
            """);
        var document = Reader.ReadOk("saved.htm", html);
        Assert.Equal("Harbour expansion approved by the council", document.Metadata.Title);
        Assert.Equal(["Jo Lee"], document.Metadata.Authors);
        Assert.Equal("2023-11-20", document.Metadata.Published);
        Assert.Contains(document.Blocks, b => b.Text.StartsWith("The fishing report"));
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("About"));
    }

    [Fact]
    public void Content_only_inside_noscript_is_read()
    {
        var html = Page("<title>Script-rendered page</title>",
            $"<div id=\"app\"></div><noscript><div class=\"article\"><p>{Sentences("noscript", 4)}</p><p>{Sentences("fallback", 3)}</p></div></noscript>");
        var text = TextOf("app.html", html);
        Assert.Contains("The noscript report, item 4", text);
    }

    // Some templates wrap the whole story in an <aside>: dropped as a sidebar, it left the page without an article.
    [Fact]
    public void Story_wrapped_in_an_aside_with_the_title_is_read()
    {
        var html = Page("<title>Harbour ferry returns | Coast Daily</title>",
            $"""
            <main class="content"><aside class="story direct-content"><h1>Harbour ferry returns</h1>
            <p>{Sentences("ferry", 3)}</p><p>{Sentences("harbour", 3)}</p>
            <aside class="more"><p>Other stories from the coast this week.</p></aside></aside></main>
            """);
        var text = TextOf("aside.html", html);
        Assert.Contains("The ferry report, item 3", text);
        Assert.Contains("The harbour report, item 1", text);
        Assert.DoesNotContain("Other stories from the coast", text);
    }

    // Furigana gloss the text for readers: read into it ("町まち") they break every word a search or a quotation looks for.
    [Fact]
    public void Ruby_readings_are_left_out_of_the_text()
    {
        var document = Reader.ReadOk("ruby.html", Page("<title>Town library opens</title>",
            $"<article><p><ruby>町<rp>(</rp><rt>まち</rt><rp>)</rp></ruby>の<ruby>図書館<rt>としょかん</rt></ruby>が<ruby>新<rt>あたら</rt></ruby>しくなりました。 {Sentences("library", 4)}</p></article>"));
        Assert.StartsWith("町の図書館が新しくなりました。 The library report", document.Blocks[0].Text);
    }

    // A drop cap set in a box before its paragraph would be a line of its own and cut the paragraph's first word in two.
    [Fact]
    public void A_drop_cap_before_its_paragraph_goes_back_into_it_but_a_capital_before_a_capitalised_paragraph_stays()
    {
        var document = Reader.ReadOk("dropcap.html", Page("<title>Harbour report</title>",
            $"<article><div><span class=\"cap\">H</span><p>arbour fees rise in spring. {Sentences("harbour", 4)}</p></div><div><span>A</span><p>Ferry fares stay. {Sentences("ferry", 3)}</p></div></article>"));
        var texts = document.Blocks.Select(b => b.Text).ToList();
        Assert.StartsWith("Harbour fees rise in spring.", texts[0]);
        Assert.Contains("A", texts);
        Assert.Contains(texts, t => t.StartsWith("Ferry fares stay.", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_is_cited_without_the_site_name_its_metadata_glues_to_it()
    {
        var html = Page("""
            <title>Orchard growers test frost fans - Hill Gazette</title>
            <meta property="og:title" content="Orchard growers test frost fans - Hill Gazette">
            <meta property="og:site_name" content="Hill Gazette">
            """,
            $"<article><h2>Orchard growers test frost fans</h2><p>{Sentences("orchard", 4)}</p><p>{Sentences("frost", 4)}</p></article>");
        var document = Reader.ReadOk("orchard.html", html);
        Assert.Equal("Orchard growers test frost fans", document.Metadata.Title);
        Assert.Contains(Reader.Texts(document), t => t.StartsWith("The orchard report, item 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Declared_charset_decodes_a_legacy_page()
    {
        var html = Page("<meta charset=\"windows-1252\"><title>Caf\u00e9 owners protest</title>", $"<article><p>Caf\u00e9 owners say {Sentences("caf\u00e9", 5)}</p></article>");
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);
        var document = Reader.ReadOk("legacy.html", bytes);
        Assert.Equal("Café owners protest", document.Metadata.Title);
        Assert.StartsWith("Café owners say", document.Blocks[0].Text);
    }

    // The format sniffer decodes the page once and hands its text to the reader: that text must honour the declared
    // charset, which the Windows-1252 fallback would turn into Latin letters.
    [Fact]
    public void Declared_cyrillic_charset_decodes_the_page_the_reader_is_given()
    {
        var html = Page("<meta charset=\"windows-1251\"><title>Новый бюджет города</title>", $"<article><p>Депутаты приняли бюджет. {Sentences("budget", 5)}</p></article>");
        var document = Reader.ReadOk("legacy.html", Encoding.GetEncoding(1251).GetBytes(html));
        Assert.Equal("Новый бюджет города", document.Metadata.Title);
        Assert.StartsWith("Депутаты приняли бюджет.", document.Blocks[0].Text);
    }

    [Fact]
    public void Large_page_with_many_candidate_blocks_is_read()
    {
        var items = string.Concat(Enumerable.Range(0, 400).Select(i => $"<div class=\"teaser\"><a href=\"/s/{i}\">Story {i}</a></div>"));
        var html = Page("<title>Big page</title>", $"<div class=\"list\">{items}</div><div class=\"story-body\"><p>{Sentences("main", 20)}</p><p>{Sentences("second", 20)}</p></div>");
        var text = TextOf("big.html", html);
        Assert.Contains("The second report, item 20", text);
        Assert.DoesNotContain("Story 399", text);
    }

    [Fact]
    public void The_site_name_in_the_author_tag_is_no_author_but_a_person_the_json_ld_names_stays()
    {
        var body = $"<article><h1>Ferry timetable changes for the winter season</h1><p>{Sentences("ferry", 5)}</p></article>";
        var siteAsAuthor = Page("""<title>Ferry timetable</title><meta name="author" content="Coast Weekly"><meta property="og:site_name" content="COAST WEEKLY">""", body);
        Assert.Empty(Reader.ReadOk("ferry.html", siteAsAuthor).Metadata.Authors);
        var ownersSite = Page("""
            <title>Ferry timetable</title><script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting",
            "headline": "Ferry timetable changes", "author": {"@type": "Person", "name": "Xhaq Benn"}, "publisher": {"@type": "Organization", "name": "Xhaq Benn"}}</script>
            """, body);
        Assert.Equal(["Xhaq Benn"], Reader.ReadOk("ferry.html", ownersSite).Metadata.Authors);
    }

    [Fact]
    public void Byline_and_date_line_atop_the_article_goes_to_metadata()
    {
        var html = Page("<title>Ferry timetable changes for the winter season</title>",
            $"<article><p>By Ana Ruiz, 8 March 2025</p><p>{Sentences("ferry", 5)}</p></article>");
        var document = Reader.ReadOk("ferry.html", html);
        Assert.Equal(["Ana Ruiz"], document.Metadata.Authors);
        Assert.Equal("2025-03-08", document.Metadata.Published);
        Assert.StartsWith("The ferry report", document.Blocks[0].Text);
    }
}
