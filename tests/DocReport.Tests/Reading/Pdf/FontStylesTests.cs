using DocReport.Reading.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocReport.Tests.Reading.Pdf;

/// <summary>
/// A font's face is worked out once a font name and kept (round 41): letters of four faces set in turn on one line, and again
/// on a second page, are each told bold and fixed pitch by their own font, however the fonts alternate.
/// </summary>
public class FontStylesTests
{
    private static readonly (string Word, Standard14Font Font, bool Bold, bool FixedPitch)[] Faces =
    [
        ("plain", Standard14Font.Helvetica, false, false), ("heavy", Standard14Font.HelveticaBold, true, false),
        ("typed", Standard14Font.Courier, false, true), ("strong", Standard14Font.CourierBold, true, true),
    ];

    [Fact]
    public void Each_letter_is_told_by_its_own_font_as_the_fonts_alternate()
    {
        var builder = new PdfDocumentBuilder();
        var fonts = Faces.Select(f => builder.AddStandard14Font(f.Font)).ToArray();
        // the faces in one order on the first page and in another on the second, so that each follows each
        int[][] orders = [[0, 1, 2, 3, 0, 2, 1, 3], [3, 3, 1, 0, 0, 2, 3, 2]];
        foreach (var order in orders)
        {
            var page = builder.AddPage(PageSize.A4);
            var x = 72.0;
            foreach (var i in order)
            {
                var letters = page.AddText(Faces[i].Word, 11, new PdfPoint(x, 700), fonts[i]);
                x = letters[^1].EndBaseLine.X + 6;
            }
        }
        using var pdf = PdfDocument.Open(builder.Build());
        var styles = new FontStyles();
        var told = 0;
        foreach (var (page, order) in pdf.GetPages().Zip(orders))
        {
            var words = page.GetWords().OrderBy(w => w.BoundingBox.Left).ToList();
            Assert.Equal(order.Select(i => Faces[i].Word), words.Select(w => w.Text));
            foreach (var (word, i) in words.Zip(order))
                foreach (var letter in word.Letters)
                {
                    Assert.Equal(Faces[i].Bold, styles.IsBold(letter));
                    Assert.Equal(Faces[i].FixedPitch, styles.IsFixedPitch(letter));
                    told++;
                }
        }
        Assert.Equal(orders.Sum(o => o.Sum(i => Faces[i].Word.Length)), told);
    }
}
