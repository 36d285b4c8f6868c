namespace DocReport.Tests.Reading.Html;

public class AuthorBoxesTests
{
    // Class names no word list knows: the picture and the links to the author's accounts are all there is to go on.
    private static string Read(string articleInside) =>
        ContentExtractorTests.Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head><body>
            <div class="qz0"><h1>Harbour inquiry hears skippers</h1>
            <p>{ContentExtractorTests.Sentences("harbour", 4)}</p>
            <p>{ContentExtractorTests.Sentences("quay", 4)}</p>
            {articleInside}
            <p>{ContentExtractorTests.Sentences("market", 3)}</p>
            </div></body></html>
            """);

    [Fact]
    public void A_box_with_the_authors_picture_a_few_lines_and_links_to_two_accounts_goes()
    {
        var text = Read("""
            <div class="qa1"><div class="qa2"><img src="avatar.jpg"></div><div class="qa3"><a href="/author/ann">Ann Roe</a></div>
            <div class="qa4"><p>Ann Roe reports on the harbour and its ferries. Follow her on <a href="https://www.instagram.com/annroe/">Instagram</a>.</p></div>
            <div class="qa5"><a href="https://twitter.com/annroe"><svg></svg></a><a href="mailto:ann@example.org"><svg></svg></a></div></div>
            """);
        Assert.Contains("The market inquiry, part 3", text);
        Assert.DoesNotContain("Ann Roe reports on the harbour", text);
    }

    [Fact]
    public void Accounts_in_a_paragraph_without_a_picture_or_in_a_long_profile_stay()
    {
        var profile = string.Join(" ", Enumerable.Range(1, 8).Select(i => $"Skipper Joe Bloggs, part {i}, has fished these waters for forty winters and knows every berth."));
        var text = Read($"""
            <div class="qb1"><p>The skippers' union posts its notes on <a href="https://twitter.com/skippers">Twitter</a> and <a href="https://www.facebook.com/skippers">Facebook</a> every week.</p></div>
            <div class="qb2"><img src="joe.jpg"><p>{profile}</p><a href="https://twitter.com/joebloggs">Joe on Twitter</a> <a href="mailto:joe@example.org">Mail Joe</a></div>
            """);
        Assert.Contains("The skippers' union posts its notes", text);
        Assert.Contains("Skipper Joe Bloggs, part 8", text);
    }
}
