namespace DocReport.Tests.Reading.Html;

public class ContentExtractorTests
{
    private static string Sentences(string topic, int count) =>
        string.Join(" ", Enumerable.Range(1, count).Select(i => $"The {topic} inquiry, part {i}, heard how the harbour, the ferries and the fish market fared over the winter."));

    private static string Read(string html) => string.Join("\n", Reader.Texts(Reader.ReadOk("page.html", html)));

    [Fact]
    public void A_root_element_whose_class_names_a_header_still_gives_the_article()
    {
        var text = Read($"""
            <!DOCTYPE html><html class="theme-html-header-position-top" lang="en"><head><title>Harbour inquiry</title></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <article><p>{Sentences("harbour", 3)}</p></article></body></html>
            """);
        Assert.Contains("The harbour inquiry, part 3", text);
        Assert.DoesNotContain("Sport", text);
    }
}
