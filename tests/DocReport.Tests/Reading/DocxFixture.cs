using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocReport.Tests.Reading;

/// <summary>Writes DOCX fixtures with the Open XML SDK.</summary>
internal sealed class DocxFixture
{
    private readonly MainDocumentPart main;
    private readonly Body body;

    private DocxFixture(MainDocumentPart main)
    {
        this.main = main;
        body = main.Document.AppendChild(new Body());
    }

    public static byte[] Build(Action<DocxFixture> write, string? title = null, string? creator = null, DateTime? created = null)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document();
            write(new DocxFixture(main));
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = creator;
            document.PackageProperties.Created = created;
        }
        return stream.ToArray();
    }

    /// <summary>A zip that holds one entry, to stand for a package that is not a Word document.</summary>
    public static byte[] ZipWith(string entry, string content)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry(entry).Open())) writer.Write(content);
        return stream.ToArray();
    }

    public DocxFixture Paragraph(string text, string? style = null) => Add(new Paragraph(Properties(style), Run(text)));

    public DocxFixture Bullet(string text) =>
        Add(new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })), Run(text)));

    /// <summary>A paragraph of <paramref name="before"/>, a hyperlink with <paramref name="anchor"/> to <paramref name="url"/>, then <paramref name="after"/>.</summary>
    public DocxFixture LinkParagraph(string before, string anchor, string url, string after)
    {
        var relationship = main.AddHyperlinkRelationship(new Uri(url), isExternal: true);
        return Add(new Paragraph(Run(before), new Hyperlink(Run(anchor)) { Id = relationship.Id }, Run(after)));
    }

    public DocxFixture Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
            table.AppendChild(new TableRow(row.Select(cell => new TableCell(new Paragraph(Run(cell))))));
        return Add(table);
    }

    private DocxFixture Add(OpenXmlElement element)
    {
        body.AppendChild(element);
        return this;
    }

    private static ParagraphProperties? Properties(string? style) =>
        style is null ? null : new ParagraphProperties(new ParagraphStyleId { Val = style });

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
