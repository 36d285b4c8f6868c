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

    [Fact]
    public void When_further_stories_repeat_the_article_template_the_one_under_the_title_is_read()
    {
        var text = Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><main><article id="story-0"><header><h1>Harbour inquiry hears skippers</h1></header>
            <div class="entry-text"><p>{Sentences("harbour", 3)}</p><p>{Sentences("quay", 3)}</p></div></article>
            <article id="story-1"><header><h1>Ferry timetable changes</h1></header>
            <div class="entry-text"><p>{Sentences("ferry", 5)}</p><p>{Sentences("timetable", 5)}</p><p>{Sentences("pier", 5)}</p></div></article></main></body></html>
            """);
        Assert.Contains("The quay inquiry, part 3", text);
        Assert.DoesNotContain("The ferry inquiry", text);
    }

    [Fact]
    public void A_wrapper_whose_class_names_a_footer_but_holds_the_titled_article_is_read()
    {
        var text = Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <div class="above-footer"><h1>Harbour inquiry hears skippers</h1><div class="post-content"><p>{Sentences("harbour", 4)}</p><p>{Sentences("quay", 3)}</p></div></div>
            <div class="more-stories"><p>{Sentences("ferry", 5)}</p></div></body></html>
            """);
        Assert.Contains("The harbour inquiry, part 4", text);
        Assert.Contains("The quay inquiry, part 3", text);
        Assert.DoesNotContain("Sport", text);
    }

    [Fact]
    public void The_article_header_keeps_its_standfirst_whatever_its_class_says()
    {
        var text = Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><div class="story-header"><h1>Harbour inquiry hears skippers</h1><p class="standfirst">Eleven floods in one winter have left the northern quay unusable, skippers say.</p></div>
            <div class="story-body"><p>{Sentences("harbour", 4)}</p><p>{Sentences("quay", 3)}</p></div>
            <div class="site-header"><p>Menu</p></div></body></html>
            """);
        Assert.Contains("Eleven floods in one winter", text);
        Assert.Contains("The quay inquiry, part 3", text);
    }
}
