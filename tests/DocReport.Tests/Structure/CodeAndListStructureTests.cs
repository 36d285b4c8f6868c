using DocReport.Model;
using DocReport.Output.Json;
using DocReport.Structure;

namespace DocReport.Tests.Structure;

/// <summary>A code block stays verbatim and states nothing; a nested list item keeps its depth into dataset.json.</summary>
public class CodeAndListStructureTests
{
    private const string Markdown = """
        # Harbour sensor upgrade

        The port said on Friday that 12 tide sensors would report every minute from June.

        - Sensors on the east quay
          - Berth 4 sensor, installed in 2019
        - Sensors on the breakwater

        ```
        sensor.rate = 60   # seconds; the port said 600 was too slow
            restart --all
        ```
        """;

    private static Article Build() => new ArticleBuilder().Build(Tests.Reading.Reader.ReadOk("sensors.md", Markdown)).Value!;

    [Fact]
    public void A_code_block_keeps_its_lines_and_spaces_and_has_no_sentences()
    {
        var code = Assert.Single(Build().Paragraphs, p => p.Kind == BlockKind.Code);
        Assert.Equal("sensor.rate = 60   # seconds; the port said 600 was too slow\n    restart --all", code.Text);
        Assert.Empty(code.Sentences);
    }

    [Fact]
    public void No_claim_or_attribution_comes_from_code()
    {
        using var pipeline = new DocReport.Pipeline.PipelineBuilder().Build();
        var dataset = pipeline.Convert(new DocReport.Pipeline.SourceFile("sensors.md", System.Text.Encoding.UTF8.GetBytes(Markdown))).Dataset!;
        var code = dataset.Paragraphs.Single(p => p.Kind == BlockKind.Code);
        Assert.DoesNotContain(dataset.Claims, c => c.ParagraphId == code.Id);
        Assert.DoesNotContain(dataset.Attributions, a => a.Source.Start >= code.Start && a.Source.End <= code.End);
        Assert.Contains(dataset.Claims, c => c.Text.Contains("12 tide sensors", StringComparison.Ordinal));
    }

    [Fact]
    public void List_items_carry_their_depth_and_other_paragraphs_none()
    {
        var paragraphs = Build().Paragraphs;
        Assert.Equal([("Sensors on the east quay", 1), ("Berth 4 sensor, installed in 2019", 2), ("Sensors on the breakwater", 1)],
            paragraphs.Where(p => p.Kind == BlockKind.ListItem).Select(p => (p.Text, p.Level)));
        Assert.All(paragraphs.Where(p => p.Kind != BlockKind.ListItem), p => Assert.Equal(0, p.Level));
    }

    [Fact]
    public void Dataset_json_keeps_code_and_depth_and_reads_them_back()
    {
        var dataset = ArticleDataset.From(Build());
        using var stream = new MemoryStream();
        new JsonDatasetWriter().Write(dataset, stream);
        var json = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"kind\": \"code\"", json);
        Assert.Contains("\"level\": 2", json);
        stream.Position = 0;
        var back = JsonDatasetReader.Read(stream).Value!;
        Assert.Equal(dataset.Paragraphs.Select(p => (p.Kind, p.Level, p.Text)), back.Paragraphs.Select(p => (p.Kind, p.Level, p.Text)));
    }

    [Fact]
    public void A_version_3_file_without_levels_still_reads_with_depth_unknown()
    {
        var dataset = ArticleDataset.From(Build());
        using var stream = new MemoryStream();
        new JsonDatasetWriter().Write(dataset, stream);
        var old = System.Text.RegularExpressions.Regex.Replace(System.Text.Encoding.UTF8.GetString(stream.ToArray()), @",\s*""level"": \d+", "")
            .Replace("\"schemaVersion\": 4", "\"schemaVersion\": 3");
        var back = JsonDatasetReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(old))).Value!;
        Assert.Equal(dataset.Paragraphs.Select(p => p.Text), back.Paragraphs.Select(p => p.Text));
        Assert.All(back.Paragraphs, p => Assert.Equal(0, p.Level));
    }
}
