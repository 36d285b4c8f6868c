using DocReport.Model;
using DocReport.Reading.Pdf;

namespace DocReport.Tests.Reading.Pdf;

/// <summary>
/// Bullets drawn from a symbol font (Word's Symbol and Wingdings bullets) come out of a PDF as private-use characters:
/// the lines they open are list items, the character left out.
/// </summary>
public class SymbolBulletTests
{
    private static PdfLine Line(string text, double baseline) =>
        new(text, 1, baseline + 10, baseline, 10, 842) { Cells = [new PdfCell(text, 60, 60 + text.Length * 5)] };

    [Theory]
    [InlineData('\uF0B7')]
    [InlineData('\uF0A7')]
    [InlineData('\uF076')]
    public void Lines_opening_with_a_symbol_font_bullet_are_list_items(char bullet)
    {
        var blocks = ParagraphBuilder.Build(
        [
            Line("The plan for the harbour has three parts, the board said:", 700),
            Line(bullet + " a new wall along the northern quay", 688),
            Line(bullet + " dredging of the inner basin", 676),
            Line(bullet + " a footpath from the quay to the station", 664),
        ]);
        Assert.Equal(["a new wall along the northern quay", "dredging of the inner basin", "a footpath from the quay to the station"],
            blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
        Assert.DoesNotContain(blocks, b => b.Text.Contains(bullet));
    }
}
