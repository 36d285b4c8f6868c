namespace DocReport.Tests.Reading.Html;

public class AuthorNotesTests
{
    private const string Bio = "Ann Roe covered the harbour for ten years before she joined the paper's business desk in the spring.";

    private static string Page(string body) => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"Article","headline":"Harbour inquiry","author":{"@id":"#ann"} },
          {"@type":"Person","@id":"#ann","name":"Ann Roe","description":"{{Bio}}"} ] }</script></head>
        <body><article class="qz0"><h1>Harbour inquiry</h1>{{body}}</article></body></html>
        """;

    [Fact]
    public void The_author_box_that_repeats_the_authors_description_goes_and_the_article_stays()
    {
        var text = ContentExtractorTests.Read(Page($"""
            <p>{ContentExtractorTests.Sentences("harbour", 4)}</p><p>{ContentExtractorTests.Sentences("ferry", 3)}</p>
            <div class="qz5"><img src="ann.jpg"><div class="qz6"><p>{Bio}</p></div></div>
            """));
        Assert.Contains("The ferry inquiry, part 3", text);
        Assert.DoesNotContain("business desk", text);
    }

    [Fact]
    public void A_page_that_is_mostly_the_authors_description_keeps_it()
    {
        var text = ContentExtractorTests.Read(Page($"<p>{Bio}</p><p>Ann Roe lives by the quay.</p>"));
        Assert.Contains("business desk", text);
    }

    // A page whose author the head names, with no description of them anywhere.
    private static string NamedPage(string body) => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry</title><meta name="author" content="Ann Roe"></head>
        <body><article class="qz0"><h1>Harbour inquiry</h1>{{body}}</article></body></html>
        """;

    [Theory]
    [InlineData("Ann Roe covered the harbour for ten years before she joined the business desk.")]
    [InlineData("ANN ROE, a former harbour pilot, writes on shipping for the business desk.")]
    [InlineData("Ann Roe studierte Nautik in Bremen und schreibt seit 2015 für den Wirtschaftsteil.")]
    public void A_paragraph_that_opens_with_the_authors_full_name_is_the_authors_note(string note)
    {
        var text = ContentExtractorTests.Read(NamedPage($"""
            <p>{ContentExtractorTests.Sentences("harbour", 4)}</p><p>{ContentExtractorTests.Sentences("ferry", 3)}</p>
            <div class="qz5"><p>{note}</p></div>
            """));
        Assert.Contains("The ferry inquiry, part 3", text);
        Assert.DoesNotContain("business desk", text);
        Assert.DoesNotContain("Wirtschaftsteil", text);
    }

    [Fact]
    public void A_quotation_beside_the_authors_picture_that_opens_with_their_name_is_the_authors_note()
    {
        var text = ContentExtractorTests.Read(NamedPage($"""
            <p>{ContentExtractorTests.Sentences("harbour", 4)}</p><p>{ContentExtractorTests.Sentences("ferry", 3)}</p>
            <div class="qz5"><figure><img src="ann.jpg"><figcaption>Ann Roe</figcaption></figure>
            <blockquote>Ann Roe runs the business desk. When she is not at the quay, she sails an old dinghy on the lake.</blockquote></div>
            <blockquote>The harbour master said the quay would open again in May, once the new cranes were tested.</blockquote>
            """));
        Assert.Contains("The ferry inquiry, part 3", text);
        Assert.DoesNotContain("old dinghy", text);
        Assert.Contains("new cranes were tested", text);
    }

    [Theory]
    // An interview's question, after the interviewer's name and a colon.
    [InlineData("Ann Roe: Why did the ferries stop running in the winter, and who decided it?")]
    // Someone else's name; the author's given name alone.
    [InlineData("Ben Roe covered the harbour for ten years before he joined the business desk.")]
    [InlineData("Ann covered the harbour for ten years before she joined the business desk.")]
    // The author's name and a few words: a byline, TopMatter's to read.
    [InlineData("Ann Roe, business desk")]
    public void Other_paragraphs_that_name_the_author_stay(string line)
    {
        var text = ContentExtractorTests.Read(NamedPage($"""
            <p>{ContentExtractorTests.Sentences("harbour", 4)}</p><p>{ContentExtractorTests.Sentences("ferry", 3)}</p>
            <p>{ContentExtractorTests.Sentences("quay", 2)}</p><p>{ContentExtractorTests.Sentences("market", 2)}</p>
            <p>{ContentExtractorTests.Sentences("pier", 2)}</p><p>{line}</p><p>{ContentExtractorTests.Sentences("dock", 3)}</p>
            """));
        Assert.Contains(line, text);
    }
}
