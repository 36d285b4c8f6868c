using DocReport.Batch;
using DocReport.Pipeline;
using DocReport.Tests.Output;
using DocReport.Tests.Reading;

namespace DocReport.Tests.Pipeline;

/// <summary>
/// A long document is seen to move: its stages come in order, the analysis tells how far through the paragraphs it is,
/// each output is told as it is written, and cancelling in the middle of the analysis stops it there.
/// </summary>
public class StageProgressTests
{
    private static readonly string[] People = ["Mara Quill", "Tobias Fenn", "Ines Harrow", "Colm Reddy", "Petra Vance", "Oskar Lindqvist"];

    // A made-up report of many paragraphs, each with a named speaker, so that sources are resolved all through it.
    private static string LongArticle(int paragraphs) =>
        "Harbour Board Publishes Its Review of the Winter Storms\n\n" + string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(n =>
            $"The sea wall at pier {n + 1} lost {n + 14} metres of railing in the storms, {People[n % People.Length]} said on Tuesday. " +
            $"Repairs at that pier will cost about {n + 2}00,000 pounds, according to the board's engineers."));

    /// <summary>Keeps every report on the reporting thread, in order.</summary>
    private sealed class Recorder(Action<ConversionProgress>? onReport = null) : IProgress<ConversionProgress>
    {
        public List<ConversionProgress> Reports { get; } = [];

        public void Report(ConversionProgress value)
        {
            lock (Reports) Reports.Add(value);
            onReport?.Invoke(value);
        }
    }

    private static List<ConversionStage> StagesOf(IEnumerable<ConversionProgress> reports)
    {
        var stages = new List<ConversionStage>();
        foreach (var report in reports)
            if (stages.Count == 0 || stages[^1] != report.Stage) stages.Add(report.Stage);
        return stages;
    }

    [Fact]
    public void The_stages_come_in_order_and_the_analysis_counts_its_paragraphs_up()
    {
        var pipeline = new PipelineBuilder().Build();
        var progress = new Recorder();

        var result = pipeline.Convert(new SourceFile("storms.txt", System.Text.Encoding.UTF8.GetBytes(LongArticle(40))), progress);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([ConversionStage.Reading, ConversionStage.Structuring, ConversionStage.Analyzing, ConversionStage.Validating, ConversionStage.Done],
            StagesOf(progress.Reports));
        var analysing = progress.Reports.Where(r => r.Stage == ConversionStage.Analyzing).ToList();
        var paragraphs = result.Dataset!.Paragraphs.Count;
        Assert.All(analysing, r => Assert.Equal(paragraphs, r.Paragraphs));
        Assert.Equal((0, AnalysisStep.ClaimsAndAttributions), (analysing[0].ParagraphsDone, analysing[0].Step));
        // each step counts its paragraphs up from where it begins, the claims and attributions first, then the sources
        Assert.Equal([AnalysisStep.ClaimsAndAttributions, AnalysisStep.Sources], analysing.Select(r => r.Step!.Value).Distinct());
        foreach (var step in new[] { AnalysisStep.ClaimsAndAttributions, AnalysisStep.Sources })
        {
            var counts = analysing.Where(r => r.Step == step).Select(r => r.ParagraphsDone).ToList();
            Assert.True(counts.Count > 10, $"{step}: {counts.Count} reports");
            Assert.True(counts.Zip(counts.Skip(1)).All(p => p.First < p.Second), $"{step}: {string.Join(", ", counts)}");
            Assert.InRange(counts[^1], paragraphs * 9 / 10, paragraphs);
        }
        Assert.All(progress.Reports.Where(r => r.Stage != ConversionStage.Analyzing), r => Assert.Equal((0, null), (r.Paragraphs, r.Step)));
    }

    [Fact]
    public void A_PDF_tells_its_pages_as_they_are_read_and_other_formats_none()
    {
        var pdf = PdfFixture.Build(fixture =>
        {
            for (var page = 0; page < 7; page++)
                fixture.NewPage().Line($"The ferry to the outer island ran {page + 2} crossings on day {page + 1}, the harbour office said.")
                    .Line("Crews loaded the vans before dawn and the last boat left at nine.");
        });
        var progress = new Recorder();

        var result = new PipelineBuilder().Build().Convert(new SourceFile("ferries.pdf", pdf), progress);

        Assert.True(result.Succeeded, result.Error);
        var reading = progress.Reports.Where(r => r.Stage == ConversionStage.Reading).ToList();
        Assert.Equal(0, reading[0].Pages);
        // after the stage's first report, a report per page (each a further hundredth of seven), counting up to the last
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], reading.Skip(1).Select(r => r.PagesDone));
        Assert.All(reading.Skip(1), r => Assert.Equal(7, r.Pages));
        Assert.All(progress.Reports.Where(r => r.Stage != ConversionStage.Reading), r => Assert.Equal((0, 0), (r.Pages, r.PagesDone)));

        var text = new Recorder();
        new PipelineBuilder().Build().Convert(new SourceFile("storms.txt", System.Text.Encoding.UTF8.GetBytes(LongArticle(3))), text);
        Assert.All(text.Reports, r => Assert.Equal(0, r.Pages));
    }

    [Fact]
    public void Each_output_is_told_as_it_is_written_the_brief_first()
    {
        using var folder = new TempFolder();
        var pipeline = new PipelineBuilder().Build();
        var dataset = pipeline.Convert(new SourceFile("storms.txt", System.Text.Encoding.UTF8.GetBytes(LongArticle(3)))).Dataset!;
        var progress = new Recorder();

        pipeline.Write(dataset, folder.Path, ["json", "pdf", "csv"], progress);

        Assert.All(progress.Reports, r => Assert.Equal((ConversionStage.Writing, "storms.txt"), (r.Stage, r.Input)));
        var brief = progress.Reports.TakeWhile(r => r.Output == "pdf").ToList();
        Assert.True(brief.Count > 1, $"{brief.Count} brief reports");
        Assert.Equal(["csv", "json"], progress.Reports.Skip(brief.Count).Select(r => r.Output!).Order());
    }

    [Fact]
    public void The_brief_tells_its_pages_as_it_counts_them_and_again_as_it_draws_them()
    {
        using var folder = new TempFolder();
        var pipeline = new PipelineBuilder().Build();
        var dataset = pipeline.Convert(new SourceFile("storms.txt", System.Text.Encoding.UTF8.GetBytes(LongArticle(60)))).Dataset!;
        var progress = new Recorder();

        pipeline.Write(dataset, folder.Path, ["pdf"], progress);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(folder.File("brief.pdf"));
        var pages = pdf.NumberOfPages;
        Assert.True(pages > 2, $"{pages} pages");
        // the output's first report, then each page counted (of no total yet), then each page drawn of the total
        var counted = Enumerable.Range(1, pages).Select(p => (p, 0));
        var drawn = Enumerable.Range(1, pages).Select(p => (p, pages));
        Assert.Equal([(0, 0), .. counted, .. drawn], progress.Reports.Select(r => (r.PagesDone, r.Pages)));
    }

    [Fact]
    public void A_batch_tells_each_documents_stages_from_loading_to_its_outputs()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("storms.txt"), LongArticle(4));
        var runner = new BatchRunner(new PipelineBuilder().Build(), new BatchOptions { Formats = ["json", "csv"], Jobs = 1 });
        var progress = new Recorder();

        runner.Run(BatchPlan.Create([folder.File("storms.txt")], folder.File("out")), null, progress);

        Assert.All(progress.Reports, r => Assert.Equal(folder.File("storms.txt"), r.Input));
        Assert.Equal([ConversionStage.Loading, ConversionStage.Reading, ConversionStage.Structuring, ConversionStage.Analyzing,
            ConversionStage.Validating, ConversionStage.Done, ConversionStage.Writing], StagesOf(progress.Reports));
        Assert.Equal(["csv", "json"], progress.Reports.Where(r => r.Stage == ConversionStage.Writing).Select(r => r.Output!).Order());
    }

    [Fact]
    public void Cancelling_in_the_middle_of_the_analysis_stops_it_there()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new Recorder(p => { if (p.ParagraphsDone > 0) cancel.Cancel(); });

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new PipelineBuilder().Build().Convert(new SourceFile("storms.txt", System.Text.Encoding.UTF8.GetBytes(LongArticle(40))), progress, cancel.Token));

        Assert.Equal(ConversionStage.Analyzing, progress.Reports[^1].Stage);
        Assert.Single(progress.Reports, r => r.ParagraphsDone > 0);
    }

    [Fact]
    public void A_batch_cancelled_in_the_middle_of_a_documents_analysis_leaves_it_unwritten()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("storms.txt"), LongArticle(40));
        using var cancel = new CancellationTokenSource();
        var runner = new BatchRunner(new PipelineBuilder().Build(), new BatchOptions { Formats = ["json"], Jobs = 1 });
        var progress = new Recorder(p => { if (p.ParagraphsDone > 0) cancel.Cancel(); });

        Assert.ThrowsAny<OperationCanceledException>(() =>
            runner.Run(BatchPlan.Create([folder.File("storms.txt")], folder.File("out")), null, progress, cancel.Token));

        Assert.DoesNotContain(progress.Reports, r => r.Stage == ConversionStage.Validating);
        Assert.False(Directory.Exists(Path.Combine(folder.File("out"), "storms")));
    }
}
