using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Tests.Structure;

public class RunInHeadingTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static Article Build(params string[] blocks) => new ArticleBuilder().Build(new RawDocument("notes.html", InputFormat.Html, Sha,
        new DocumentMetadata { Title = "Harbour works" }, blocks.Select(b => new Block(BlockKind.Paragraph, b)).ToList())).Value!;

    [Fact]
    public void A_short_line_over_its_prose_heads_the_paragraph_instead_of_opening_its_sentence()
    {
        var article = Build("The harbour will close for repairs in May, the port authority said on Friday.",
            "Ferry timetables\nFerries will leave from the north pier while the main quay is rebuilt. Tickets stay valid.");
        var paragraph = article.Paragraphs[1];
        Assert.Equal("Ferry timetables", paragraph.Section);
        Assert.Equal("Ferries will leave from the north pier while the main quay is rebuilt.", paragraph.Sentences[0].Text);
    }

    [Fact]
    public void A_link_in_the_prose_keeps_its_place()
    {
        var block = new Block(BlockKind.Paragraph, "Ferry timetables\nSee the new timetable for the north pier. Tickets stay valid.")
        {
            Links = [new Link(25, 38, "https://example.org/timetable")],
        };
        var parts = RunInHeading.Split(block).ToList();
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph], parts.Select(p => p.Kind));
        var link = Assert.Single(parts[1].Links);
        Assert.Equal("new timetable", parts[1].Text[link.Start..link.End]);
    }

    [Theory]
    [InlineData("The port authority said on Friday that the harbour\nwill close for repairs in May and reopen in the autumn.")]
    [InlineData("Work on the harbour walls begins in May and should\nTake most of the summer, the engineers said today.")]
    [InlineData("Photo:\nThe north pier at dawn, before the works began this spring.")]
    [InlineData("Opening hours\nMonday to Friday, nine to five")]
    [InlineData("Ferries leave at nine.\nTickets are sold on board and at the kiosk near the north pier.")]
    public void Lines_that_are_no_heading_stay_in_their_paragraph(string text)
    {
        Assert.Equal([BlockKind.Paragraph], RunInHeading.Split(new Block(BlockKind.Paragraph, text)).Select(b => b.Kind));
    }

    [Fact]
    public void A_column_s_short_first_line_over_a_line_joined_at_a_hyphen_stays_in_its_paragraph()
    {
        // A PDF's narrow column: "has re-" / "built" was joined into one line twice a column's width.
        var text = "Walsh, who also has designed\nPort Ellen's new slipway and its ferry pier, has rebuilt harbour walls in other towns. During the\n"
            + "works on the north quay in\nMay she kept the ferries running\nand the pier open.";
        Assert.Equal([BlockKind.Paragraph], RunInHeading.Split(new Block(BlockKind.Paragraph, text)).Select(b => b.Kind));
    }

    [Fact]
    public void A_heading_over_a_wrapped_paragraph_of_even_lines_still_heads_it()
    {
        var text = "Ferry timetables\nFerries will leave from the north pier while the main\nquay is rebuilt over the summer and the autumn, the\n"
            + "port authority said. Tickets stay valid.";
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph], RunInHeading.Split(new Block(BlockKind.Paragraph, text)).Select(b => b.Kind));
    }

    [Fact]
    public void List_items_and_quotes_are_left_as_they_are()
    {
        var item = new Block(BlockKind.ListItem, "Ferry timetables\nFerries will leave from the north pier while the main quay is rebuilt.");
        var quote = item with { Kind = BlockKind.Quote };
        Assert.Equal([item], RunInHeading.Split(item));
        Assert.Equal([quote], RunInHeading.Split(quote));
    }

    [Fact]
    public void Scraped_text_with_its_headline_over_the_first_paragraph_gets_that_line_as_title()
    {
        var raw = new RawDocument("flood.txt", InputFormat.Text, Sha, new DocumentMetadata(),
        [
            new Block(BlockKind.Paragraph, "Flood defences hold in the valley\nThe new walls kept the river out on Sunday, the county engineer said. Residents returned home."),
            new Block(BlockKind.Paragraph, "Insurers expect fewer claims than in 2015, when the old walls failed."),
        ]);
        var article = new ArticleBuilder().Build(raw).Value!;
        Assert.Equal("Flood defences hold in the valley", article.Document.Title);
        Assert.Equal(TitleOrigin.Document, article.Document.TitleOrigin);
        Assert.Equal("The new walls kept the river out on Sunday, the county engineer said.", article.Paragraphs[0].Sentences[0].Text);
    }
}
