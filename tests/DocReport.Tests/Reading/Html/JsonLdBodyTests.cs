namespace DocReport.Tests.Reading.Html;

public class JsonLdBodyTests
{
    private static string Sentences(string topic, int count) =>
        string.Join(" ", Enumerable.Range(1, count).Select(i => $"The {topic} inquiry, part {i}, heard how the harbour, the ferries and the fish market fared over the winter."));

    private static string Page(string body, string shown) => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour inquiry hears skippers","articleBody":"{{body}}"}</script>
        </head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><h1>Harbour inquiry hears skippers</h1>
        <div class="article-body">{{shown}}</div></body></html>
        """;

    private static string Read(string html) => string.Join("\n", Reader.Texts(Reader.ReadOk("page.html", html)));

    [Fact]
    public void A_page_rendered_by_script_gives_the_body_its_json_ld_states()
    {
        var text = Read(Page($"{Sentences("harbour", 3)}\\n{Sentences("quay", 3)}", """<div class="placeholder"><div class="button">READ FULL ARTICLE</div></div>"""));
        Assert.Contains("The harbour inquiry, part 3", text);
        Assert.Contains("The quay inquiry, part 1", text);
        Assert.DoesNotContain("READ FULL ARTICLE", text);
    }

    [Fact]
    public void A_page_that_shows_its_story_keeps_its_markup_over_the_stated_body()
    {
        var text = Read(Page(Sentences("summary", 6), $"<p>{Sentences("harbour", 3)}</p><p>{Sentences("quay", 3)}</p>"));
        Assert.Contains("The quay inquiry, part 3", text);
        Assert.DoesNotContain("The summary inquiry", text);
    }
}
