using DocReport.Model;

namespace DocReport.Tests.Reading;

public class PdfLayoutTests
{
    private static readonly string[] Left =
    [
        "The council met on Monday to discuss the",
        "harbour budget, which has grown by a third",
        "since the storms of last winter damaged",
        "the northern quay and the ferry ramp.",
    ];

    private static readonly string[] Right =
    [
        "Skippers asked for a new breakwater before",
        "the next storm season, and the council said",
        "it would ask the regional authority to pay",
        "for half of the work on the outer wall.",
    ];

    private static byte[] TwoColumns(string? title, string[]? left = null, string[]? right = null) => PdfFixture.Build(pdf =>
    {
        pdf.NewPage();
        if (title is not null) pdf.At(title, 72, 780, size: 18);
        (left, right) = (left ?? Left, right ?? Right);
        for (var i = 0; i < left.Length; i++)
        {
            pdf.At(left[i], 72, 740 - i * 14, size: 10);
            pdf.At(right[i], 320, 740 - i * 14, size: 10);
        }
    });

    [Fact]
    public void A_two_column_page_is_read_column_by_column()
    {
        var text = string.Join("\n", Reader.Texts(Reader.ReadOk("columns.pdf", TwoColumns(title: null))));
        Assert.Contains(string.Join("\n", Left), text);
        Assert.Contains(string.Join("\n", Right), text);
        Assert.True(text.IndexOf("the ferry ramp.", StringComparison.Ordinal) < text.IndexOf("Skippers asked", StringComparison.Ordinal), text);
    }

    [Fact]
    public void A_paragraph_that_ends_a_column_is_not_joined_to_the_one_that_opens_the_next()
    {
        var blocks = Reader.ReadOk("columns.pdf", TwoColumns(title: null)).Blocks;
        Assert.Equal(2, blocks.Count);
        Assert.EndsWith("the ferry ramp.", blocks[0].Text);
        Assert.StartsWith("Skippers asked", blocks[1].Text);
    }

    [Fact]
    public void A_sentence_that_runs_on_into_the_next_column_stays_one_paragraph()
    {
        var pdf = TwoColumns(title: null, left: [.. Left[..3], "the northern quay, and"], right: ["skippers asked for a new breakwater", .. Right[1..]]);
        Assert.Single(Reader.ReadOk("columns.pdf", pdf).Blocks);
    }

    [Fact]
    public void A_title_across_both_columns_comes_first()
    {
        var blocks = Reader.ReadOk("columns.pdf", TwoColumns(title: "Harbour budget grows by a third after winter storms across the whole coast")).Blocks;
        Assert.StartsWith("Harbour budget grows", blocks[0].Text);
        Assert.StartsWith("The council met on Monday", blocks[1].Text);
    }

    [Fact]
    public void A_one_column_page_with_a_wide_indented_quote_is_not_split_into_columns()
    {
        var pdf = PdfFixture.Build(p =>
        {
            p.NewPage();
            foreach (var line in Left.Concat(Right)) p.Line(line + " and more words to fill the line");
        });
        var text = string.Join(" ", Reader.Texts(Reader.ReadOk("single.pdf", pdf))).Replace("\n", " ");
        Assert.Contains("The council met on Monday to discuss the and more words to fill the line harbour budget", text);
    }

    [Fact]
    public void A_running_header_in_small_type_on_a_one_page_document_is_not_paragraph_one()
    {
        var pdf = PdfFixture.Build(p => p.NewPage(header: "Water Quarterly · Spring 2024 · Regional edition", footer: "waterquarterly.example.org")
            .Line("River levels fall", size: 18).Gap()
            .Line("The river fell by two metres in May, the water board said on Friday.")
            .Line("Farmers were told they could move livestock back to the meadows."));
        var blocks = Reader.ReadOk("water.pdf", pdf).Blocks;
        Assert.Equal("River levels fall", blocks[0].Text);
        Assert.DoesNotContain(blocks, b => b.Text.Contains("Water Quarterly") || b.Text.Contains("waterquarterly"));
    }

    private static byte[] HeaderOverTitle(double bodySize) => PdfFixture.Build(p =>
    {
        p.NewPage().At("Inland Ports Review - Number 12", 72, 806, size: 9).At("Canal Traffic Recovers After Lock Repairs", 72, 770, size: 16);
        for (var i = 0; i < Left.Length; i++)
        {
            p.At(Left[i], 72, 730 - i * 14, size: bodySize);
            p.At(Right[i], 320, 730 - i * 14, size: bodySize);
        }
    });

    [Theory]
    [InlineData(10)]
    [InlineData(9)]
    [InlineData(8.5)]
    public void The_title_is_the_largest_type_at_the_top_of_page_one_not_a_line_above_it(double bodySize)
    {
        var blocks = Reader.ReadOk("ports.pdf", HeaderOverTitle(bodySize)).Blocks;

        Assert.Equal((BlockKind.Heading, 1, "Canal Traffic Recovers After Lock Repairs"), (blocks[0].Kind, blocks[0].Level, blocks[0].Text));
        Assert.DoesNotContain(blocks.Skip(1), b => b.Kind == BlockKind.Heading);
        Assert.Contains(blocks, b => b.Text.StartsWith("The council met on Monday", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_above_the_title_in_the_top_margin_is_a_running_header_not_paragraph_one()
    {
        var blocks = Reader.ReadOk("ports.pdf", HeaderOverTitle(9)).Blocks;
        Assert.DoesNotContain(blocks, b => b.Text.Contains("Inland Ports", StringComparison.Ordinal));
        Assert.StartsWith("The council met on Monday", blocks[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_above_the_title_in_the_top_margin_is_kept_as_the_date()
    {
        var pdf = PdfFixture.Build(p => p.NewPage().At("12 March 2026", 72, 806, size: 9).At("Canal Traffic Recovers After Lock Repairs", 72, 770, size: 16)
            .At("The council met on Monday to discuss the harbour budget for the coming year.", 72, 730, size: 9));
        Assert.Equal("2026-03-12", Reader.ReadOk("ports.pdf", pdf).Metadata.Published);
    }

    [Fact]
    public void A_title_under_a_long_first_paragraph_is_not_moved_before_it()
    {
        var pdf = PdfFixture.Build(p => p.NewPage()
            .Line("The canal authority published its yearly figures on Thursday, and traffic was up by a fifth.")
            .Gap().Line("Lock Repairs", size: 16).Gap()
            .Line("Three locks were closed for repairs in the winter."));

        Assert.StartsWith("The canal authority", Reader.ReadOk("canal.pdf", pdf).Blocks[0].Text);
    }
}
