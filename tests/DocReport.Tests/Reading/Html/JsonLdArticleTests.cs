using DocReport.Model;

namespace DocReport.Tests.Reading.Html;

public class JsonLdArticleTests
{
    private const string Body = "<article><h1>Ferry timetable changes</h1><p>The ferry company will run two extra crossings on weekdays from March, after a winter in which the morning boats were full almost every day.</p><p>Commuters on the island welcomed the change, though some asked for a later evening crossing as well.</p></article>";

    private static DocumentMetadata Metadata(string jsonLd) =>
        Reader.ReadOk("page.html", $"<!DOCTYPE html><html><head><title>Ferry timetable changes</title><script type=\"application/ld+json\">{jsonLd}</script></head><body>{Body}</body></html>").Metadata;

    [Fact]
    public void An_article_with_several_types_is_read() =>
        Assert.Equal(["Mira Holt"], Metadata("""{"@context":"https://schema.org","@type":["NewsArticle","Article"],"headline":"Ferry timetable changes","author":{"@type":"Person","name":"Mira Holt"},"datePublished":"2024-02-11T07:45:00+01:00"}""").Authors);

    [Fact]
    public void An_article_in_a_graph_beside_a_web_page_gives_its_author_by_reference()
    {
        var metadata = Metadata("""
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","@id":"https://ferries.example/timetable#webpage","name":"Ferry timetable changes - Island News"},
              {"@type":"Article","@id":"https://ferries.example/timetable#article","headline":"Ferry timetable changes",
               "author":{"@id":"https://ferries.example/#/schema/person/7f3"},"datePublished":"2024-02-11T07:45:00+01:00"},
              {"@type":"Person","@id":"https://ferries.example/#/schema/person/7f3","name":"Mira Holt"}]}
            """);
        Assert.Equal(["Mira Holt"], metadata.Authors);
        Assert.Equal("2024-02-11T07:45:00+01:00", metadata.Published);
    }

    [Fact]
    public void A_context_given_as_an_array_and_authors_given_as_strings_are_read() =>
        Assert.Equal(["Mira Holt", "Olaf Brenner"], Metadata("""{"@context":["https://schema.org",{"@language":"en"}],"@type":"BlogPosting","author":["By Mira Holt","Olaf Brenner"],"datePublished":"2024-02-11"}""").Authors);

    [Fact]
    public void A_root_array_of_graphs_is_searched() =>
        Assert.Equal("2024-02-11", Metadata("""[{"@context":"http://schema.org","@graph":[{"@type":"Organization","name":"Island News"},{"@type":"NewsArticle","dateCreated":"2024-02-11"}]}]""").Published);

    [Fact]
    public void An_article_whose_body_holds_raw_line_breaks_is_still_read()
    {
        var metadata = Metadata("{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"Ferry timetable changes\",\"datePublished\":\"2024-02-11\",\n"
            + "\"articleBody\":\"The ferry company will run two extra crossings.\n\tCommuters welcomed the change.\r\n\",\n\"author\":{\"@type\":\"Person\",\"name\":\"Mira Holt\"}}");
        Assert.Equal(["Mira Holt"], metadata.Authors);
        Assert.Equal("2024-02-11", metadata.Published);
    }
}
