using System.Text;
using System.Text.Json;
using DocReport.Model;
using DocReport.Output.Json;
using Json.Schema;

namespace DocReport.Tests.Output.Json;

public sealed class JsonDatasetWriterTests
{
    // Built once: JsonSchema.Net registers a schema under its $id and refuses to register it again.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryFile.Path("schemas/dataset.schema.json"))));

    private static byte[] WriteToBytes(ArticleDataset dataset)
    {
        using var folder = new TempFolder();
        new JsonDatasetWriter().Write(dataset, folder.Path);
        Assert.Equal(["dataset.json"], folder.FileNames());
        return File.ReadAllBytes(folder.File("dataset.json"));
    }

    [Fact]
    public void Writing_the_same_dataset_twice_gives_identical_bytes_in_utf8_without_bom()
    {
        var first = WriteToBytes(SampleDataset.Create());
        var second = WriteToBytes(SampleDataset.Create());
        Assert.Equal(first, second);
        Assert.NotEqual(0xEF, first[0]);
        Assert.DoesNotContain((byte)'\r', first);
    }

    [Fact]
    public void Reading_back_gives_the_same_dataset()
    {
        var original = SampleDataset.Create();
        var bytes = WriteToBytes(original);

        var read = JsonDatasetReader.Read(new MemoryStream(bytes));

        Assert.True(read.Succeeded, read.Error);
        var dataset = read.Value!;
        Assert.Equal(bytes, WriteToBytes(dataset));
        Assert.Equal(original.Text, dataset.Text);
        Assert.Equal(original.Document.Title, dataset.Document.Title);
        Assert.Equal(original.Paragraphs.Select(p => (p.Id, p.Kind, p.Start, p.End)), dataset.Paragraphs.Select(p => (p.Id, p.Kind, p.Start, p.End)));
        Assert.Equal([ClaimType.Statistic, ClaimType.Attribution], dataset.Claims[0].Types);
        Assert.Equal(0.8765, dataset.Claims[0].Score);
        Assert.Equal(SourceKind.Government, dataset.Sources[0].Kind);
        Assert.Equal("UK Ministry of Defence", dataset.Attributions[0].Source.Text);
        Assert.Equal(Severity.Warning, dataset.Validation[0].Severity);
    }

    [Fact]
    public void Offsets_slice_the_text_and_non_ascii_text_stays_readable()
    {
        var json = Encoding.UTF8.GetString(WriteToBytes(SampleDataset.Create()));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var text = root.GetProperty("text").GetString()!;

        Assert.Equal("utf16", root.GetProperty("offsetUnit").GetString());
        foreach (var paragraph in root.GetProperty("paragraphs").EnumerateArray())
            foreach (var sentence in paragraph.GetProperty("sentences").EnumerateArray())
                Assert.Equal(sentence.GetProperty("text").GetString(), text[sentence.GetProperty("start").GetInt32()..sentence.GetProperty("end").GetInt32()]);
        // System.Text.Json's encoders escape every character outside the BMP: the emoji is a valid \u escape pair.
        Assert.Contains("Η Ελλάδα και η Россия \\uD83D\\uDE42", json);
        Assert.Contains("\\u0001", json);
        Assert.Contains("\"kind\": \"list_item\"", json);
    }

    [Fact]
    public void Properties_come_in_the_documented_order()
    {
        using var document = JsonDocument.Parse(WriteToBytes(SampleDataset.Create()));
        Assert.Equal(["schemaVersion", "offsetUnit", "document", "text", "paragraphs", "claims", "attributions", "sources", "validation"],
            document.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void The_written_file_is_valid_against_the_schema_in_the_repository()
    {
        var schema = Schema.Value;
        using var document = JsonDocument.Parse(WriteToBytes(SampleDataset.Create()));

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_schema_rejects_a_file_missing_a_required_property()
    {
        var schema = Schema.Value;
        using var document = JsonDocument.Parse("""{"schemaVersion": 1, "offsetUnit": "utf16", "text": ""}""");

        Assert.False(schema.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void A_file_with_an_unknown_enum_value_is_a_failed_read_naming_the_field()
    {
        var json = Encoding.UTF8.GetString(WriteToBytes(SampleDataset.Create())).Replace("\"government\"", "\"ministry\"");

        var read = JsonDatasetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.False(read.Succeeded);
        Assert.Contains("sources[S1].kind", read.Error);
    }

    [Fact]
    public void A_truncated_file_is_a_failed_read_not_an_exception()
    {
        var bytes = WriteToBytes(SampleDataset.Create());

        var read = JsonDatasetReader.Read(new MemoryStream(bytes[..(bytes.Length / 2)]));

        Assert.False(read.Succeeded);
        Assert.StartsWith("not a valid dataset.json", read.Error);
    }

    // The writer passes the file on a record at a time and escapes the text 16,384 characters at a time: its bytes must be
    // those of the whole dataset serialized at once, with a pair, a lone surrogate or an escape at a segment's edge.
    [Theory]
    [InlineData("nothing", "")]
    [InlineData("a surrogate pair", "\uD83D\uDE42")]
    [InlineData("a lone high surrogate", "\uD800")]
    [InlineData("a lone low surrogate", "\uDC00")]
    [InlineData("escapes", "\"\n")]
    public void Written_a_record_at_a_time_the_bytes_are_those_of_the_dataset_serialized_whole(string edge, string atSegmentEdge)
    {
        var sample = SampleDataset.Create();
        var padding = new string('x', (1 << 14) - 1 - sample.Text.Length % (1 << 14));
        var many = Enumerable.Range(1, 400).Select(i => sample.Paragraphs[i % sample.Paragraphs.Count] with { Id = $"P{i}", Ordinal = i });
        var dataset = sample with { Text = sample.Text + padding + atSegmentEdge + sample.Text, Paragraphs = [.. many] };

        var whole = JsonSerializer.SerializeToUtf8Bytes(DatasetJsonMapper.ToDto(dataset), DatasetJsonContext.Configured.DatasetDto);

        Assert.True(whole.Length > 1 << 17, $"with {edge}, the file spans several chunks");
        Assert.Equal([.. whole, (byte)'\n'], WriteToBytes(dataset));
    }

    [Fact]
    public void A_short_text_written_in_one_piece_gives_the_bytes_of_the_dataset_serialized_whole()
    {
        var dataset = SampleDataset.Create() with { Text = "A \"short\" text\n\twith escapes \uD83D\uDE42 and \uD800." };

        var whole = JsonSerializer.SerializeToUtf8Bytes(DatasetJsonMapper.ToDto(dataset), DatasetJsonContext.Configured.DatasetDto);

        Assert.Equal([.. whole, (byte)'\n'], WriteToBytes(dataset));
    }

    [Fact]
    public void A_lone_surrogate_in_the_text_does_not_stop_the_write()
    {
        var dataset = SampleDataset.Create() with { Text = "broken \uD800 pair" };

        var read = JsonDatasetReader.Read(new MemoryStream(WriteToBytes(dataset)));

        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(dataset.Text.Length, read.Value!.Text.Length);
    }
}
