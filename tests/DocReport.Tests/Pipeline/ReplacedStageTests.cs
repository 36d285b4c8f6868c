using System.Text;
using DocReport.Analysis;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Reading;
using DocReport.Structure;

namespace DocReport.Tests.Pipeline;

/// <summary>Every stage is replaceable in the builder (DESIGN.md): a stage given to it is the one the pipeline runs.</summary>
public class ReplacedStageTests
{
    private const string FerryArticle = """
        Harbour Ferry Keeps Its Winter Timetable

        The harbour ferry will keep its winter timetable until April, the port office said on Monday. Boats leave every forty minutes.
        """;

    [Fact]
    public void The_reader_structure_and_analyzer_given_to_the_builder_are_the_ones_that_run()
    {
        var structure = new CountingStructure(new ArticleBuilder());
        using var defaultAnalyzer = new ArticleAnalyzer(new PipelineOptions());
        var analyzer = new CountingAnalyzer(defaultAnalyzer);
        using var pipeline = new PipelineBuilder().UseReader(new FixedArticleReader()).UseStructure(structure).UseAnalyzer(analyzer).Build();

        var result = pipeline.Convert(new SourceFile("notes.txt", Encoding.UTF8.GetBytes("A shopping list the replaced reader never reads.")));

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("winter timetable until April", result.Dataset!.Text);
        Assert.DoesNotContain("shopping list", result.Dataset.Text);
        Assert.Equal(1, structure.Calls);
        Assert.Equal(1, analyzer.Calls);
    }

    // Reads one fixed article whatever the file holds.
    private sealed class FixedArticleReader : IDocumentReader
    {
        public StageResult<RawDocument> Read(SourceFile file) =>
            new FormatDetectingReader().Read(new SourceFile(file.Path, Encoding.UTF8.GetBytes(FerryArticle)));
    }

    private sealed class CountingStructure(IStructureBuilder inner) : IStructureBuilder
    {
        public int Calls { get; private set; }

        public StageResult<Article> Build(RawDocument document)
        {
            Calls++;
            return inner.Build(document);
        }
    }

    private sealed class CountingAnalyzer(IArticleAnalyzer inner) : IArticleAnalyzer
    {
        public int Calls { get; private set; }

        public ArticleDataset Analyze(Article article)
        {
            Calls++;
            return inner.Analyze(article);
        }
    }
}
