using System.Text;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Reading;
using DocReport.Reading.Html;

namespace DocReport.Tests.Reading;

/// <summary>Small files that would cost gigabytes or minutes are flattened or refused within the configured limits.</summary>
public class ResourceLimitTests
{
    private const string Sentence = "The council said the budget rose by 5 percent in 2023, the largest rise in a decade.";

    private static string Nested(int depth) =>
        "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div class=\"x\">", depth))
        + "<p>" + Sentence + "</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "<p>After the nest.</p></body></html>";

    [Fact]
    public void Markup_within_the_depth_limit_is_left_as_it_is()
    {
        var html = Nested(40);

        var (limited, flattened) = NestingLimiter.Limit(html, 256);

        Assert.False(flattened);
        Assert.Same(html, limited);
    }

    [Fact]
    public void Markup_past_the_depth_limit_loses_its_deepest_tags_but_none_of_its_text()
    {
        var (limited, flattened) = NestingLimiter.Limit(Nested(1000), 50);

        Assert.True(flattened);
        Assert.Equal(50, CountOf(limited, "<div"));
        Assert.Equal(50, CountOf(limited, "</div>"));
        Assert.Contains("<p>" + Sentence + "</p>", limited);
        Assert.Contains("<p>After the nest.</p>", limited);
    }

    [Fact]
    public void Tags_inside_scripts_comments_and_quoted_attributes_do_not_count()
    {
        var html = "<div title=\"a > b <div>\"><script>var s = '<div><div><div>';</script><!-- <div><div> --><span>x</span></div>";

        Assert.False(NestingLimiter.Limit(html, 2).Flattened);
    }

    [Fact]
    public void A_hundred_thousand_nested_divs_are_read_with_their_text()
    {
        var options = new PipelineOptions();
        var result = new PipelineBuilder().UseOptions(options).Build().Convert(new SourceFile("deep.html", Encoding.UTF8.GetBytes(Nested(100_000))));

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(Sentence, result.Dataset!.Text);
    }

    [Fact]
    public void A_page_of_more_elements_than_ten_times_the_paragraph_limit_is_refused_before_parsing()
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat("<p>a b.</p>", 2_000)) + "</article></body></html>";

        var result = new FormatDetectingReader(new PipelineOptions { MaxParagraphs = 100 }).Read(new SourceFile("tiny.html", Encoding.UTF8.GetBytes(html)));

        Assert.False(result.Succeeded);
        Assert.Contains("2,003 elements, over the limit of 1,000", result.Error);
    }

    private static string SideBySide(int count, string tag) =>
        "<html><head><title>Flat</title></head><body><article>"
        + string.Concat(Enumerable.Range(1, count).Select(i => $"<{tag}>The ferry left the north quay {i} minutes late, the harbour master said.</{tag}>\n"))
        + "</article></body></html>";

    [Fact]
    public void A_page_of_more_elements_side_by_side_than_the_paragraph_limit_is_refused_by_name()
    {
        var reader = new FormatDetectingReader(new PipelineOptions { MaxParagraphs = 100 });

        var refused = reader.Read(new SourceFile("flat.html", Encoding.UTF8.GetBytes(SideBySide(101, "div"))));
        var read = reader.Read(new SourceFile("flat.html", Encoding.UTF8.GetBytes(SideBySide(100, "div"))));

        Assert.False(refused.Succeeded);
        Assert.Contains("101 elements side by side in one <article>, over the limit of 100", refused.Error);
        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(100, read.Value!.Blocks.Count(b => b.Text.Contains("minutes late")));
    }

    [Fact]
    public void Paragraphs_side_by_side_are_counted_before_parsing_and_their_line_breaks_and_cells_are_not()
    {
        var html = "<html><body><div id=\"main\">" + string.Concat(Enumerable.Repeat("<p>The quay <br>reopened.<img src=\"q.png\"></p>", 120))
            + "</div><table>" + string.Concat(Enumerable.Repeat("<tr><td>1</td><td>2</td><td>3</td></tr>", 40)) + "</table></body></html>";

        Assert.Equal(("div", 120), NestingLimiter.MostSideBySide(html));
    }

    [Fact]
    public void A_page_of_too_many_paragraphs_side_by_side_is_refused_without_being_parsed()
    {
        // A parsed paragraph costs over a kilobyte; the page's own text (decoded, and its bytes) costs far less.
        var html = "<html><head><title>Flat</title></head><body>"
            + string.Concat(Enumerable.Range(1, 20_000).Select(i => $"<p>Ferry {i} left the north quay late, the harbour master said.\n"))
            + "</body></html>";
        var bytes = Encoding.UTF8.GetBytes(html);
        var reader = new FormatDetectingReader(new PipelineOptions { MaxParagraphs = 10_000 });

        var (result, allocated) = Allocating(() => reader.Read(new SourceFile("flat.html", bytes)));

        Assert.False(result.Succeeded);
        Assert.Contains("20,000 elements side by side in one <body>, over the limit of 10,000", result.Error);
        Assert.True(allocated < 4 * bytes.Length, $"{allocated:N0} bytes allocated to refuse a page of {bytes.Length:N0}");
    }

    [Fact]
    public void A_docx_that_expands_past_the_limit_is_refused_before_parsing()
    {
        var docx = DocxFixture.Build(d => d.Paragraph(new string('a', 3 * 1024 * 1024)));
        Assert.True(docx.Length < 100_000, "the fixture should compress well, as a bomb does");

        var result = new FormatDetectingReader(new PipelineOptions { MaxDocxExpandedBytes = 1024 * 1024 }).Read(new SourceFile("bomb.docx", docx));

        Assert.False(result.Succeeded);
        Assert.Contains("expands to more than 1 MiB", result.Error);
    }

    [Fact]
    public void A_docx_of_too_many_paragraphs_is_refused_before_the_sdk_parses_it()
    {
        var docx = DocxFixture.Build(d => { for (var i = 0; i < 20_000; i++) d.Paragraph($"Bridge {i} was painted green in May."); });

        var (result, allocated) = Allocating(() => new FormatDetectingReader(new PipelineOptions { MaxParagraphs = 10_000 }).Read(new SourceFile("long.docx", docx)));

        Assert.False(result.Succeeded);
        Assert.Contains("the DOCX document has 20,000 paragraphs, over the limit of 10,000", result.Error);
        Assert.True(allocated < 8_000_000, $"{allocated:N0} bytes allocated to refuse a DOCX of {docx.Length:N0}");
    }

    [Fact]
    public void Docx_paragraphs_are_counted_no_higher_than_the_reader_reads_them()
    {
        var docx = DocxFixture.Build(d => d.Paragraph("Bridges of the county.", "Heading1").Paragraph("   ").Paragraph("")
            .Table(["North", "South"], ["Painted", "Closed"]).TextBoxParagraph("See the box.", "Boxed one.", "Boxed two.").Bullet("Repaint in spring."));

        var read = new FormatDetectingReader().Read(new SourceFile("bridges.docx", docx));

        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(read.Value!.Blocks.Count, DocReport.Reading.Docx.ParagraphCount.AtLeast(docx));
    }

    [Fact]
    public void A_docx_within_the_limit_is_read()
    {
        var docx = DocxFixture.Build(d => d.Paragraph(Sentence));

        var result = new FormatDetectingReader(new PipelineOptions { MaxDocxExpandedBytes = 1024 * 1024 }).Read(new SourceFile("small.docx", docx));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(Sentence, Assert.Single(result.Value!.Blocks).Text);
    }

    /// <summary>What <paramref name="read"/> returns and how many bytes it allocated on this thread.</summary>
    internal static (T Result, long Allocated) Allocating<T>(Func<T> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = read();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
