namespace DocReport.Tests.Reading.Html;

/// <summary>The byline box a page shows, found while the article is looked for: its label apart, its names in boxes of
/// their own, the author box's name in other languages, a picture's author beside it.</summary>
public class BylineBoxTests
{
    private static string Sentences(string topic, int count) => ContentExtractorTests.Sentences(topic, count);

    private static IReadOnlyList<string> AuthorsOf(string header, string lang = "en") =>
        Reader.ReadOk("page.html",
            $"""
            <!DOCTYPE html><html lang="{lang}"><head><title>Harbour tolls rise again</title></head><body>
            <article><h1>Harbour tolls rise again</h1>{header}
            <div class="entry-content"><p>{Sentences("toll", 4)}</p><p>{Sentences("quay", 4)}</p></div></article>
            </body></html>
            """).Metadata.Authors;

    [Fact]
    public void A_label_in_a_box_of_its_own_leaves_the_name_in_the_next_box()
    {
        var header = """
            <div class="entry-meta"><span class="meta-prep meta-prep-author">Posted</span> <time>3 May 2021</time>
            <span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="/author/ilse">Ilse Varga</a></span></div>
            """;
        Assert.Equal(["Ilse Varga"], AuthorsOf(header));
    }

    [Fact]
    public void Names_in_boxes_of_their_own_are_two_authors()
    {
        var header = """
            <div class="field field--name-field-autorzy field--items">
            <div class="field--item"><a href="/eksperci/ilse">Ilse Varga</a></div>
            <div class="field--item"><a href="/eksperci/marek">Marek Olbrycht</a></div></div>
            """;
        Assert.Equal(["Ilse Varga", "Marek Olbrycht"], AuthorsOf(header, "pl"));
    }

    [Theory]
    [InlineData("""<div class="article_autor">Text: Ilse Varga / harbourwire.example</div>""")]
    [InlineData("""<p class="AutorDatum">Por Ilse Varga</p>""")]
    [InlineData("""<span class="nom_auteur">Ilse Varga</span>""")]
    [InlineData("""<div class="verfasser">von Ilse Varga</div>""")]
    public void The_author_s_box_named_in_another_language_names_the_author(string header) =>
        Assert.Equal(["Ilse Varga"], AuthorsOf(header));

    [Fact]
    public void A_class_that_merely_begins_with_autor_is_no_byline() =>
        Assert.Empty(AuthorsOf("""<div class="autorotate">Ilse Varga</div>"""));

    [Fact]
    public void A_picture_s_author_beside_the_title_is_a_credit_not_the_byline()
    {
        var header = """<div class="article__image-author">PAP/ Ilse Varga</div><div class="article__author">Marek Olbrycht</div>""";
        Assert.Equal(["Marek Olbrycht"], AuthorsOf(header));
    }

    [Fact]
    public void A_hidden_address_s_placeholder_after_a_desk_is_no_author()
    {
        var header = """<div class="autor"><p class="autor_name">Redacción Puerto</p><span class="autor_email">[email&#160;protected]</span></div>""";
        Assert.Empty(AuthorsOf(header, "es"));
    }

    [Theory]
    [InlineData("""<div class="post-2475 type-post tag-die-autorin"><a href="/reading">Ilse Varga liest</a></div>""")]
    [InlineData("""<li class="post-2475 type-post status-publish autor-varga-ilse"><a href="/reading">Ilse Varga liest</a></li>""")]
    public void A_topic_s_or_a_term_s_slug_in_a_post_s_class_is_no_byline(string card) => Assert.Empty(AuthorsOf(card, "de"));

    [Fact]
    public void The_publisher_s_name_beside_the_author_s_is_not_the_byline_s_name()
    {
        var header = """
            <div class="article_autor">Text: <span itemprop="author">Ilse Varga</span> / <span itemprop="publisher" itemscope
            itemtype="https://schema.org/Organization"><span itemprop="name">harbourwire.example</span></span></div>
            """;
        Assert.Equal(["Ilse Varga"], AuthorsOf(header, "de"));
    }
}
