using System.Text.RegularExpressions;
using DocReport.Reading;
using DocReport.Reading.Pdf;
using UglyToad.PdfPig;

namespace DocReport.Tests.Reading.Pdf;

/// <summary>A long PDF's pages are read in two halves side by side: the lines must be those read page after page.</summary>
public class PagesInTwoTests
{
    private const int Pages = PdfTextReader.MinPagesInTwo + 9;

    // Pages that differ: a running header and footer, headings, a raised mark, two columns on every fifth page.
    private static readonly byte[] Report = PdfFixture.Build(pdf =>
    {
        for (var page = 1; page <= Pages; page++)
        {
            pdf.NewPage(header: "Harbour Works Review", footer: $"Page {page} of {Pages}");
            if (page % 5 == 0)
            {
                pdf.At($"Left column of page {page} on the dredging of the channel.", 72, 700)
                    .At($"Right column of page {page} on the cost of the new quay.", 330, 700)
                    .At("The pilots asked for deeper water at the bend.", 72, 686)
                    .At("The council asked for a second estimate.", 330, 686);
                continue;
            }
            pdf.Line($"Section {page}", size: 16).Gap()
                .Line($"On page {page} the engineers describe how the tide moved the silt")
                .LineWithRaised("toward the eastern breakwater over the winter", "2")
                .Line("and how the divers measured it.");
        }
    });

    [Fact]
    public void Lines_read_in_two_halves_are_the_lines_read_in_turn()
    {
        using var first = PdfDocument.Open(Report);
        using var second = PdfDocument.Open(Report);
        var inTurn = PdfTextReader.ReadInTurn(first);
        var inTwo = PdfTextReader.ReadInTwo(second, Report);
        Assert.Equal(Pages, inTurn.Select(l => l.Page).Distinct().Count());
        Assert.Equal(inTurn.Count, inTwo.Count);
        for (var i = 0; i < inTurn.Count; i++)
        {
            var (a, b) = (inTurn[i], inTwo[i]);
            Assert.Equal((a.Text, a.Page, a.Top, a.Bottom, a.FontSize, a.PageHeight, a.Column), (b.Text, b.Page, b.Top, b.Bottom, b.FontSize, b.PageHeight, b.Column));
            Assert.Equal(a.Cells, b.Cells);
        }
    }

    [Fact]
    public void A_long_pdf_keeps_its_pages_in_order_and_tells_every_page_read()
    {
        var heard = new List<(int Done, int Pages)>();
        using (PageProgress.Listen((done, pages) => heard.Add((done, pages))))
        {
            var text = string.Join("\n", Reader.Texts(Reader.ReadOk("harbour.pdf", Report)));
            var told = Regex.Matches(text, @"On page (\d+) the engineers").Select(m => int.Parse(m.Groups[1].Value)).ToList();
            Assert.Equal(Enumerable.Range(1, Pages).Where(p => p % 5 != 0), told);
        }
        Assert.NotEmpty(heard);
        Assert.All(heard, h => Assert.Equal(Pages, h.Pages));
        Assert.Equal(Pages, heard[^1].Done);
        Assert.True(heard.Zip(heard.Skip(1)).All(p => p.First.Done <= p.Second.Done), "pages read are told in increasing order");
    }
}
