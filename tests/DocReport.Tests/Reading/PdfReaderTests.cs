using DocReport.Model;

namespace DocReport.Tests.Reading;

public class PdfReaderTests
{
    private static readonly byte[] Paper = PdfFixture.Build(pdf =>
    {
        pdf.Info("Water report", "Kim Park; Ola Berg", "D:20240505120000Z");
        pdf.NewPage(header: "Water Quarterly", footer: "Page 1 of 2")
            .Line("River levels", size: 18).Gap()
            .Line("The river rose by two metres in April, the highest level in a de-")
            .Line("cade, according to the water board.").Gap()
            .Line("A second paragraph follows after a wider gap between lines.");
        pdf.NewPage(header: "Water Quarterly", footer: "Page 2 of 2")
            .Line("The board expects levels to fall in June.")
            .Line("Farmers were told to move livestock.");
    });

    [Fact]
    public void Paragraphs_are_rebuilt_and_hyphenation_joined()
    {
        var blocks = Reader.ReadOk("water.pdf", Paper).Blocks;
        Assert.Equal("The river rose by two metres in April, the highest level in a decade, according to the water board.",
            blocks.Single(b => b.Text.StartsWith("The river")).Text);
        Assert.Contains(blocks, b => b.Text == "A second paragraph follows after a wider gap between lines.");
        Assert.Contains(blocks, b => b.Text == "The board expects levels to fall in June.\nFarmers were told to move livestock.");
    }

    [Fact]
    public void Larger_lines_are_headings()
    {
        var heading = Reader.ReadOk("water.pdf", Paper).Blocks[0];
        Assert.Equal((BlockKind.Heading, "River levels", 1), (heading.Kind, heading.Text, heading.Level));
    }

    [Fact]
    public void A_heading_wrapped_over_two_lines_is_one_block()
    {
        var pdf = PdfFixture.Build(p => p.NewPage()
            .Line("Otters return to the upper river", size: 20)
            .Line("after thirty years", size: 20).Gap()
            .Line("Otters are breeding again on the upper river for the first")
            .Line("time since the early 1990s, according to a survey published")
            .Line("on Wednesday by the rivers trust."));
        var blocks = Reader.ReadOk("otters.pdf", pdf).Blocks;
        Assert.Equal((BlockKind.Heading, "Otters return to the upper river\nafter thirty years"), (blocks[0].Kind, blocks[0].Text));
        Assert.Equal(BlockKind.Paragraph, blocks[1].Kind);
    }

    [Fact]
    public void A_stop_ends_the_title_at_its_line_and_a_large_sentence_further_down_is_no_heading()
    {
        var pdf = PdfFixture.Build(p => p.NewPage()
            .Line("Floods close the valley road.", size: 20)
            .Line("Residents were moved overnight.", size: 20).Gap()
            .Line("The road between the two villages was closed on Monday after the river burst its")
            .Line("banks, the county council said. About forty homes were cut off and their residents")
            .Line("spent the night in the village hall.").Gap()
            .Line("Water rose faster than forecast.", size: 20).Gap()
            .Line("Engineers will inspect the bridge when the water falls, and the road may stay")
            .Line("closed until the end of the week."));
        var blocks = Reader.ReadOk("floods.pdf", pdf).Blocks;
        Assert.Equal((BlockKind.Heading, "Floods close the valley road."), (blocks[0].Kind, blocks[0].Text));
        Assert.Equal(BlockKind.Paragraph, blocks[1].Kind);
        Assert.Equal(BlockKind.Paragraph, blocks.Single(b => b.Text == "Water rose faster than forecast.").Kind);
    }

    [Fact]
    public void Running_headers_and_page_numbers_are_removed()
    {
        var text = string.Join("\n", Reader.Texts(Reader.ReadOk("water.pdf", Paper)));
        Assert.DoesNotContain("Water Quarterly", text);
        Assert.DoesNotContain("Page 1", text);
    }

    [Fact]
    public void Document_information_becomes_metadata_but_the_file_creation_date_is_no_publication_date()
    {
        var metadata = Reader.ReadOk("water.pdf", Paper).Metadata;
        Assert.Equal("Water report", metadata.Title);
        Assert.Equal(["Kim Park", "Ola Berg"], metadata.Authors);
        // The file was made on 5 May 2024; the text states no date, so none is given.
        Assert.Null(metadata.Published);
    }

    [Fact]
    public void A_footnote_mark_after_punctuation_is_left_out_and_an_exponent_after_a_letter_kept()
    {
        var pdf = PdfFixture.Build(p => p.NewPage()
            .Line("Storm Count Revised", size: 18).Gap()
            .LineWithRaised("Two storms were counted twice, according to the bulletin.", "1").Gap()
            .LineWithRaised("The flooded marsh covers 12 km", "2")
            .Line("of grazing land near the estuary this spring.")
            .Line("The marsh usually drains by June.").Gap()
            .Line("1 Counted as storms when the wind passed force nine at the pier.", size: 8));

        var texts = Reader.Texts(Reader.ReadOk("storms.pdf", pdf));

        Assert.Equal("Two storms were counted twice, according to the bulletin.", texts[1]);
        Assert.DoesNotContain("1", texts);
        // The exponent stays on its line, raised as it was set.
        Assert.DoesNotContain("2", texts);
        Assert.Contains(texts, t => t.StartsWith("The flooded marsh covers 12 km²\nof grazing land", StringComparison.Ordinal));
        Assert.Contains("1 Counted as storms when the wind passed force nine at the pier.", texts);
    }

    [Fact]
    public void A_raised_exponent_after_a_number_joins_it_in_superscript_and_raised_letters_join_as_they_are()
    {
        var pdf = PdfFixture.Build(p => p.NewPage()
            .Line("Harbour Dredging Begins", size: 18).Gap()
            .LineWithRaised("The dredgers will move about 10", "6")
            .Line("tonnes of silt before the winter, the port said.")
            .LineWithRaised("Work starts on the 1", "st")
            .Line("of March at the inner basin."));
        var texts = Reader.Texts(Reader.ReadOk("dredging.pdf", pdf));
        Assert.Equal(["Harbour Dredging Begins", "The dredgers will move about 10⁶\ntonnes of silt before the winter, the port said.\nWork starts on the 1st\nof March at the inner basin."], texts);
    }

    [Theory]
    [InlineData("Microsoft Word - harbour-survey-v3.docx")]
    [InlineData("survey_final.pdf")]
    [InlineData("Untitled")]
    public void A_metadata_title_that_names_a_file_gives_way_to_the_first_heading(string fileTitle)
    {
        var pdf = PdfFixture.Build(p => p.Info(fileTitle, "Ines Duarte", "D:20240302")
            .NewPage()
            .Line("HARBOUR SURVEY RESULTS").Gap()
            .Line("The survey counted 212 moorings in use this summer, 30 more than last year."));
        var article = new DocReport.Structure.ArticleBuilder().Build(Reader.ReadOk("survey.pdf", pdf)).Value!;
        Assert.Equal("HARBOUR SURVEY RESULTS", article.Document.Title);
        Assert.Equal(["The survey counted 212 moorings in use this summer, 30 more than last year."], article.Paragraphs.Select(p => p.Text));
    }
}
