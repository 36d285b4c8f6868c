namespace DocReport.Tests.Reading.Html;

// Excerpts of the site's other stories that break off in an ellipsis beside a link to them, with class names no word list knows.
public class TeaserExcerptsTests
{
    // The article box of TeaserCardsTests: two paragraphs of prose, then the blocks under test.
    private static string Read(string after) => TeaserCardsTests.Read(after);

    [Fact]
    public void An_excerpt_under_its_linked_headline_goes_with_its_date_line()
    {
        var text = Read("""
            <div class="qz1"><h4><a href="https://www.harbour-news.example/2024/quay-update">Quay works update for April</a></h4>
            <div class="qz2">There were 54 new berths, 22 for ferries and 32 for fishing boats, counted on Wednesday, from...</div>
            <p class="qz3">Posted on April 21, 2024</p></div>
            """);
        Assert.Contains("The ferry inquiry, part 4", text);
        Assert.DoesNotContain("new berths", text);
        Assert.DoesNotContain("Quay works update", text);
    }

    [Fact]
    public void An_excerpt_that_breaks_off_before_a_call_to_read_on_goes()
    {
        var text = Read("""
            <h2>Project profile</h2><div class="qz1"><h2><a href="/projects/river-meadows"><span>River meadows</span></a></h2>
            <div class="qz2"> The project improves the meadows and backwaters of the river and its floodplain, builds new ponds and wet
            grassland, takes down dykes that no longer hold back any water, buys the land it needs from the farmers along the banks and
            pays those who keep their fields in... <a href="/projects/river-meadows">read more</a></div></div>
            """);
        Assert.Contains("The ferry inquiry, part 4", text);
        Assert.DoesNotContain("backwaters", text);
    }

    [Fact]
    public void A_story_box_with_its_own_heading_and_a_link_to_the_story_goes_whole()
    {
        var text = Read($"""
            <div class="qz1"><h2 class="qz4">Nine skippers who changed the harbour</h2>
            <p class="qz5">{ContentExtractorTests.Sentences("skipper", 2)}</p><p>Sixty years long we were told that …</p>
            <div class="qz6"><div class="qz7">Read the story</div></div><a class="qz8" href="/life/nine-skippers">Link to the story</a></div>
            """);
        Assert.Contains("The ferry inquiry, part 4", text);
        Assert.DoesNotContain("Nine skippers", text);
        Assert.DoesNotContain("The skipper inquiry", text);
        Assert.DoesNotContain("we were told", text);
    }

    [Fact]
    public void A_paragraph_of_the_article_that_trails_off_stays()
    {
        var text = Read("""
            <p>And then the tide turned, and nobody on the quay could say what came next …</p>
            <p>The skippers met again in <a href="/2024/spring-meeting">the spring meeting</a> and said they would wait and see...</p>
            """);
        Assert.Contains("nobody on the quay could say what came next", text);
        Assert.Contains("said they would wait and see", text);
    }

    [Fact]
    public void A_part_of_the_article_that_trails_off_before_a_linked_line_to_its_second_part_stays()
    {
        var text = Read($$"""
            <div class="qz1"><p>{{ContentExtractorTests.Sentences("skipper", 2)}}</p>
            <p>And then the tide turned, and nobody on the quay could say what came next …</p>
            <p><a href="/2024/story-part-2">Part two: the harbour after the flood</a></p></div>
            <div class="qz2"><p>The skippers met again in spring and said they would wait and see...</p>
            <p><a href="/2024/story-part-3">Read part three</a></p></div>
            """);
        Assert.Contains("The skipper inquiry, part 2", text);
        Assert.Contains("nobody on the quay could say what came next", text);
        Assert.Contains("said they would wait and see", text);
    }

    [Fact]
    public void An_editors_note_that_links_to_the_second_half_stays_before_the_story()
    {
        var text = Read("""
            <div class="qz1"><p><em>This is the first half of the story.</em> <span><a href="/2024/story-part-2"><em>The second half is here</em></a></span><em>. Take it away...</em></p>
            <p>The skippers met again in spring, and the ferries ran on time for the first week since the flood came over the quay.</p></div>
            """);
        Assert.Contains("This is the first half of the story.", text);
        Assert.Contains("The second half is here", text);
    }

    [Fact]
    public void A_quoted_post_that_trails_off_stays_and_so_does_the_reply_under_it()
    {
        var text = Read("""
            <div class="qz1"><blockquote class="qz2"><div class="qz3"><a href="/forum/goto/post-53773">Skipper said:</a></div>
            <div class="qz4">The ferries leave too early and the fish market opens too late, so nobody gets a fair price...</div></blockquote>
            The reply: the market opens at six now, which is early enough for every boat that comes in before dawn, and the ferries wait.</div>
            """);
        Assert.Contains("nobody gets a fair price", text);
        Assert.Contains("the market opens at six now", text);
    }

    [Fact]
    public void An_excerpt_beside_a_link_to_another_site_stays()
    {
        var text = Read("""
            <div class="qz1"><h4><a href="https://www.fisheries.example/report">The fisheries report for April</a></h4>
            <div class="qz2">The report counts the berths, the boats and the catch of every port on the coast, the prices paid at
            each market, the ferries that ran late and the days they did not run at all, and what the skippers said of the season,
            from...</div></div>
            """);
        Assert.Contains("the catch of every port", text);
    }

    [Fact]
    public void A_page_of_excerpts_alone_keeps_them()
    {
        string Teaser(int i) => $"""
            <div class="qz{i}"><a href="/2024/story-{i}">Story {i}</a><div class="qy{i}">The quay {i} inquiry heard how the harbour, the ferries and the fish market fared over the winter, and...</div></div>
            """;
        var text = ContentExtractorTests.Read($"""{TeaserCardsTests.Head}<body><article class="qz0"><h2>Latest</h2>{Teaser(1)}{Teaser(2)}{Teaser(3)}{Teaser(4)}</article></body></html>""");
        Assert.Contains("The quay 2 inquiry", text);
    }
}
