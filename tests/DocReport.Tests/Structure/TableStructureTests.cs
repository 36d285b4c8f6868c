using DocReport.Model;
using DocReport.Output.Json;
using DocReport.Structure;

namespace DocReport.Tests.Structure;

/// <summary>A table read from Markdown stays one table paragraph through Structure and into dataset.json.</summary>
public class TableStructureTests
{
    private const string Markdown = """
        # Rail budget

        The operator published its spending for the year on Tuesday, line by line.

        | Line  | Spent (m)  | Change |
        |-------|-----------:|--------|
        | North |   4.5      | +12%   |
        | Coast | [2.1](https://rail.example.org/coast) | -3% |

        - New drainage on the embankment
        - Two bridges repaired
        """;

    private static Article Build()
    {
        var raw = Tests.Reading.Reader.ReadOk("budget.md", Markdown);
        return new ArticleBuilder().Build(raw).Value!;
    }

    [Fact]
    public void The_table_is_one_paragraph_with_a_row_per_line_and_a_sentence_per_row()
    {
        var table = Assert.Single(Build().Paragraphs, p => p.Kind == BlockKind.Table);
        Assert.Equal("Line\tSpent (m)\tChange\nNorth\t4.5\t+12%\nCoast\t2.1\t-3%", table.Text);
        Assert.Equal(["Line\tSpent (m)\tChange", "North\t4.5\t+12%", "Coast\t2.1\t-3%"], table.Sentences.Select(s => s.Text));
        var link = Assert.Single(table.Links);
        Assert.Equal("2.1", Build().Text[link.Start..link.End]);
    }

    [Fact]
    public void A_pipe_escaped_inside_code_in_a_cell_reads_as_a_pipe_in_dataset_json()
    {
        const string options = """
            # Tool options

            The tool takes these options.

            | Option | Meaning | Example |
            | --- | --- | --- |
            | `--format` | formats, split by `\|` | `json\|csv` |
            | `-o` | output folder | `out` |

            A regex such as `a\|b` in prose keeps what was written.
            """;
        var dataset = Tests.Output.JsonRoundTrip.Convert("options.md", System.Text.Encoding.UTF8.GetBytes(options));

        var table = Assert.Single(dataset.Paragraphs, p => p.Kind == BlockKind.Table);
        Assert.Equal("--format\tformats, split by |\tjson|csv", table.Text.Split('\n')[1]);
        Assert.Contains(dataset.Paragraphs, p => p.Text == "A regex such as a\\|b in prose keeps what was written.");
    }

    [Fact]
    public void List_items_stay_list_items_one_paragraph_each()
    {
        var items = Build().Paragraphs.Where(p => p.Kind == BlockKind.ListItem).Select(p => p.Text);
        Assert.Equal(["New drainage on the embankment", "Two bridges repaired"], items);
    }

    [Fact]
    public void Dataset_json_keeps_the_table_kind_and_text_and_reads_back()
    {
        var dataset = ArticleDataset.From(Build());
        using var stream = new MemoryStream();
        new JsonDatasetWriter().Write(dataset, stream);
        Assert.Contains("\"kind\": \"table\"", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        stream.Position = 0;
        var back = JsonDatasetReader.Read(stream).Value!;
        Assert.Equal(dataset.Paragraphs.Single(p => p.Kind == BlockKind.Table).Text, back.Paragraphs.Single(p => p.Kind == BlockKind.Table).Text);
    }
}
