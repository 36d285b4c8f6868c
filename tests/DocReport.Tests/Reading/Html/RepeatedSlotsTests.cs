namespace DocReport.Tests.Reading.Html;

public class RepeatedSlotsTests
{
    // Class names no word list knows (a CSS-module build's): the boxes' sameness is all there is to go on.
    private static string Row(string heading, string body) =>
        $"""<div class="qz1 qz2"><h2>{heading}</h2><div class="qz3">{body}</div></div>""";

    [Fact]
    public void An_article_set_in_repeated_rows_between_teasers_is_read_whole()
    {
        var text = ContentExtractorTests.Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <article class="qz0"><h1>Harbour inquiry hears skippers</h1>
            {Row("Skippers speak", $"<p>{ContentExtractorTests.Sentences("harbour", 3)}</p><p>{ContentExtractorTests.Sentences("quay", 3)}</p><p>{ContentExtractorTests.Sentences("dock", 3)}</p>")}
            <div class="qz1 qz9"><div class="qz3"><a href="/news/ferry-fares"><h3>Ferry fares rise again</h3><p>Read what the operator told passengers about the coming season's fares and timetables.</p></a></div></div>
            {Row("The council replies", $"<p>{ContentExtractorTests.Sentences("council", 3)}</p><p>{ContentExtractorTests.Sentences("mayor", 2)}</p>")}
            {Row("What comes next", $"<p>{ContentExtractorTests.Sentences("budget", 3)}</p><p>{ContentExtractorTests.Sentences("repair", 2)}</p>")}
            </article></body></html>
            """);
        Assert.Contains("The dock inquiry, part 3", text);
        Assert.Contains("The council inquiry, part 1", text);
        Assert.Contains("The budget inquiry, part 3", text);
        Assert.DoesNotContain("Ferry fares rise again", text);
    }

    [Fact]
    public void Further_stories_in_the_same_template_stay_out()
    {
        static string Story(string title, string body) =>
            $"""<div class="qz7"><div class="qz8"><h1>{title}</h1><div class="qz3">{body}</div></div></div>""";
        var text = ContentExtractorTests.Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><main class="qz6">
            {Story("Harbour inquiry hears skippers", $"<p>{ContentExtractorTests.Sentences("harbour", 3)}</p><p>{ContentExtractorTests.Sentences("quay", 3)}</p><p>{ContentExtractorTests.Sentences("dock", 3)}</p>")}
            {Story("Ferry timetable changes", $"<p>{ContentExtractorTests.Sentences("ferry", 3)}</p><p>{ContentExtractorTests.Sentences("pier", 2)}</p>")}
            {Story("Market reopens", $"<p>{ContentExtractorTests.Sentences("market", 3)}</p><p>{ContentExtractorTests.Sentences("stall", 2)}</p>")}
            </main></body></html>
            """);
        Assert.Contains("The dock inquiry, part 3", text);
        Assert.DoesNotContain("The ferry inquiry", text);
        Assert.DoesNotContain("The market inquiry", text);
    }
}
