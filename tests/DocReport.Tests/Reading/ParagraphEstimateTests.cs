using System.Text;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Reading;

namespace DocReport.Tests.Reading;

/// <summary>Text and Markdown far over the paragraph limit are refused before they are read into blocks.</summary>
public class ParagraphEstimateTests
{
    private static string Note(int paragraphs, string newline = "\n") =>
        string.Concat(Enumerable.Range(1, paragraphs).Select(i => $"Lock {i} on the canal was repaired in spring, the trust said.{newline}{newline}"));

    [Theory]
    [InlineData("note.txt")]
    [InlineData("note.md")]
    public void A_document_of_too_many_paragraphs_is_refused_without_being_read_into_blocks(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(Note(20_000));
        var reader = new FormatDetectingReader(new PipelineOptions { MaxParagraphs = 10_000 });

        var (result, allocated) = ResourceLimitTests.Allocating(() => reader.Read(new SourceFile(name, bytes)));

        Assert.False(result.Succeeded);
        Assert.Contains("has 20,000 paragraphs, over the limit of 10,000", result.Error);
        Assert.True(allocated < 4 * bytes.Length, $"{allocated:N0} bytes allocated to refuse a document of {bytes.Length:N0}");
    }

    [Fact]
    public void Plain_text_is_counted_as_the_reader_splits_it_whatever_its_line_endings()
    {
        var text = "\r\n \r\n" + Note(30, "\r\n") + "Two lines\nof one paragraph.\n\u00A0\n\fLast one.";

        var read = new FormatDetectingReader().Read(new SourceFile("note.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(read.Value!.Blocks.Count, ParagraphEstimate.AtLeast(text, markdown: false));
        Assert.Equal(32, ParagraphEstimate.AtLeast(text, markdown: false));
    }

    [Fact]
    public void Markdown_code_with_blank_lines_counts_once_and_is_not_refused()
    {
        var code = string.Concat(Enumerable.Range(1, 150).Select(i => $"level_{i} = read()\n\n"));
        var markdown = "# Canal log\n\n```python\n" + code + "```\n\n" + "    indented = 1\n\n    indented = 2\n\n" + Note(20);

        var read = new FormatDetectingReader(new PipelineOptions { MaxParagraphs = 100 }).Read(new SourceFile("log.md", Encoding.UTF8.GetBytes(markdown)));

        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(22, ParagraphEstimate.AtLeast(markdown, markdown: true));
        Assert.True(ParagraphEstimate.AtLeast(markdown, markdown: true) <= read.Value!.Blocks.Count);
    }
}
