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
        Assert.Equal(["  books/atlas.pdf: writing brief.pdf (22s so far)"], slow.Due(At(22)));
        slow.Report(new("books/atlas.pdf", ConversionStage.Writing) { Output = "csv" }, At(23));
        Assert.Equal("atlas.pdf: writing the CSV files", slow.Oldest(At(23)));
    }

    [Fact]
    public void A_count_of_one_takes_the_singular()
    {
        var slow = new SlowDocuments();
        slow.Report(new("notes/memo.pdf", ConversionStage.Reading) { Pages = 1 }, At(0));
        Assert.Equal(["  notes/memo.pdf: reading, 0 of 1 page (6s so far)"], slow.Due(At(6)));
        Assert.Equal("reading 0/1 page", slow.OldestStage(At(6))!.Brief);
        slow.Report(new("notes/memo.pdf", ConversionStage.Analyzing) { Paragraphs = 1 }, At(7));
        Assert.Equal(["  notes/memo.pdf: analysing, 0 of 1 paragraph (8s so far)"], slow.Due(At(8)));
    }

    [Fact]
    public void A_PDF_being_read_counts_its_pages()
    {
        var slow = new SlowDocuments();
        slow.Report(new("books/atlas.pdf", ConversionStage.Reading), At(0));
        slow.Report(new("books/atlas.pdf", ConversionStage.Reading) { Pages = 2919, PagesDone = 1200 }, At(5));

        Assert.Equal(["  books/atlas.pdf: reading, 1,200 of 2,919 pages (6s so far)"], slow.Due(At(6)));
        Assert.Equal("reading 1,200/2,919 pages", slow.OldestStage(At(6))!.Brief);
    }

    [Fact]
    public void The_brief_shows_its_pages_as_they_are_counted_then_drawn_and_its_share_moves_as_they_are_drawn()
    {
        var slow = new SlowDocuments();
        var brief = new ConversionProgress("books/long.docx", ConversionStage.Writing) { Output = "pdf" };
        slow.Report(new("books/long.docx", ConversionStage.Loading), At(0));
        slow.Report(brief, At(10));
        var begun = slow.RunningShare();
        slow.Report(brief with { PagesDone = 40 }, At(11));

        Assert.Equal(["  books/long.docx: writing brief.pdf, counting its pages: 40 (12s so far)"], slow.Due(At(12)));
        Assert.Equal("brief.pdf counting 40", slow.OldestStage(At(12))!.Brief);
        Assert.Equal(begun, slow.RunningShare());

        slow.Report(brief with { PagesDone = 40, Pages = 120 }, At(20));
        var third = slow.RunningShare();
        // a log line at most every ten seconds while the stage stays the same
        Assert.Empty(slow.Due(At(21)));
        Assert.Equal(["  books/long.docx: writing brief.pdf, page 40 of 120 (22s so far)"], slow.Due(At(22)));
        Assert.Equal("brief.pdf 40/120", slow.OldestStage(At(21))!.Brief);
        slow.Report(brief with { PagesDone = 120, Pages = 120 }, At(30));
        var drawn = slow.RunningShare();
        slow.Report(new("books/long.docx", ConversionStage.Writing) { Output = "xlsx" }, At(31));

        Assert.True(begun < third && third < drawn && drawn <= slow.RunningShare(), $"{begun}, {third}, {drawn}, {slow.RunningShare()}");
        // the brief's pages are not a PDF's pages read: the document keeps the weights of a document without pages
        var unpaged = new SlowDocuments();
        unpaged.Report(new("books/long.docx", ConversionStage.Writing) { Output = "xlsx" }, At(0));
        Assert.Equal(unpaged.RunningShare(), slow.RunningShare());
    }

    [Fact]
    public void With_no_delay_a_document_s_stage_shows_from_its_first_report()
    {
        var slow = new SlowDocuments(TimeSpan.Zero);
        slow.Report(new("notes.md", ConversionStage.Reading), At(0));

        Assert.Equal("notes.md: reading", slow.Oldest(At(0)));
    }

    // A document's reports from its loading to its last output, as a DOCX's or a PDF's conversion makes them.
    private static IEnumerable<ConversionProgress> Conversion(string input, int pages)
    {
        yield return new(input, ConversionStage.Loading);
        yield return new(input, ConversionStage.Reading);
        for (var page = 1; page <= pages; page++) yield return new(input, ConversionStage.Reading) { Pages = pages, PagesDone = page };
        yield return new(input, ConversionStage.Structuring);
        foreach (var step in new[] { AnalysisStep.ClaimsAndAttributions, AnalysisStep.Sources })
            for (var done = 0; done <= 400; done += 100)
                yield return new(input, ConversionStage.Analyzing) { Paragraphs = 400, ParagraphsDone = done, Step = step };
        yield return new(input, ConversionStage.Validating);
        yield return new(input, ConversionStage.Done);
        foreach (var output in new[] { "pdf", "xlsx", "json" }) yield return new(input, ConversionStage.Writing) { Output = output };
    }

    [Theory]
    [InlineData("report.docx", 0)]
    [InlineData("book.pdf", 5)]
    public void A_running_documents_share_of_its_work_rises_with_each_report_and_stays_short_of_whole(string input, int pages)
    {
        var slow = new SlowDocuments();
        var shares = new List<double>();
        foreach (var report in Conversion(input, pages))
        {
            slow.Report(report, At(0));
            shares.Add(slow.RunningShare());
        }

        Assert.Equal(0, shares[0]);
        Assert.All(shares.Zip(shares.Skip(1)), pair => Assert.True(pair.Second >= pair.First, $"{pair.First} then {pair.Second}"));
        // the analysis is most of the work: halfway through its first step is past a fifth, its end past a half
        var analysing = Conversion(input, pages).Select((r, i) => (r, i)).Where(p => p.r.Stage == ConversionStage.Analyzing).Select(p => shares[p.i]).ToList();
        Assert.InRange(analysing[2], 0.2, 0.6);
        Assert.InRange(analysing[^1], 0.55, 0.9);
        Assert.InRange(shares[^1], 0.8, 0.99);
        slow.Finished(input);
        Assert.Equal(0, slow.RunningShare());
    }

    [Fact]
    public void A_PDF_s_pages_move_its_share_while_it_is_read()
    {
        var slow = new SlowDocuments();
        slow.Report(new("book.pdf", ConversionStage.Reading) { Pages = 2000, PagesDone = 500 }, At(0));
        var quarter = slow.RunningShare();
        slow.Report(new("book.pdf", ConversionStage.Reading) { Pages = 2000, PagesDone = 1500 }, At(1));

        Assert.True(quarter > 0.02, $"{quarter}");
        Assert.Equal(3 * quarter, slow.RunningShare(), 6);
        // two documents' shares add up
        slow.Report(new("other.docx", ConversionStage.Validating), At(1));
        Assert.True(slow.RunningShare() > 3 * quarter + 0.5);
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
