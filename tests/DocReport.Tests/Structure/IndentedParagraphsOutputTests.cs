using System.Text;
using DocReport.Model;
using DocReport.Tests.Reading;
using DocReport.Tests.Output;

namespace DocReport.Tests.Structure;

/// <summary>
/// PDFs whose paragraphs are set as LaTeX, groff and most journals set them: no space between paragraphs, the first line
/// indented. Drawn here, converted, and read back from dataset.json.
/// </summary>
public class IndentedParagraphsOutputTests
{
    // Made-up paragraphs, each long enough to wrap onto three lines or more.
    private static readonly string[] Paragraphs =
    [
        "The river authority said on Thursday that the weir at the old mill would be rebuilt next spring, after a survey found cracks along its whole length and water seeping under the footpath.",
        "Anglers have asked for the work to wait until the end of the trout season, when fewer people fish the lower reach and the water runs low enough for machines to cross.",
        "The authority expects the work to take eight weeks and to cost less than the repairs of the last ten years together, since each winter flood has widened the cracks a little more.",
        "A footbridge will be put up beside the weir for walkers, and the car park at the mill will stay open, although part of it will hold the contractors' cabins until the summer.",
    ];

    private const double Size = 10;

    private static ArticleDataset Json(string name, byte[] bytes)
    {
        return JsonRoundTrip.Convert(name, bytes);
    }

    // One page: the first paragraph (first line indented), the lines `middle` draws (given a line drawer taking a text and its
    // indent, and the first paragraph's lines), then the second paragraph.
    private static byte[] BetweenTwoParagraphs(Action<Action<string, double>, IReadOnlyList<string>> middle) => PdfFixture.Build(pdf =>
    {
        pdf.NewPage();
        var y = 760.0;
        void Line(string text, double indent) { pdf.At(text, 60 + indent, y, Size); y -= Size * 1.2; }
        var first = Wrap(Paragraphs[0], 90);
        for (var i = 0; i < first.Count; i++) Line(first[i], i == 0 ? 15 : 0);
        middle(Line, first);
        var second = Wrap(Paragraphs[1], 90);
        for (var i = 0; i < second.Count; i++) Line(second[i], i == 0 ? 15 : 0);
    });

    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Lines of up to `width` characters, the first `firstShorter` fewer (it is indented).
    private static List<string> Wrap(string text, int width, int firstShorter = 0)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width - (lines.Count == 0 ? firstShorter : 0)) { lines.Add(line.ToString()); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    // The paragraphs set in `columns` columns, each column's paragraphs one under the other with no space between them,
    // every first line indented by `indentEms`; a paragraph that does not fit runs on in the next column.
    private static byte[] Indented(int columns, double indentEms, IReadOnlyList<string> paragraphs)
    {
        const double left = 60, right = 535, gutter = 18, top = 760;
        var width = (right - left - gutter * (columns - 1)) / columns;
        var perColumn = (int)Math.Ceiling(paragraphs.Count / (double)columns);
        return PdfFixture.Build(pdf =>
        {
            pdf.NewPage();
            for (var c = 0; c < columns; c++)
            {
                var y = top;
                foreach (var paragraph in paragraphs.Skip(c * perColumn).Take(perColumn))
                {
                    var lines = Wrap(paragraph, (int)(width / (Size * 0.5)) - 4, (int)Math.Ceiling(indentEms * 2));
                    for (var i = 0; i < lines.Count; i++)
                    {
                        pdf.At(lines[i], left + c * (width + gutter) + (i == 0 ? indentEms * Size : 0), y, Size);
                        y -= Size * 1.2;
                    }
                }
            }
        });
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(1, 2.5)]
    [InlineData(2, 1.5)]
    [InlineData(2, 4.0)]
    public void Indented_first_lines_start_paragraphs_set_with_no_space_between_them(int columns, double indentEms)
    {
        var dataset = Json("indented.pdf", Indented(columns, indentEms, Paragraphs));
        Assert.Equal(Paragraphs, dataset.Paragraphs.Select(p => Squeezed(p.Text)));
    }

    [Fact]
    public void Lines_at_the_left_edge_with_no_indent_or_space_stay_one_paragraph()
    {
        var dataset = Json("flush.pdf", Indented(1, 0, Paragraphs));
        Assert.Single(dataset.Paragraphs);
    }

    [Fact]
    public void A_quotation_of_several_indented_lines_is_not_cut_at_each_line()
    {
        string[] quote = ["We will keep the footpath open for as long as we", "safely can, and we will tell walkers a week before", "we have to close it for the last part of the work."];
        var bytes = BetweenTwoParagraphs((line, _) => { foreach (var text in quote) line(text, 30); });
        var texts = Json("quote.pdf", bytes).Paragraphs.Select(p => Squeezed(p.Text)).ToList();
        Assert.DoesNotContain(texts, t => t.StartsWith("safely can", StringComparison.Ordinal) || t.StartsWith("we have to close", StringComparison.Ordinal));
        Assert.Equal(Paragraphs[1], texts[^1]);
    }

    [Fact]
    public void Centred_lines_are_not_cut_at_each_line()
    {
        string[] centred = ["Notice to river users", "The lower reach closes from the first of March", "until the end of April"];
        var bytes = BetweenTwoParagraphs((line, first) =>
        {
            var measure = first.Max(l => l.Length) * Size * 0.5;
            foreach (var text in centred) line(text, (measure - text.Length * Size * 0.5) / 2);
        });
        var texts = Json("centred.pdf", bytes).Paragraphs.Select(p => Squeezed(p.Text)).ToList();
        Assert.DoesNotContain(texts, t => t.StartsWith("The lower reach", StringComparison.Ordinal) || t.StartsWith("until the end", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_item_whose_wrapped_line_is_indented_stays_one_item()
    {
        var bytes = PdfFixture.Build(pdf =>
        {
            pdf.NewPage();
            var y = 760.0;
            void Line(string text, double indent) { pdf.At(text, 60 + indent, y, Size); y -= Size * 1.2; }
            var first = Wrap(Paragraphs[0], 90);
            for (var i = 0; i < first.Count; i++) Line(first[i], i == 0 ? 15 : 0);
            Line("• a footbridge beside the weir for walkers and cyclists, which the authority will put up", 0);
            Line("before the work starts and take down when it ends", 12);
            Line("• the car park kept open", 0);
            var second = Wrap(Paragraphs[1], 90);
            for (var i = 0; i < second.Count; i++) Line(second[i], i == 0 ? 15 : 0);
        });
        var paragraphs = Json("items.pdf", bytes).Paragraphs;
        Assert.Equal(["a footbridge beside the weir for walkers and cyclists, which the authority will put up before the work starts and take down when it ends", "the car park kept open"],
            paragraphs.Where(p => p.Kind == BlockKind.ListItem).Select(p => Squeezed(p.Text)));
        Assert.Equal(Paragraphs[1], Squeezed(paragraphs[^1].Text));
    }
}
