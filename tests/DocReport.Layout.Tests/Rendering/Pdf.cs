using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DocReport.Layout.Tests.Rendering;

/// <summary>Renders a composed document and reads it back with PdfPig.</summary>
internal static class Pdf
{
    public const float Margin = 50;

    public static PdfDocument Render(Action<PageDescriptor> page, Action<DocumentDescriptor>? document = null) =>
        PdfDocument.Open(Bytes(page, document));

    public static byte[] Bytes(Action<PageDescriptor> page, Action<DocumentDescriptor>? document = null) =>
        Document.Create(d =>
        {
            document?.Invoke(d);
            d.Page(p =>
            {
                p.Size(PageSizes.A4).Margin(Margin);
                page(p);
            });
        }).GeneratePdf();

    public static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    public static IEnumerable<Word> VisibleWords(Page page) => page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text));

    /// <summary>The area two rectangles share, in square points.</summary>
    public static double Overlap(PdfRectangle a, PdfRectangle b)
    {
        var width = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var height = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
        return width > 0 && height > 0 ? width * height : 0;
    }

    public static string Paragraphs(int count, int seed = 1)
    {
        var words = "analysts journalists verify claims sources numbers dates offices reported ministry crossings ferry delays".Split(' ');
        var random = new Random(seed);
        return string.Join("\n", Enumerable.Range(0, count).Select(_ =>
            string.Join(" ", Enumerable.Range(0, 60).Select(_ => words[random.Next(words.Length)]))));
    }
}
