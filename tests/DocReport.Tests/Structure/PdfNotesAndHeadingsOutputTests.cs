using DocReport.Model;
using DocReport.Tests.Reading;
using DocReport.Tests.Output;

namespace DocReport.Tests.Structure;

/// <summary>
/// PDFs with headings set in bold at the body's size (one over two lines), and with footnotes at the page foot: drawn
/// here, converted, and read back from dataset.json.
/// </summary>
public class PdfNotesAndHeadingsOutputTests
{
    private const double Size = 10, Pitch = 12, Left = 60;

    private static ArticleDataset Json(string name, byte[] bytes)
    {
        return JsonRoundTrip.Convert(name, bytes);
    }

    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Made-up paragraphs, each given as its lines.
    private static readonly string[] Opening =
    [
        "The harbour board met on Tuesday to settle the future of the northern quay, which has",
        "been closed to boats since a storm tore away part of its wall two winters ago.",
    ];

    private static readonly string[] UnderFirst =
    [
        "Members voted to rebuild the wall in stone rather than concrete, at a cost the board put",
        "at a little over four million pounds, to be shared with the county council.",
    ];

    private static readonly string[] UnderSecond =
    [
        "Work on the quay should start in the autumn and last about a year, during which the fish",
        "market will move to a temporary hall beside the ferry terminal.",
    ];

    // The title, then runs of lines at the line pitch, each in bold or not, some set 8 points further down than the pitch.
    private static byte[] Report(params (string[] Lines, bool Bold, bool Apart)[] runs) => PdfFixture.Build(pdf =>
    {
        pdf.NewPage();
        var y = 780.0;
        pdf.At("Harbour works report", Left, y, 18);
        y -= 40;
        foreach (var (lines, bold, apart) in runs)
        {
            if (apart) y -= 8;
            foreach (var line in lines)
            {
                if (bold) pdf.AtBold(line, Left, y, Size); else pdf.At(line, Left, y, Size);
                y -= Pitch;
            }
        }
    });

    // A heading over two lines, the paragraph under it set at the line pitch with no space; a bold sentence standing alone is no heading.
    private static byte[] BoldHeadings() => Report((Opening, false, false),
        (["What the board decided about the northern quay", "and the old fish market"], true, true), (UnderFirst, false, false),
        (["Costs and timing"], true, true), (UnderSecond, false, false),
        (["The board will meet again in May to choose a builder."], true, true));

    [Fact]
    public void A_bold_heading_at_body_size_is_one_heading_over_two_lines_and_the_paragraph_under_it_its_own()
    {
        // A heading is the section of the paragraphs under it.
        var paragraphs = Json("quay.pdf", BoldHeadings()).Paragraphs.Select(p => (Section: Squeezed(p.Section ?? ""), Text: Squeezed(p.Text))).ToList();
        Assert.Equal(["", "What the board decided about the northern quay and the old fish market", "Costs and timing"], paragraphs.Select(p => p.Section).Distinct());
        Assert.Equal(("What the board decided about the northern quay and the old fish market", string.Join(' ', UnderFirst)), paragraphs[1]);
        Assert.Equal(("Costs and timing", string.Join(' ', UnderSecond)), paragraphs[2]);
        Assert.Equal(("Costs and timing", "The board will meet again in May to choose a builder."), paragraphs[3]);
    }

    // Numbered headings (groff's .NH, a report's "1. Introduction") were read as list items, so no paragraph had a section.
    // Bold numbered lines one under another are a list set in bold, not headings.
    private static byte[] NumberedHeadings() => Report((Opening, false, false),
        (["1. What the board decided"], true, true), (UnderFirst, false, false),
        (["2. Costs and timing"], true, true), (UnderSecond, false, false),
        (["1. Rebuild the wall", "2. Move the market"], true, true));

    [Fact]
    public void A_bold_numbered_line_standing_alone_heads_a_section_and_a_bold_numbered_list_stays_a_list()
    {
        var paragraphs = Json("numbered.pdf", NumberedHeadings()).Paragraphs
            .Select(p => (Section: Squeezed(p.Section ?? ""), Kind: p.Kind, Text: Squeezed(p.Text))).ToList();

        Assert.Equal(("1. What the board decided", BlockKind.Paragraph, string.Join(' ', UnderFirst)), paragraphs[1]);
        Assert.Equal(("2. Costs and timing", BlockKind.Paragraph, string.Join(' ', UnderSecond)), paragraphs[2]);
        Assert.Equal([("2. Costs and timing", BlockKind.ListItem, "Rebuild the wall"), ("2. Costs and timing", BlockKind.ListItem, "Move the market")],
            paragraphs.Skip(3));
    }

    private const string FirstNote = "Tide heights are given above the chart datum used by the harbour office.";
    private const string SecondNote = "The survey boat counted moorings from the water on two mornings in June.";

    // Page 1: two paragraphs, the second running on to page 2; at the page foot, under a space, two notes in
    // `noteSize`-point type: the first under its mark raised alone on the line above it, the second opening with its mark.
    private static byte[] WithNotes(double noteSize) => PdfFixture.Build(pdf =>
    {
        pdf.NewPage();
        var y = 780.0;
        var first = Enumerable.Range(0, 14).Select(i => i % 5 == 4 ? "the tide tables printed for the estuary each spring by the office." : "The survey measured the depth at each berth along the quay against").ToList();
        first[^1] = "the tide tables printed for the estuary each spring by the office.";
        foreach (var line in first) { pdf.At(line, Left, y, Size); y -= Pitch; }
        y -= 6;
        var second = Enumerable.Repeat("Boat owners who keep their craft at the inner berths have said for years that", 20).ToList();
        foreach (var line in second) { pdf.At(line, Left, y, Size); y -= Pitch; }
        pdf.At("1", Left, 134, 6).At(FirstNote, Left + 5, 130, noteSize);
        pdf.At("2 " + SecondNote, Left, 130 - noteSize * 1.2, noteSize);
        pdf.NewPage();
        pdf.At("the channel silts up faster than the dredger can clear it.", Left, 780, Size);
        pdf.At("The office said a new dredging contract would be signed by the end of the year.", Left, 760, Size);
    });

    [Theory]
    [InlineData(8)]
    [InlineData(Size)]
    public void Footnotes_at_the_page_foot_come_after_the_text_and_the_sentence_they_stood_in_runs_on(double noteSize)
    {
        var texts = Json("notes.pdf", WithNotes(noteSize)).Paragraphs.Select(p => Squeezed(p.Text)).ToList();
        Assert.Equal([FirstNote, SecondNote], texts[^2..]);
        Assert.StartsWith("The office said a new dredging contract", texts[^3], StringComparison.Ordinal);
        Assert.Contains(texts, t => t.StartsWith("Boat owners", StringComparison.Ordinal) && t.EndsWith("faster than the dredger can clear it.", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t is "1" or "2");
    }
}
