using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Workbook;
using DocReport.Tests.Output.Brief;

namespace DocReport.Tests.Reading.Html;

/// <summary>
/// A <c>&lt;pre&gt;</c> on a saved page is one block kept verbatim: code (no sentences, no claims) when it holds a program,
/// commands or columns; prose when it is writing set in a fixed font. Inline <c>&lt;code&gt;</c> stays in its paragraph.
/// </summary>
public sealed class PreformattedBlockTests : IDisposable
{
    private readonly BriefFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Page(string pre) => $"""
        <!DOCTYPE html><html lang="en"><head><title>Ferry timetable service moves to a new server</title></head><body>
        <article><h1>Ferry timetable service moves to a new server</h1>
        <p>The harbour board said on Tuesday that its ferry timetable service had moved to a new server after 14 outages last winter.</p>
        <p>Developers who read the timetable can call <code>ferry.next()</code> as before, the board's engineer said in a statement.</p>
        {pre}
        <p>The board expects the old address to keep working until the end of March, when it will be switched off for good.</p>
        </article></body></html>
        """;

    private const string Program = """
        <pre><code class="language-python"><span class="k">for</span> ferry <span class="k">in</span> timetable.next(port=&quot;north&quot;):
            <span class="k">if</span> ferry.delay &gt; 10:
                print(ferry.name, &quot;is late&quot;)</code></pre>
        """;

    private static RawDocument Read(string pre) => Tests.Reading.Reader.ReadOk("ferry.html", Page(pre));

    [Fact]
    public void A_program_in_pre_is_one_code_block_with_its_lines_indentation_and_entities()
    {
        var code = Assert.Single(Read(Program).Blocks, b => b.Kind == BlockKind.Code);
        Assert.Equal("for ferry in timetable.next(port=\"north\"):\n    if ferry.delay > 10:\n        print(ferry.name, \"is late\")", code.Text);
    }

    [Fact]
    public void Lines_and_a_blank_line_made_with_br_stay_lines_of_the_block()
    {
        var code = Assert.Single(Read("<pre><code>import tides<br><br>tides.load(&quot;north&quot;)<br>tides.plot()</code></pre>").Blocks, b => b.Kind == BlockKind.Code);
        Assert.Equal("import tides\n\ntides.load(\"north\")\ntides.plot()", code.Text);
    }

    [Fact]
    public void A_page_laid_out_in_a_pre_is_read_as_its_headings_and_tables()
    {
        var blocks = Read("""
            <pre><h3>Relay, under 14</h3><table><tr><th>Team</th><th>Time</th></tr><tr><td>North Harbour</td><td>54.2</td></tr>
            <tr><td>Ferry Lane</td><td>55.9</td></tr></table></pre>
            """).Blocks;
        Assert.Contains(blocks, b => b.Kind == BlockKind.Heading && b.Text == "Relay, under 14");
        Assert.Contains(blocks, b => b.Kind == BlockKind.Table && b.Text.Contains("North Harbour\t54.2", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.Code);
    }

    [Fact]
    public void Inline_code_stays_in_its_paragraph()
    {
        var paragraph = Assert.Single(Read(Program).Blocks, b => b.Text.Contains("ferry.next()", StringComparison.Ordinal));
        Assert.Equal(BlockKind.Paragraph, paragraph.Kind);
    }

    [Fact]
    public void Commands_and_their_output_without_a_code_element_are_code()
    {
        var code = Assert.Single(Read("<pre>$ ferry-cli status --port north\nnorth   3 ferries   2 on time\n$ ferry-cli restart</pre>").Blocks, b => b.Kind == BlockKind.Code);
        Assert.StartsWith("$ ferry-cli status", code.Text);
    }

    [Fact]
    public void Writing_set_in_a_fixed_font_stays_prose()
    {
        var blocks = Read("""
            <pre>
            The captain wrote to the board in January that the north
            pier needed new lights before the spring season began.
            She said the crew had counted nine broken lamps in a week.
            </pre>
            """).Blocks;
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.Code);
        Assert.Contains(blocks, b => b.Kind == BlockKind.Paragraph && b.Text.Contains("nine broken lamps", StringComparison.Ordinal));
    }

    [Fact]
    public void Code_lines_give_no_sentence_or_claim_and_the_workbook_marks_the_paragraph_code()
    {
        var dataset = BriefFolder.Convert("ferry.html", Page(Program));
        var code = Assert.Single(dataset.Paragraphs, p => p.Kind == BlockKind.Code);
        Assert.Empty(code.Sentences);
        Assert.DoesNotContain(dataset.Claims, c => c.ParagraphId == code.Id);
        Assert.Contains(dataset.Claims, c => c.Text.Contains("14 outages", StringComparison.Ordinal));
        new WorkbookWriter().Write(dataset, folder.Path);
        using var workbook = new XLWorkbook(Path.Combine(folder.Path, "dataset.xlsx"));
        var rows = workbook.Worksheet("Paragraphs").Tables.Single().DataRange.Rows().ToList();
        var row = rows.Single(r => r.Cell(5).GetString().StartsWith("for ferry in", StringComparison.Ordinal));
        Assert.Equal("code", row.Cell(4).GetString());
        Assert.Equal(code.Text, row.Cell(5).GetString());
    }

    [Fact]
    public void The_brief_draws_the_program_in_a_monospaced_face_line_for_line()
    {
        using var pdf = folder.Write(BriefFolder.Convert("ferry.html", Page(Program)));
        var mono = pdf.GetPages().SelectMany(p => p.GetWords()).Where(w => w.Letters[0].FontName?.Contains("Mono", StringComparison.Ordinal) == true).ToList();
        var lines = new[] { "for", "if", "print(ferry.name," }.Select(t => mono.Last(w => w.Text == t)).ToList();
        Assert.True(lines[1].BoundingBox.Bottom < lines[0].BoundingBox.Bottom - 5, "each line of code on a line of its own");
        Assert.True(lines[2].BoundingBox.Bottom < lines[1].BoundingBox.Bottom - 5, "each line of code on a line of its own");
    }
}
