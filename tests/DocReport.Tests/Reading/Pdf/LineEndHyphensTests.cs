using DocReport.Model;
using DocReport.Reading.Pdf;

namespace DocReport.Tests.Reading.Pdf;

public class LineEndHyphensTests
{
    private const char M = LineEndHyphens.Mark;

    private static string Resolve(string broken, params string[] others) =>
        LineEndHyphens.Resolve([new Block(BlockKind.Paragraph, broken), .. others.Select(o => new Block(BlockKind.Paragraph, o))])[0].Text;

    [Fact]
    public void A_hyphenation_is_joined()
    {
        Assert.Equal("Carbon emissions fell.", Resolve($"Carbon emis{M}sions fell.", "Carbon emissions rose in 2020."));
        Assert.Equal("The guesthosting slot.", Resolve($"The guest{M}hosting slot."));
    }

    [Fact]
    public void A_compound_the_document_writes_with_its_hyphen_elsewhere_keeps_it()
    {
        Assert.Equal("The carbon-emissions target.", Resolve($"The carbon{M}emissions target.", "A Carbon-Emissions tax was proposed."));
    }

    [Theory]
    [InlineData("the blue-col", "lar vote", "the blue-collar vote")]
    [InlineData("a near-unani", "mous vote", "a near-unanimous vote")]
    [InlineData("his politi", "cal-consulting firm", "his political-consulting firm")]
    public void A_part_of_a_compound_hyphenated_at_the_line_end_is_joined(string before, string after, string expected)
    {
        Assert.Equal(expected, Resolve(before + M + after, "A blue-chip firm."));
    }

    [Fact]
    public void Blocks_without_a_mark_are_left_as_they_are()
    {
        var blocks = new List<Block> { new(BlockKind.Paragraph, "A well-known soft\u2010hyphen-free text.") };
        Assert.Same(blocks, LineEndHyphens.Resolve(blocks));
    }
}
