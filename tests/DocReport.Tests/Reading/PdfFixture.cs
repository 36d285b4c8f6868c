using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocReport.Tests.Reading;

/// <summary>Writes PDF fixtures with PdfPig's builder: lines of text placed on pages, optional headers, footers and info.</summary>
internal sealed class PdfFixture
{
    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont font;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private PdfPageBuilder? page;
    private double y;

    private PdfFixture()
    {
        font = builder.AddStandard14Font(Standard14Font.Helvetica);
        bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
    }

    /// <summary>A one-page PDF holding <paramref name="lines"/> as body text.</summary>
    public static byte[] Build(IEnumerable<string> lines) => Build(pdf => { pdf.NewPage(); foreach (var line in lines) pdf.Line(line); });

    public static byte[] Build(Action<PdfFixture> write)
    {
        var fixture = new PdfFixture();
        write(fixture);
        return fixture.builder.Build();
    }

    public PdfFixture Info(string title, string author, string created)
    {
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = author;
        builder.DocumentInformation.CreationDate = created;
        return this;
    }

    /// <summary>Starts a page; a header and footer, when given, sit in its top and bottom margins.</summary>
    public PdfFixture NewPage(string? header = null, string? footer = null)
    {
        page = builder.AddPage(PageSize.A4);
        if (header is not null) page.AddText(header, 9, new PdfPoint(72, 800), font);
        if (footer is not null) page.AddText(footer, 9, new PdfPoint(280, 30), font);
        y = 740;
        return this;
    }

    /// <summary>A line of body text under the previous one.</summary>
    public PdfFixture Line(string text, double size = 11)
    {
        page!.AddText(text, size, new PdfPoint(72, y), font);
        y -= size * 1.3;
        return this;
    }

    /// <summary>A line of text at a given place on the page, for layouts other than one column.</summary>
    public PdfFixture At(string text, double x, double baseline, double size = 11)
    {
        page!.AddText(text, size, new PdfPoint(x, baseline), font);
        return this;
    }

    /// <summary>A line of text centred on x <paramref name="middle"/>, as a headline, a byline or a page number is set.</summary>
    public PdfFixture AtCentre(string text, double middle, double baseline, double size = 11) =>
        At(text, middle - Width(text, size) / 2, baseline, size);

    /// <summary>How wide <paramref name="text"/> is set in the body font.</summary>
    public double Width(string text, double size = 11)
    {
        var letters = page!.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters[^1].EndBaseLine.X;
    }

    /// <summary>A line of text in Helvetica Bold at a given place on the page.</summary>
    public PdfFixture AtBold(string text, double x, double baseline, double size = 11)
    {
        page!.AddText(text, size, new PdfPoint(x, baseline), bold);
        return this;
    }

    /// <summary>A line of body text whose end carries <paramref name="mark"/> raised in smaller type, as a footnote mark or an exponent is set.</summary>
    public PdfFixture LineWithRaised(string text, string mark, double size = 11)
    {
        var letters = page!.AddText(text, size, new PdfPoint(72, y), font);
        page.AddText(mark, size * 0.6, new PdfPoint(letters[^1].EndBaseLine.X, y + size * 0.4), font);
        y -= size * 1.3;
        return this;
    }

    /// <summary>Extra space between paragraphs.</summary>
    public PdfFixture Gap()
    {
        y -= 14;
        return this;
    }

    /// <summary>
    /// A one-page PDF whose trailer names a Standard security handler (RC4, 40 bits) with owner and user password
    /// hashes no password matches: a reader can open it only with a password it does not have.
    /// </summary>
    public static byte[] PasswordProtected() => Encrypted($"/Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O {Hash} /U {Hash}");

    /// <summary>
    /// Encryption dictionaries a Standard security handler cannot use, as damaged or hand-edited files carry them: a key
    /// longer than 128 bits, a key of no bits, no owner and user hashes, no /Filter.
    /// </summary>
    public static readonly string[] DamagedEncryptionDictionaries =
    [
        $"/Filter /Standard /V 2 /R 3 /Length 999 /P -44 /O {Hash} /U {Hash}",
        $"/Filter /Standard /V 2 /R 3 /Length 0 /P -44 /O {Hash} /U {Hash}",
        "/Filter /Standard /V 1 /R 2 /Length 40 /P -44",
        "",
    ];

    private static readonly string Hash = "<" + string.Concat(Enumerable.Repeat("5A", 32)) + ">";

    /// <summary>A one-page PDF whose trailer names the encryption dictionary with these entries.</summary>
    public static byte[] Encrypted(string dictionary)
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            $"<< {dictionary} >>",
        ];
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\n");
        pdf.Append($"startxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
