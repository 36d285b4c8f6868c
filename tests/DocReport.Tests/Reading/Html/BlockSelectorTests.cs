using System.Text;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Reading;
using DocReport.Reading.Html;

namespace DocReport.Tests.Reading.Html;

public class BlockSelectorTests
{
    private static readonly string Page = """
        <!DOCTYPE html><html lang="en"><head><title>Harbour report</title></head><body><article class="post">
        <p>The harbour master counted forty trawlers at the quay on Monday, more than in any week of the past year.</p>
        <section class="note"><h2>Ferry times</h2>
        <p class="timetable">The ferry to the island runs twice a day from April, and the timetable is posted beside the ticket office.</p></section>
        <ul><li>Trawlers: forty</li></ul>
        <p>Fishermen said the catch of herring was the best since the new breakwater was finished three summers ago.</p>
        <p>The council will decide in June whether the old lighthouse becomes a museum or a lookout for the coast guard.</p>
        </article></body></html>
        """;

    private static RawDocument Read(BlockSelector selector) =>
        new FormatDetectingReader(new PipelineOptions(), selector).Read(new SourceFile("harbour.html", Encoding.UTF8.GetBytes(Page))).Value!;

    [Fact]
    public void Each_block_is_given_with_the_innermost_block_element_that_holds_its_text()
    {
        var owners = new Dictionary<string, string>();
        Read((blocks, content, title) =>
        {
            foreach (var b in blocks) owners[b.Block.Text[..10]] = b.Owner.LocalName + "." + b.Owner.ClassName;
            return blocks.Select(b => b.Block);
        });
        Assert.Equal("h2.", owners["Ferry time"]);
        Assert.Equal("p.timetable", owners["The ferry "]);
        Assert.Equal("li.", owners["Trawlers: "]);
    }

    [Fact]
    public void The_reader_gives_only_the_blocks_the_selector_keeps()
    {
        var all = Read((blocks, _, _) => blocks.Select(b => b.Block)).Blocks.Select(b => b.Text).ToList();
        var kept = Read((blocks, _, _) => blocks.Where(b => b.Owner.LocalName != "li").Select(b => b.Block)).Blocks.Select(b => b.Text).ToList();
        Assert.Contains("Trawlers: forty", all);
        Assert.Equal(all.Where(t => t != "Trawlers: forty"), kept);
    }
}
