using DocReport.Cli.Convert;
using DocReport.Pipeline;

namespace DocReport.Cli.Tests.Convert;

/// <summary>
/// A log hears of a document's stages only once it has run longer than the delay, a line per new stage and, while the
/// analysis moves through its paragraphs, a line every few seconds; a document finished in time leaves no line.
/// </summary>
public class SlowDocumentsTests
{
    private static TimeSpan At(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_document_finished_before_the_delay_leaves_no_line()
    {
        var slow = new SlowDocuments();
        slow.Report(new("short.txt", ConversionStage.Loading), At(0));
        slow.Report(new("short.txt", ConversionStage.Analyzing) { Paragraphs = 4 }, At(1));
        Assert.Empty(slow.Due(At(2)));
        Assert.Null(slow.Oldest(At(2)));

        slow.Finished("short.txt");

        Assert.Empty(slow.Due(At(30)));
        Assert.Null(slow.Oldest(At(30)));
    }

    [Fact]
    public void Past_the_delay_each_new_stage_gets_a_line_and_the_analysis_a_line_every_ten_seconds_at_most()
    {
        var slow = new SlowDocuments();
        slow.Report(new("books/atlas.pdf", ConversionStage.Loading), At(0));
        slow.Report(new("books/atlas.pdf", ConversionStage.Reading), At(0.2));
        Assert.Empty(slow.Due(At(4)));

        Assert.Equal(["  books/atlas.pdf: reading (6s so far)"], slow.Due(At(6)));
        Assert.Empty(slow.Due(At(7)));
        slow.Report(new("books/atlas.pdf", ConversionStage.Analyzing) { Paragraphs = 2400 }, At(9));
        Assert.Equal(["  books/atlas.pdf: analysing, 0 of 2,400 paragraphs (10s so far)"], slow.Due(At(10)));
        slow.Report(new("books/atlas.pdf", ConversionStage.Analyzing) { Paragraphs = 2400, ParagraphsDone = 1200 }, At(12));
        Assert.Empty(slow.Due(At(13)));
        Assert.Equal(["  books/atlas.pdf: analysing, 1,200 of 2,400 paragraphs (20s so far)"], slow.Due(At(20)));
        Assert.Equal("atlas.pdf: analysing, 1,200 of 2,400 paragraphs", slow.Oldest(At(20)));
        slow.Report(new("books/atlas.pdf", ConversionStage.Writing) { Output = "pdf" }, At(21));
        Assert.Equal(["  books/atlas.pdf: writing pdf (22s so far)"], slow.Due(At(22)));
    }

    [Fact]
    public void The_analysis_names_its_step_and_a_new_step_gets_a_line_at_once()
    {
        var slow = new SlowDocuments();
        var analysing = new ConversionProgress("books/atlas.docx", ConversionStage.Analyzing) { Paragraphs = 3000, Step = AnalysisStep.ClaimsAndAttributions };
        slow.Report(analysing, At(0));
        Assert.Equal(["  books/atlas.docx: analysing: claims and attributions, 0 of 3,000 paragraphs (6s so far)"], slow.Due(At(6)));
        slow.Report(analysing with { ParagraphsDone = 1500 }, At(10));
        Assert.Empty(slow.Due(At(11)));
        Assert.Equal("atlas.docx: analysing: claims and attributions, 1,500 of 3,000 paragraphs", slow.Oldest(At(11)));
        Assert.Equal(["  books/atlas.docx: analysing: claims and attributions, 1,500 of 3,000 paragraphs (16s so far)"], slow.Due(At(16)));

        slow.Report(analysing with { ParagraphsDone = 200, Step = AnalysisStep.Sources }, At(17));

        Assert.Equal(["  books/atlas.docx: analysing: sources, 200 of 3,000 paragraphs (18s so far)"], slow.Due(At(18)));
        Assert.Equal("atlas.docx: analysing: sources, 200 of 3,000 paragraphs", slow.Oldest(At(18)));
    }

    [Fact]
    public void The_bar_shows_the_longest_running_of_the_slow_documents()
    {
        var slow = new SlowDocuments();
        slow.Report(new("first.docx", ConversionStage.Structuring), At(0));
        slow.Report(new("second.docx", ConversionStage.Reading), At(3));

        Assert.Equal("first.docx: structuring", slow.Oldest(At(6)));
        slow.Finished("first.docx");
        Assert.Null(slow.Oldest(At(7)));
        Assert.Equal("second.docx: reading", slow.Oldest(At(8)));
    }
}
