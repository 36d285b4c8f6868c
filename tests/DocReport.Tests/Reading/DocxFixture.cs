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

    public DocxFixture Paragraph(string text, string? style = null) =>
        Add(style is null ? new Paragraph(Run(text)) : new Paragraph(Properties(style), Run(text)));

    /// <summary>A numbered paragraph at numbering level <paramref name="level"/> (0 for a top item, as w:ilvl counts).</summary>
    public DocxFixture Bullet(string text, int level = 0) =>
        Add(new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })), Run(text)));

    /// <summary>A paragraph reading <paramref name="text"/> that anchors a text box of <paramref name="box"/> paragraphs, written as Word
    /// writes one: a drawing for current readers and the same box again as a fallback picture.</summary>
    public DocxFixture TextBoxParagraph(string text, params string[] box)
    {
        OpenXmlElement Box() => new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(
            new TextBoxContent(box.Select(line => new Paragraph(Run(line)))))));
        var drawn = new Run(new AlternateContent(
            new AlternateContentChoice(Box()) { Requires = "wps" },
            new AlternateContentFallback(Box())));
        return Add(new Paragraph(Run(text), drawn));
    }

    /// <summary>A paragraph of <paramref name="before"/>, a hyperlink with <paramref name="anchor"/> to <paramref name="url"/>, then <paramref name="after"/>.</summary>
    public DocxFixture LinkParagraph(string before, string anchor, string url, string after)
    {
        var relationship = main.AddHyperlinkRelationship(new Uri(url), isExternal: true);
        return Add(new Paragraph(Run(before), new Hyperlink(Run(anchor)) { Id = relationship.Id }, Run(after)));
    }

    /// <summary>A paragraph of <paramref name="before"/>, a footnote mark whose note reads <paramref name="note"/>, then <paramref name="after"/>.</summary>
    public DocxFixture FootnotedParagraph(string before, string note, string after, string? customMark = null)
    {
        var part = main.FootnotesPart ?? main.AddNewPart<FootnotesPart>();
        part.Footnotes ??= new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        var id = part.Footnotes.Elements<Footnote>().Max(f => f.Id!.Value) + 1;
        part.Footnotes.AppendChild(new Footnote(new Paragraph(MarkRun(new FootnoteReferenceMark()), Run(" " + note))) { Id = id });
        var reference = new FootnoteReference { Id = id, CustomMarkFollows = customMark is not null ? true : null };
        return Add(new Paragraph(Run(before), MarkRun(reference, customMark), Run(after)));
    }

    /// <summary>A paragraph of <paramref name="before"/>, an endnote mark whose note reads <paramref name="note"/>, then <paramref name="after"/>.</summary>
    public DocxFixture EndnotedParagraph(string before, string note, string after)
    {
        var part = main.EndnotesPart ?? main.AddNewPart<EndnotesPart>();
        part.Endnotes ??= new Endnotes(new Endnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 });
        var id = part.Endnotes.Elements<Endnote>().Max(f => f.Id!.Value) + 1;
        part.Endnotes.AppendChild(new Endnote(new Paragraph(MarkRun(new EndnoteReferenceMark()), Run(" " + note))) { Id = id });
        return Add(new Paragraph(Run(before), MarkRun(new EndnoteReference { Id = id }), Run(after)));
    }

    /// <summary>A paragraph ending in a second mark of the footnote numbered <paramref name="id"/>.</summary>
    public DocxFixture MarkAgain(string text, long id) => Add(new Paragraph(Run(text), MarkRun(new FootnoteReference { Id = id })));

    public DocxFixture Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
            table.AppendChild(new TableRow(row.Select(cell => new TableCell(new Paragraph(Run(cell))))));
        return Add(table);
    }

    /// <summary>A body element written by the test (a paragraph with tracked changes, a table with merged cells).</summary>
    public DocxFixture Element(OpenXmlElement element) => Add(element);

    private DocxFixture Add(OpenXmlElement element)
    {
        body.AppendChild(element);
        return this;
    }

    private static ParagraphProperties Properties(string style) => new(new ParagraphStyleId { Val = style });

    // Word's own shape of a mark: a superscript run holding the reference, or a custom mark ("*") after it.
    private static Run MarkRun(OpenXmlElement mark, string? custom = null)
    {
        var run = new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), mark);
        if (custom is not null) run.AppendChild(new Text(custom));
        return run;
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
