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
}
