namespace DocReport.Tests.Reading.Html;

// Runs of cards teasing the site's other stories inside the article's box, with class names no word list knows.
public class TeaserCardsTests
{
    internal const string Head = """<!DOCTYPE html><html lang="en"><head><title>Harbour inquiry</title><link rel="canonical" href="https://www.harbour-news.example/inquiry"></head>""";

    internal static string Read(string cards) => ContentExtractorTests.Read($"""
        {Head}<body><article class="qz0">
        <p>{ContentExtractorTests.Sentences("harbour", 6)}</p>
        <p>{ContentExtractorTests.Sentences("ferry", 4)}</p>
        {cards}</article></body></html>
        """);

    // Each card's summary runs past 300 characters, as long as a section's prose under its linked heading.
    private static string Card(int i) =>
        $"""<li class="qz{i}"><h2><a href="/2024/story-{i}">Story {i} from the quay</a></h2><ul><li>By Ann Roe, 3 May</li>""" +
        $"""<li>{ContentExtractorTests.Sentences($"quay {i}", 3)}...</li></ul></li>""";

    [Fact]
    public void A_run_of_cards_goes_though_a_box_of_comments_sits_among_them()
    {
        var comments = """<li class="qz9"><h2>Latest comments</h2><ul><li>Bo on Story 1: well said</li></ul></li>""";
        var text = Read($"""<ul class="qz7">{Card(1)}{Card(2)}{comments}{Card(3)}{Card(4)}</ul>""");
        Assert.Contains("The ferry inquiry, part 4", text);
        foreach (var teaser in new[] { "Story 1 from the quay", "Story 4 from the quay", "By Ann Roe", "The quay 3 inquiry" })
            Assert.DoesNotContain(teaser, text);
    }

    [Fact]
    public void Cards_whose_only_text_beside_the_heading_is_their_link_go_but_a_listicles_items_stay()
    {
        string Linked(int i) => $"""<div class="qx{i}"><h3>Story {i} from the quay</h3><a href="/2024/story-{i}"><span>Link to the story</span></a></div>""";
        string Item(int i) => $"""<div class="qy{i}"><h3>Walk {i} along the coast</h3><p>{ContentExtractorTests.Sentences($"walk {i}", 2)}</p><a href="/walks/{i}">Map</a></div>""";
        var text = Read($"""<div class="qz7">{Linked(1)}<div class="qz8"></div>{Linked(2)}<div class="qz8"></div>{Linked(3)}</div>""");
        Assert.Contains("The ferry inquiry, part 4", text);
        Assert.DoesNotContain("from the quay", text);
        Assert.DoesNotContain("Link to the story", text);

        var listicle = ContentExtractorTests.Read($"""
            {Head}<body><article class="qz0"><p>{ContentExtractorTests.Sentences("harbour", 3)}</p>
            <div class="qz7">{Item(1)}{Item(2)}{Item(3)}</div></article></body></html>
            """);
        foreach (var i in new[] { 1, 2, 3 }) Assert.Contains($"Walk {i} along the coast", listicle);
    }
}
