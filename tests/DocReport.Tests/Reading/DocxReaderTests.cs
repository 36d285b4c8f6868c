using DocReport.Model;

namespace DocReport.Tests.Reading;

public class DocxReaderTests
{
    private static readonly byte[] Report = DocxFixture.Build(d => d
            .Paragraph("Budget 2025 at a glance", "Title")
            .Paragraph("Where the money goes", "Heading1")
            .Paragraph("Spending rises by 4% next year.")
            .LinkParagraph("Figures come from the ", "finance office", "https://city.example.org/finance", " report.")
            .Paragraph("Roads", "Heading2")
            .Bullet("Resurfacing of Main Street")
            .Bullet("Two new cycle lanes")
            .Paragraph("We balanced the books, the mayor said.", "Quote")
            .Table(["Item", "Cost"], ["Roads", "1.2m"]),
        title: "Budget 2025", creator: "Lena Fischer", created: new DateTime(2025, 1, 14, 9, 30, 0, DateTimeKind.Utc));

    [Fact]
    public void Heading_styles_become_headings_with_levels()
    {
        var headings = Reader.ReadOk("budget.docx", Report).Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.Level));
        Assert.Equal([("Budget 2025 at a glance", 1), ("Where the money goes", 1), ("Roads", 2)], headings);
    }

    [Fact]
    public void Numbered_paragraphs_quotes_and_tables_get_their_kinds()
    {
        var blocks = Reader.ReadOk("budget.docx", Report).Blocks;
        Assert.Equal(["Resurfacing of Main Street", "Two new cycle lanes"], blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
        Assert.Equal("We balanced the books, the mayor said.", Assert.Single(blocks, b => b.Kind == BlockKind.Quote).Text);
        Assert.Equal("Item\tCost\nRoads\t1.2m", Assert.Single(blocks, b => b.Kind == BlockKind.Table).Text);
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.TableCell);
    }

    [Fact]
    public void Nested_list_items_keep_their_depth_from_the_numbering_level_or_the_list_style()
    {
        var bytes = DocxFixture.Build(d => d
            .Paragraph("The works are planned in two phases.")
            .Bullet("Phase one: the bridge")
            .Bullet("Deck repairs in March", level: 1)
            .Paragraph("Railings in April", "ListBullet2")
            .Bullet("Phase two: the tunnel"));
        var items = Reader.ReadOk("works.docx", bytes).Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => (b.Text, b.Level));
        Assert.Equal([("Phase one: the bridge", 1), ("Deck repairs in March", 2), ("Railings in April", 2), ("Phase two: the tunnel", 1)], items);
    }

    [Fact]
    public void A_text_box_is_read_once_as_paragraphs_of_its_own_after_its_anchor()
    {
        var bytes = DocxFixture.Build(d => d
            .TextBoxParagraph("The ferry timetable changes on 1 May.", "Sailings per day: 14", "Last boat: 22:40")
            .Paragraph("Tickets bought before then stay valid."));
        Assert.Equal(["The ferry timetable changes on 1 May.", "Sailings per day: 14", "Last boat: 22:40", "Tickets bought before then stay valid."],
            Reader.Texts(Reader.ReadOk("ferry.docx", bytes)));
    }

    [Fact]
    public void Paragraphs_in_a_code_style_make_one_code_block_with_their_indentation()
    {
        var bytes = DocxFixture.Build(d => d
            .Paragraph("Run the check with:")
            .Paragraph("check --all", "SourceCode")
            .Paragraph("    --since 2024", "SourceCode")
            .Paragraph("It takes a minute."));
        var blocks = Reader.ReadOk("check.docx", bytes).Blocks;
        Assert.Equal([(BlockKind.Paragraph, "Run the check with:"), (BlockKind.Code, "check --all\n    --since 2024"), (BlockKind.Paragraph, "It takes a minute.")],
            blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Hyperlinks_keep_their_offsets_and_targets()
    {
        var block = Reader.ReadOk("budget.docx", Report).Blocks.Single(b => b.Links.Count > 0);
        Assert.Equal("Figures come from the finance office report.", block.Text);
        var link = Assert.Single(block.Links);
        Assert.Equal("finance office", block.Text[link.Start..link.End]);
        Assert.Equal("https://city.example.org/finance", link.Url);
    }

    [Fact]
    public void Core_properties_become_metadata()
    {
        var metadata = Reader.ReadOk("budget.docx", Report).Metadata;
        // The Title paragraph the reader sees wins over the core title ("Budget 2025"), hidden in the file's properties.
        Assert.Equal("Budget 2025 at a glance", metadata.Title);
        Assert.Equal(["Lena Fischer"], metadata.Authors);
        Assert.Equal("2025-01-14", metadata.Published);
    }

    [Fact]
    public void Docx_without_text_is_a_failure()
    {
        var result = Reader.Read("empty.docx", DocxFixture.Build(_ => { }));
        Assert.False(result.Succeeded);
        Assert.Equal("no text found in the DOCX document", result.Error);
    }
}
