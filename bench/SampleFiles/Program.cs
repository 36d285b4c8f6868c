// Writes samples/port-strike.docx (Open XML SDK) and samples/river-survey.pdf (DocReport.Layout) from articles/*.txt.
// The first line of each text is the title, "## " starts a heading, blank lines separate paragraphs.
// Usage, from the repository root: dotnet run --project bench/SampleFiles
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DocReport.Layout;

var root = args.Length > 0 ? args[0] : ".";
var articles = Path.Combine(root, "bench", "SampleFiles", "articles");
WriteDocx(Blocks(Path.Combine(articles, "port-strike.txt")), Path.Combine(root, "samples", "port-strike.docx"), "Eastmere Port Desk");
WritePdf(Blocks(Path.Combine(articles, "river-survey.txt")), Path.Combine(root, "samples", "river-survey.pdf"), "Ashbourne Valley News");

static List<string> Blocks(string path) =>
    File.ReadAllText(path).Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

static void WriteDocx(List<string> blocks, string path, string author)
{
    using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
    var body = new Body();
    document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
    body.AppendChild(Paragraph(blocks[0], "Title"));
    foreach (var block in blocks.Skip(1))
        body.AppendChild(block.StartsWith("## ") ? Paragraph(block[3..], "Heading1") : Paragraph(block, null));
    document.PackageProperties.Title = blocks[0];
    document.PackageProperties.Creator = author;
    document.PackageProperties.Created = new DateTime(2025, 2, 14, 9, 0, 0, DateTimeKind.Utc);
    Console.WriteLine(path);

    static Paragraph Paragraph(string text, string? style) => new(
        style is null ? new ParagraphProperties() : new ParagraphProperties(new ParagraphStyleId { Val = style }),
        new Run(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
}

static void WritePdf(List<string> blocks, string path, string author)
{
    var pdf = DocReport.Layout.Document.Create(document => document
        .Metadata(new PdfMetadata { Title = blocks[0], Author = author, Creator = "DocReport samples" })
        .Page(page =>
        {
            page.Size(PageSizes.A4);
            page.Margin(72, 72, 72, 72);
            page.Header().Text(author).FontSize(8);
            page.Footer().AlignCenter().Text(text => text.CurrentPageNumber());
            page.Content().Column(column =>
            {
                column.Spacing(8);
                column.Item().Text(blocks[0]).FontSize(18).Bold();
                foreach (var block in blocks.Skip(1))
                    column.Item().Text(text => text.Justify().Span(block).FontSize(11));
            });
        }));
    File.WriteAllBytes(path, pdf.GeneratePdf());
    Console.WriteLine(path);
}
