namespace DocReport.Tests.Reading.Html;

public class OrphanLabelsTests
{
    private static string Sentences(string topic, int count) =>
        string.Join(" ", Enumerable.Range(1, count).Select(i => $"The {topic} survey, part {i}, counted the orchards, the beehives and the cider presses of the valley."));

    private static string Read(string articleInside) =>
        string.Join("\n", Reader.Texts(Reader.ReadOk("page.html",
            $"<!DOCTYPE html><html lang=\"en\"><head><title>Valley survey</title></head><body><article class=\"post\">{articleInside}</article></body></html>")));

    private static readonly string FurtherStories = """
        <ul><li><a href="/stories/cider-prices">Cider prices in the valley climb for a third year</a></li>
        <li><a href="/stories/beekeepers">Beekeepers ask the council for a winter shelter</a></li>
        <li><a href="/stories/orchard-walk">An orchard walk from the mill to the old bridge</a></li></ul>
        """;

    [Fact]
    public void A_label_whose_box_of_further_stories_went_goes_with_it()
    {
        var text = Read($"""
            <p>{Sentences("orchard", 4)}</p>
            <section class="more"><span class="title">More on this topic</span>{FurtherStories}</section>
            <p>{Sentences("cider", 3)}</p>
            """);
        Assert.Contains("The cider survey, part 3", text);
        Assert.DoesNotContain("Cider prices in the valley", text);
        Assert.DoesNotContain("More on this topic", text);
    }

    [Fact]
    public void A_short_line_in_the_articles_own_box_stays_when_furniture_beside_it_goes()
    {
        var text = Read($"""
            <div class="entry"><p>{Sentences("orchard", 4)}</p><p>See you at the market, Anna</p>{FurtherStories}</div>
            """);
        Assert.DoesNotContain("Cider prices in the valley", text);
        Assert.Contains("See you at the market, Anna", text);
    }

    [Fact]
    public void A_box_that_keeps_a_sentence_after_losing_its_furniture_stays()
    {
        var text = Read($"""
            <p>{Sentences("orchard", 4)}</p>
            <section class="more"><p>The survey ends in May.</p>{FurtherStories}</section>
            """);
        Assert.Contains("The survey ends in May.", text);
    }
    [Fact]
    public void A_label_box_just_before_a_list_of_further_stories_goes_with_the_list()
    {
        var text = Read($"""
            <p>{Sentences("orchard", 4)}</p>
            <section class="box-title"><span>More on this topic</span></section>{FurtherStories}
            <p>{Sentences("cider", 3)}</p>
            """);
        Assert.Contains("The cider survey, part 3", text);
        Assert.DoesNotContain("More on this topic", text);
    }

    [Fact]
    public void A_signature_over_a_share_bar_and_a_heading_over_a_captioned_picture_stay()
    {
        var text = Read($"""
            <p>{Sentences("orchard", 4)}</p>
            <h3>The old press house</h3>
            <figure><img src="press.jpg"><figcaption>The press house in the lower orchard, built in 1880 and rebuilt twice after floods, seen from the mill race in autumn.</figcaption></figure>
            <p>{Sentences("cider", 3)}</p>
            <p>See you at the market, Anna</p>
            <div class="share"><a href="/share/mail">Mail</a> <a href="/share/print">Print</a></div>
            """);
        Assert.Contains("The old press house", text);
        Assert.DoesNotContain("built in 1880", text);
        Assert.Contains("See you at the market, Anna", text);
    }
}
