namespace DocReport.Tests.Reading.Html;

public class ReplyFormsTests
{
    [Fact]
    public void A_reply_form_goes_with_the_lines_of_its_box()
    {
        var text = ContentExtractorTests.Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><div class="qz1"><h1>Harbour inquiry hears skippers</h1><p>{ContentExtractorTests.Sentences("harbour", 4)}</p><p>{ContentExtractorTests.Sentences("quay", 3)}</p>
            <div class="qz5"><h3>Leave a reply</h3><p>No replies yet. Be the first.</p>
            <form action="/reply"><label>Your reply</label><textarea name="reply"></textarea><button type="submit">Send</button></form></div>
            </div></body></html>
            """);
        Assert.Contains("The quay inquiry, part 3", text);
        Assert.DoesNotContain("Leave a reply", text);
        Assert.DoesNotContain("No replies yet", text);
    }

    [Fact]
    public void A_page_wrapped_whole_in_a_form_keeps_its_article()
    {
        var text = ContentExtractorTests.Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><form action="/page.aspx" method="post"><div class="qz1"><h1>Harbour inquiry hears skippers</h1>
            <p>{ContentExtractorTests.Sentences("harbour", 4)}</p><p>{ContentExtractorTests.Sentences("quay", 3)}</p>
            <p>Your question to the newsroom:</p><textarea name="question"></textarea><input type="submit" value="Send"></div></form></body></html>
            """);
        Assert.Contains("The harbour inquiry, part 4", text);
        Assert.Contains("The quay inquiry, part 3", text);
    }
}
