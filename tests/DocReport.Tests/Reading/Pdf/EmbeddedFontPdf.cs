using System.Text;

namespace DocReport.Tests.Reading.Pdf;

/// <summary>Writes a one-page PDF whose text is set in a TrueType font embedded as it is given, uncompressed.</summary>
internal static class EmbeddedFontPdf
{
    public static byte[] Build(byte[] font, string text)
    {
        var content = $"BT /F1 12 Tf 72 700 Td ({text}) Tj ET";
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
            Ascii($"<< /Type /Font /Subtype /TrueType /BaseFont /Fixture /FirstChar 32 /LastChar 126 /Widths [{Widths}] /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>"),
            Ascii($"<< /Length {content.Length} >>\nstream\n{content}\nendstream"),
            Ascii($"<< /Type /FontDescriptor /FontName /Fixture /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>"),
            Ascii($"<< /Length {font.Length} /Length1 {font.Length} >>\nstream\n").Concat(font).Concat(Ascii("\nendstream")).ToArray(),
        };
        var pdf = new List<byte>(Ascii("%PDF-1.7\n"));
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Count);
            pdf.AddRange([.. Ascii($"{i + 1} 0 obj\n"), .. objects[i], .. Ascii("\nendobj\n")]);
        }
        var xref = pdf.Count;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.AddRange(Ascii(table.ToString()));
        return [.. pdf];
    }

    private static readonly string Widths = string.Join(' ', Enumerable.Repeat(600, 126 - 32 + 1));

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
