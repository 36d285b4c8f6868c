using DocReport.Model;
using DocReport.Tests.Output;
using DocReport.Tests.Reading;

namespace DocReport.Tests.Structure;

/// <summary>
/// What a reader sees at the head of a DOCX or PDF becomes its title and authors: Word's Title paragraph over a core
/// title the reader never sees, and a line of names under the title (no "By") as the authors, out of the body; the
/// notes after the body are a section of their own. Read back from dataset.json.
/// </summary>
public class DocumentHeadOutputTests
{
    private const string Headline = "Reservoir Levels Fall to a Ten-Year Low Across the Northern Valleys";
    private const string First = "The water board said on Monday that the three reservoirs held 41% of their capacity.";
    private const string Second = "Farmers in the valleys have been asked to cut their use by a fifth until the autumn.";

    private static byte[] Docx(string? coreTitle, string? nameLine = null) => DocxFixture.Build(d =>
    {
        d.Paragraph(Headline, "Title");
        if (nameLine is not null) d.Paragraph(nameLine);
        d.Paragraph(First).Paragraph(Second);
    }, title: coreTitle);

    [Theory]
    [InlineData("Board memo")]
    [InlineData("Title")]
    [InlineData("Document1")]
    [InlineData(null)]
    public void The_title_paragraph_a_reader_sees_is_the_title_whatever_the_core_title(string? coreTitle)
    {
        var dataset = JsonRoundTrip.Convert("reservoirs.docx", Docx(coreTitle));

        Assert.Equal(Headline, dataset.Document.Title);
        Assert.Equal([First, Second], dataset.Paragraphs.Select(p => p.Text));
        Assert.All(dataset.Paragraphs, p => Assert.Null(p.Section));
    }

    [Fact]
    public void A_template_title_gives_way_to_the_first_line_in_any_format()
    {
        var docx = DocxFixture.Build(d => d.Paragraph("Reservoirs at a ten-year low").Paragraph(First).Paragraph(Second), title: "Title");

        Assert.Equal("Reservoirs at a ten-year low", JsonRoundTrip.Convert("reservoirs.docx", docx).Document.Title);
    }

    [Theory]
    [InlineData("Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Jane Doe, Reuters", new[] { "Jane Doe" })]
    [InlineData("Maria Lopez, Political Correspondent", new[] { "Maria Lopez" })]
    public void A_line_of_names_under_the_docx_title_is_its_author_line(string line, string[] authors)
    {
        var dataset = JsonRoundTrip.Convert("reservoirs.docx", Docx("Board memo", line));

        Assert.Equal(authors, dataset.Document.Authors);
        Assert.Equal([First, Second], dataset.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_line_of_names_under_the_pdf_title_is_its_author_line()
    {
        var pdf = PdfFixture.Build(p => p.NewPage()
            .AtBold("Reservoir Levels Fall to a Ten-Year Low", 72, 760, 16)
            .At("Jane Doe, Reuters", 72, 735)
            .At("The water board said on Monday that the three reservoirs held 41% of their capacity, and", 72, 705)
            .At("farmers in the valleys have been asked to cut their use by a fifth until the autumn, while", 72, 691)
            .At("the board's engineers check the pipes for leaks that lose a tenth of the water on its way", 72, 677)
            .At("to the towns, the board said.", 72, 663));

        var dataset = JsonRoundTrip.Convert("reservoirs.pdf", pdf);

        Assert.Equal("Reservoir Levels Fall to a Ten-Year Low", dataset.Document.Title);
        Assert.Equal(["Jane Doe"], dataset.Document.Authors);
        Assert.DoesNotContain(dataset.Paragraphs, p => p.Text.Contains("Jane Doe"));
    }

    [Fact]
    public void A_pdf_title_wrapped_on_two_lines_is_the_whole_title()
    {
        var pdf = PdfFixture.Build(p => p.NewPage()
            .AtBold("Reservoir Levels Fall to a Ten-Year Low", 150, 760, 16)
            .AtBold("Across the Northern Valleys", 200, 740, 16)
            .At("Jane Doe and John Roe", 240, 712)
            .At("The water board said on Monday that the three reservoirs held 41% of their capacity, and", 72, 680)
            .At("farmers in the valleys have been asked to cut their use by a fifth until the autumn.", 72, 666));

        var dataset = JsonRoundTrip.Convert("reservoirs.pdf", pdf);

        Assert.Equal(Headline, dataset.Document.Title);
        Assert.Equal(["Jane Doe", "John Roe"], dataset.Document.Authors);
        Assert.All(dataset.Paragraphs, p => Assert.DoesNotContain("Valleys", p.Text));
        Assert.DoesNotContain(dataset.Validation, v => v.Code == "DR-TITLE-DERIVED");
    }

    [Theory]
    [InlineData("Reservoir Levels Fall to a Ten-Year Low", "Across the Northern Valleys.")]
    [InlineData("Reservoir Levels Fall to a Ten-Year Low Across the Northern Valleys.", null)]
    [InlineData("Reservoir Levels Fall to a ‘Ten-Year Low’", "Across the Northern Valleys.")]
    public void A_pdf_headline_closing_with_a_stop_is_the_whole_title(string first, string? second)
    {
        var pdf = PdfFixture.Build(p =>
        {
            p.NewPage().AtBold(first, 72, 760, 12);
            if (second is not null) p.AtBold(second, 72, 745, 12);
            p.At("Jane Doe", 240, 712, 10)
                .At("The water board said on Monday that the three reservoirs held 41% of their capacity, and", 72, 680, 10)
                .At("farmers in the valleys have been asked to cut their use by a fifth until the autumn, while", 72, 668, 10)
                .At("the board's engineers check the pipes for leaks that lose a tenth of the water on its way", 72, 656, 10)
                .At("to the towns, the board said.", 72, 644, 10);
        });

        var dataset = JsonRoundTrip.Convert("reservoirs.pdf", pdf);

        Assert.Equal(Headline + ".", dataset.Document.Title.Replace("‘", "").Replace("’", ""));
        Assert.Equal(["Jane Doe"], dataset.Document.Authors);
        Assert.All(dataset.Paragraphs, p => Assert.DoesNotContain("Valleys", p.Text));
        Assert.DoesNotContain(dataset.Validation, v => v.Code == "DR-TITLE-DERIVED");
    }

    [Theory]
    [InlineData("Jane Doe and John Roe said the board had waited too long.")]
    [InlineData("The board and its chair")]
    public void A_sentence_or_a_line_not_of_names_under_the_title_stays_in_the_body(string line)
    {
        var dataset = JsonRoundTrip.Convert("reservoirs.docx", Docx(null, line));

        Assert.Empty(dataset.Document.Authors);
        Assert.Equal(line, dataset.Paragraphs[0].Text);
    }

    [Fact]
    public void Names_further_down_are_text_not_the_author_line()
    {
        var docx = DocxFixture.Build(d => d.Paragraph(Headline, "Title").Paragraph(First).Paragraph("Jane Doe and John Roe").Paragraph(Second));

        var dataset = JsonRoundTrip.Convert("reservoirs.docx", docx);

        Assert.Empty(dataset.Document.Authors);
        Assert.Contains(dataset.Paragraphs, p => p.Text == "Jane Doe and John Roe");
    }

    [Fact]
    public void Docx_notes_are_a_section_of_their_own_after_the_body()
    {
        var docx = DocxFixture.Build(d => d
            .Paragraph(Headline, "Title")
            .Paragraph("Supply", "Heading1")
            .FootnotedParagraph(First, "Measured at the dam gauges on the first of the month.", "")
            .Paragraph(Second));

        var dataset = JsonRoundTrip.Convert("reservoirs.docx", docx);

        Assert.Equal([("Supply", First), ("Supply", Second), ("Notes", "Measured at the dam gauges on the first of the month.")],
            dataset.Paragraphs.Select(p => (p.Section, p.Text)));
    }

    [Fact]
    public void Markdown_footnotes_are_a_section_of_their_own_after_the_body()
    {
        var markdown = $"# {Headline}\n\n## Supply\n\n{First}[^1]\n\n{Second}\n\n[^1]: Measured at the dam gauges on the first of the month.\n";

        var dataset = JsonRoundTrip.Convert("reservoirs.md", System.Text.Encoding.UTF8.GetBytes(markdown));

        Assert.Equal("Notes", dataset.Paragraphs[^1].Section);
        Assert.Equal("Measured at the dam gauges on the first of the month.", dataset.Paragraphs[^1].Text);
        Assert.Equal(["Supply", "Supply"], dataset.Paragraphs.SkipLast(1).Select(p => p.Section));
    }
}
