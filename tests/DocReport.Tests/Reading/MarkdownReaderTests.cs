using DocReport.Model;

namespace DocReport.Tests.Reading;

public class MarkdownReaderTests
{
    private const string Post = """
        ---
        title: "Rail line reopens after storm"
        authors:
          - Priya Nair
          - Sam Ortiz
        date: 2024-02-11
        ---

        # Rail line reopens after storm

        Trains ran again on Tuesday, the operator said in a
        [statement](https://rail.example.org/news/42).

        ## What changed

        - New drainage on the **embankment**
        - Two bridges repaired

        > We expect no further delays, said the operator.

        | Line | Status |
        |------|--------|
        | North | open |
        """;

    [Fact]
    public void Front_matter_becomes_metadata()
    {
        var metadata = Reader.ReadOk("post.md", Post).Metadata;
        Assert.Equal("Rail line reopens after storm", metadata.Title);
        Assert.Equal(["Priya Nair", "Sam Ortiz"], metadata.Authors);
        Assert.Equal("2024-02-11", metadata.Published);
    }

    [Theory]
    [InlineData("title: \"The \\\"quiet\\\" harbour\"", "The \"quiet\" harbour")]
    [InlineData("title: \"Fares: 'a fair deal'\"", "Fares: 'a fair deal'")]
    [InlineData("title: 'The harbour''s fares'", "The harbour's fares")]
    [InlineData("title: \"=HYPERLINK(\\\"http://example.org\\\",\\\"Fares\\\")\"", "=HYPERLINK(\"http://example.org\",\"Fares\")")]
    [InlineData("title: \"Caf\\u00e9 reopens\"", "Café reopens")]
    [InlineData("title: Fares 'rise'", "Fares 'rise'")]
    public void A_front_matter_title_in_quotes_is_read_as_yaml_writes_it(string entry, string title)
    {
        var metadata = Reader.ReadOk("post.md", $"---\n{entry}\n---\n\nTrains ran again on Tuesday, the operator said.\n").Metadata;
        Assert.Equal(title, metadata.Title);
    }

    [Fact]
    public void A_byline_under_the_title_gives_the_authors_and_date_front_matter_does_not()
    {
        var content = Reader.ReadOk("bus.md", """
            # Council adds three bus routes

            *By Hana Okoro, 3 March 2025*

            The council voted 7-2 on Monday to add the routes, the transit authority said.
            """);
        Assert.Equal(["Hana Okoro"], content.Metadata.Authors);
        Assert.Equal("2025-03-03", content.Metadata.Published);
        Assert.DoesNotContain(content.Blocks, b => b.Text.Contains("Okoro"));
    }

    [Fact]
    public void Front_matter_comes_before_a_byline_in_the_text()
    {
        var metadata = Reader.ReadOk("post.md", Post.Replace("# Rail line reopens after storm", "# Rail line reopens after storm\n\nBy Lena Marsh, 9 February 2024")).Metadata;
        Assert.Equal(["Priya Nair", "Sam Ortiz"], metadata.Authors);
        Assert.Equal("2024-02-11", metadata.Published);
    }

    [Fact]
    public void Headings_keep_their_level()
    {
        var headings = Reader.ReadOk("post.md", Post).Blocks.Where(b => b.Kind == BlockKind.Heading).ToList();
        Assert.Equal([("Rail line reopens after storm", 1), ("What changed", 2)], headings.Select(h => (h.Text, h.Level)));
    }

    [Fact]
    public void Paragraph_keeps_its_line_break_and_its_link()
    {
        var paragraph = Reader.ReadOk("post.md", Post).Blocks.Single(b => b.Text.StartsWith("Trains"));
        Assert.Equal("Trains ran again on Tuesday, the operator said in a\nstatement.", paragraph.Text);
        var link = Assert.Single(paragraph.Links);
        Assert.Equal("statement", paragraph.Text[link.Start..link.End]);
        Assert.Equal("https://rail.example.org/news/42", link.Url);
    }

    [Fact]
    public void Lists_quotes_and_tables_get_their_kinds()
    {
        var blocks = Reader.ReadOk("post.md", Post).Blocks;
        Assert.Equal(["New drainage on the embankment", "Two bridges repaired"], blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
        Assert.Equal("We expect no further delays, said the operator.", Assert.Single(blocks, b => b.Kind == BlockKind.Quote).Text);
        Assert.Equal("Line\tStatus\nNorth\topen", Assert.Single(blocks, b => b.Kind == BlockKind.Table).Text);
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.TableCell);
    }

    [Fact]
    public void Nested_list_items_keep_their_depth()
    {
        var blocks = Reader.ReadOk("plan.md", """
            # Flood plan

            - Repair the levee
              - North bank: 3 km
                1. Order the stone
              - South bank: 2 km
            - Dredge the harbour
            """).Blocks.Where(b => b.Kind == BlockKind.ListItem);
        Assert.Equal([("Repair the levee", 1), ("North bank: 3 km", 2), ("Order the stone", 3), ("South bank: 2 km", 2), ("Dredge the harbour", 1)],
            blocks.Select(b => (b.Text, b.Level)));
    }

    [Fact]
    public void Fenced_and_indented_code_blocks_are_code_kept_line_for_line()
    {
        var blocks = Reader.ReadOk("setup.md", """
            # Setting up the gauge reader

            Install it first:

            ```sh
            gauge install --site river-7
              --interval 15
            ```

                reading = gauge.last()
                print(reading.level)
            """).Blocks;
        Assert.Equal(["gauge install --site river-7\n  --interval 15", "reading = gauge.last()\nprint(reading.level)"],
            blocks.Where(b => b.Kind == BlockKind.Code).Select(b => b.Text));
        Assert.Equal(["Install it first:"], blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
    }

    [Fact]
    public void Markdown_without_front_matter_has_empty_metadata()
    {
        var document = Reader.ReadOk("note.md", "# Note\n\nShort text.");
        Assert.Null(document.Metadata.Title);
        Assert.Equal(["Note", "Short text."], Reader.Texts(document));
    }

    [Fact]
    public void Markdown_once_read_as_windows_1252_is_repaired()
    {
        var broken = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!
            .GetString(System.Text.Encoding.UTF8.GetBytes("# Peña wins\n\nThe **café** vote — a [report](https://example.org/a) said so."));
        var document = Reader.ReadOk("a.md", broken);
        Assert.Equal(["Peña wins", "The café vote — a report said so."], Reader.Texts(document));
        Assert.True(document.RepairedCharacters > 0);
    }

    // The text of a post saved through a wrong encoding is repaired; its link addresses are the page's own strings and stay.
    [Fact]
    public void Broken_text_is_repaired_and_a_links_address_is_left_as_written()
    {
        var latin = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var broken = latin.GetString(System.Text.Encoding.UTF8.GetBytes("Peña"));
        var paragraph = Reader.ReadOk("post.md", $"The mayor, Inés {broken}, posted a [statement](https://town.example/{broken}/statement).").Blocks.Single();
        Assert.StartsWith("The mayor, Inés Peña, posted a statement", paragraph.Text);
        Assert.Equal($"https://town.example/{broken}/statement", Assert.Single(paragraph.Links).Url);
    }
}
