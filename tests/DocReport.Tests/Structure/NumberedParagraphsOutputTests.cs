using DocReport.Model;
using DocReport.Tests.Reading;
using DocReport.Tests.Output;

namespace DocReport.Tests.Structure;

/// <summary>
/// PDFs with paragraphs that open with a number ("7. Chris Christie. The New Jersey gov-" / "ernor has ...", a ranking set as
/// prose), and real numbered lists of short items: drawn here, converted, and read back from dataset.json.
/// </summary>
public class NumberedParagraphsOutputTests
{
    private const double Size = 10;

    private static readonly string[] Opening =
    [
        "The river authority said on Thursday that the weir at the old mill would be rebuilt next",
        "spring, after a survey found cracks along its whole length and water seeping under the",
        "footpath. Below are the works it ranks first, the most urgent at the bottom of the list.",
    ];

    private static readonly string[] Closing =
    [
        "Anglers have asked for the work to wait until the end of the trout season, when fewer",
        "people fish the lower reach and the water runs low enough for machines to cross it.",
    ];

    // One page: the opening paragraph, the given lines (text and indent in points), the closing paragraph; no space between
    // lines, each paragraph's first line indented by `indent`.
    private static IReadOnlyList<Paragraph> Read(string name, IEnumerable<(string Text, double Indent)> middle, double indent = 15) =>
        JsonRoundTrip.Convert(name, PdfFixture.Build(pdf =>
        {
            pdf.NewPage();
            var y = 760.0;
            void Line(string text, double left) { pdf.At(text, 60 + left, y, Size); y -= Size * 1.2; }
            foreach (var (line, i) in Opening.Select((l, i) => (l, i))) Line(line, i == 0 ? indent : 0);
            foreach (var (text, left) in middle) Line(text, left);
            foreach (var (line, i) in Closing.Select((l, i) => (l, i))) Line(line, i == 0 ? indent : 0);
        })).Paragraphs;

    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void A_numbered_first_line_that_runs_on_at_the_margin_opens_one_paragraph_with_its_number()
    {
        var paragraphs = Read("ranked.pdf",
        [
            ("3. The weir. The county's new sur-", 15),
            ("veyor has walked its whole length twice and found the cracks wider than last winter.", 0),
            ("2. The footpath. The river warden is", 15),
            ("in a similar place, asking for a fence before the first walkers come in the spring.", 0),
            ("1. The car park. The contractors who will rebuild the wall over the spring months need", 15),
            ("Mill Lane for their cabins, which the authority has offered them until the summer.", 0),
        ]);
        Assert.Empty(paragraphs.Where(p => p.Kind == BlockKind.ListItem).Select(p => p.Text));
        var texts = paragraphs.Select(p => Squeezed(p.Text)).ToList();
        Assert.Contains("3. The weir. The county's new surveyor has walked its whole length twice and found the cracks wider than last winter.", texts);
        Assert.Contains("2. The footpath. The river warden is in a similar place, asking for a fence before the first walkers come in the spring.", texts);
        Assert.Contains("1. The car park. The contractors who will rebuild the wall over the spring months need Mill Lane for their cabins, which the authority has offered them until the summer.", texts);
    }

    [Fact]
    public void A_numbered_line_with_its_wrapped_line_under_its_number_is_one_paragraph()
    {
        var paragraphs = Read("flush.pdf",
        [
            ("1. The weir. The authority said the cracks had spread along the whole length of", 0),
            ("the wall since the last survey, and that the water now seeps under the footpath.", 0),
        ]);
        Assert.Empty(paragraphs.Where(p => p.Kind == BlockKind.ListItem).Select(p => p.Text));
        Assert.Contains("1. The weir. The authority said the cracks had spread along the whole length of the wall since the last survey, and that the water now seeps under the footpath.",
            paragraphs.Select(p => Squeezed(p.Text)));
    }

    [Fact]
    public void Numbered_word_paragraphs_without_list_numbering_stay_paragraphs()
    {
        string[] ranked = ["3. The weir. The county's new surveyor has walked its whole length twice.", "2. The footpath. The river warden asks for a fence before the spring."];
        var docx = DocxFixture.Build(d => d.Paragraph(string.Join(' ', Opening)).Paragraph(ranked[0]).Paragraph(ranked[1]).Paragraph(string.Join(' ', Closing)));
        var paragraphs = JsonRoundTrip.Convert("ranked.docx", docx).Paragraphs;
        Assert.Empty(paragraphs.Where(p => p.Kind == BlockKind.ListItem).Select(p => p.Text));
        Assert.Equal(ranked, paragraphs.Select(p => p.Text).Where(t => ranked.Contains(t)));
    }

    [Theory]
    [InlineData(15)]
    [InlineData(0)]
    public void A_numbered_list_of_short_items_stays_a_list(double closingIndent)
    {
        var paragraphs = Read("list.pdf", [("1. The weir", 15), ("2. The footpath", 15), ("3. The car park", 15)], closingIndent);
        Assert.Equal(["The weir", "The footpath", "The car park"], paragraphs.Where(p => p.Kind == BlockKind.ListItem).Select(p => Squeezed(p.Text)));
        Assert.Equal(string.Join(' ', Closing), Squeezed(paragraphs[^1].Text));
    }

    [Fact]
    public void A_numbered_line_that_ends_its_sentence_is_not_run_into_the_line_under_it()
    {
        var paragraphs = Read("heads.pdf",
        [
            ("1. The weir is cracked.", 15),
            ("The survey found the cracks along its whole length and water seeping under the path.", 0),
        ]);
        Assert.Equal(["The weir is cracked."], paragraphs.Where(p => p.Kind == BlockKind.ListItem).Select(p => Squeezed(p.Text)));
    }
}
