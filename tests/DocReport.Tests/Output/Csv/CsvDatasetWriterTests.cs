using System.Text;
using DocReport.Model;
using DocReport.Output.Csv;

namespace DocReport.Tests.Output.Csv;

public sealed class CsvDatasetWriterTests
{
    private static readonly string[] Files = ["attributions.csv", "claims.csv", "paragraphs.csv", "sentences.csv", "sources.csv", "validation.csv"];

    private static Dictionary<string, byte[]> WriteAll(ArticleDataset dataset)
    {
        using var folder = new TempFolder();
        new CsvDatasetWriter().Write(dataset, folder.Path);
        Assert.Equal(Files, folder.FileNames());
        return Files.ToDictionary(f => f, f => File.ReadAllBytes(folder.File(f)));
    }

    private static List<string[]> Rows(Dictionary<string, byte[]> files, string name)
    {
        var bytes = files[name];
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Rfc4180.Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public void Every_file_parses_as_rfc4180_with_one_row_per_record_and_a_header()
    {
        var dataset = SampleDataset.Create();
        var files = WriteAll(dataset);

        Assert.Equal(dataset.Paragraphs.Count + 1, Rows(files, "paragraphs.csv").Count);
        Assert.Equal(dataset.Paragraphs.Sum(p => p.Sentences.Count) + 1, Rows(files, "sentences.csv").Count);
        Assert.Equal(dataset.Claims.Count + 1, Rows(files, "claims.csv").Count);
        Assert.Equal(dataset.Attributions.Count + 1, Rows(files, "attributions.csv").Count);
        Assert.Equal(dataset.Sources.Count + 1, Rows(files, "sources.csv").Count);
        Assert.Equal(["severity", "code", "message", "location"], Rows(files, "validation.csv")[0]);
    }

    [Fact]
    public void Sentence_text_and_offsets_read_back_exactly()
    {
        var dataset = SampleDataset.Create();
        var rows = Rows(WriteAll(dataset), "sentences.csv");
        var header = rows[0].ToList();

        var expected = dataset.Paragraphs.SelectMany(p => p.Sentences).ToList();
        Assert.Equal(expected.Select(s => "=+-@\t\r".Contains(s.Text[0]) ? "'" + s.Text : s.Text), rows.Skip(1).Select(r => r[header.IndexOf("text")]));
        Assert.Equal(expected.Select(s => s.Start.ToString()), rows.Skip(1).Select(r => r[header.IndexOf("start")]));
        Assert.Contains(rows, r => r[header.IndexOf("text")] == "'=1+2 is not a formula.");
        Assert.Contains(rows, r => r[header.IndexOf("text")].Contains('\u0001'));
        Assert.Contains(rows, r => r[header.IndexOf("text")].Length == SampleDataset.LongParagraphLength);
    }

    [Fact]
    public void Lists_are_joined_with_semicolons_and_scores_have_four_decimals()
    {
        var rows = Rows(WriteAll(SampleDataset.Create()), "claims.csv");
        var header = rows[0].ToList();

        Assert.Equal("statistic; attribution", rows[1][header.IndexOf("types")]);
        Assert.Equal("0.8765", rows[1][header.IndexOf("score")]);
        Assert.Equal("UK Ministry of Defence; @user", rows[2][header.IndexOf("sourceNames")]);
        Assert.Equal("S1; S2", rows[2][header.IndexOf("sourceIds")]);
        Assert.Equal("number: over 220", rows[1][header.IndexOf("evidence")]);
    }

    [Fact]
    public void Writing_twice_gives_identical_bytes()
    {
        var first = WriteAll(SampleDataset.Create());
        var second = WriteAll(SampleDataset.Create());

        foreach (var file in Files)
            Assert.Equal(first[file], second[file]);
    }

    [Fact]
    public void An_empty_table_is_a_header_row_alone()
    {
        var rows = Rows(WriteAll(SampleDataset.Create() with { Validation = [] }), "validation.csv");

        Assert.Single(rows);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+1 555 0100 called the office.")]
    [InlineData("-5% was the fall in sales.")]
    [InlineData("@SUM(A1:A9) is a formula in some programs.")]
    [InlineData("\tindented by a tab")]
    [InlineData("\rled by a carriage return")]
    public void Text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(string text)
    {
        var dataset = SampleDataset.Create();
        var first = dataset.Paragraphs[0];
        var paragraphs = dataset.Paragraphs.Skip(1).Prepend(first with { Text = text }).ToList();

        var rows = Rows(WriteAll(dataset with { Paragraphs = paragraphs }), "paragraphs.csv");

        Assert.Equal("'" + text, rows[1][rows[0].ToList().IndexOf("text")]);
    }

    [Fact]
    public void Numbers_and_text_that_only_contains_formula_characters_are_written_as_they_are()
    {
        var rows = Rows(WriteAll(SampleDataset.Create()), "sentences.csv");
        var header = rows[0].ToList();

        Assert.All(rows.Skip(1), r => Assert.Matches("^[0-9]+$", r[header.IndexOf("start")]));
        Assert.Contains(rows, r => r[header.IndexOf("text")] == "Neither is =SUM(A1:A9).");
    }

    [Fact]
    public void Quotes_are_doubled_inside_a_quoted_field_and_a_long_field_reads_back_whole()
    {
        var dataset = SampleDataset.Create();
        // made up: a quotation with a comma, a formula-like cell holding quotes, and a cell of several writer buffers
        var quoted = "The clerk said \"we close at noon\", then left.";
        var formula = "=\"a\"&\"b\"";
        var longText = string.Concat(Enumerable.Repeat("A \"quoted\" word, then more text. ", 2_000));
        var texts = new[] { quoted, formula, longText };
        var paragraphs = dataset.Paragraphs.Select((p, i) => i < texts.Length ? p with { Text = texts[i] } : p).ToList();

        var files = WriteAll(dataset with { Paragraphs = paragraphs });
        var raw = Encoding.UTF8.GetString(files["paragraphs.csv"]);
        var rows = Rows(files, "paragraphs.csv");
        var text = rows[0].ToList().IndexOf("text");

        Assert.Contains(",\"The clerk said \"\"we close at noon\"\", then left.\",", raw);
        Assert.Contains(",\"'=\"\"a\"\"&\"\"b\"\"\",", raw);
        Assert.Equal([quoted, "'" + formula, longText], rows.Skip(1).Take(3).Select(r => r[text]));
        Assert.EndsWith("\r\n", raw);
    }
}
