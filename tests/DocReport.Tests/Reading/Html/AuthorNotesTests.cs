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
}
