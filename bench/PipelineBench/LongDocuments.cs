using System.Text;
using DocReport.Layout;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace PipelineBench;

/// <summary>
/// Writes the long inputs of round 26 from PolNeAR's training articles (news written by others; the check set's articles
/// left out): a PDF of about <c>pages</c> A4 pages, a DOCX of the same articles, and a Markdown file of 2,000 paragraphs.
/// The articles are taken in name order and cycled, each under a heading of its own, so the same command gives the same files.
/// </summary>
internal static class LongDocuments
{
    private const int MarkdownParagraphs = 2000;

    public static void Write(string polnearFolder, string checkSetFile, string outFolder, int pages)
    {
        Directory.CreateDirectory(outFolder);
        var left = File.ReadAllLines(checkSetFile).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet();
        var articles = Directory.GetFiles(Path.Combine(polnearFolder, "train", "text"), "*.txt").Order(StringComparer.Ordinal)
            .Where(f => !left.Contains(Path.GetFileNameWithoutExtension(f)))
            .Select(f => File.ReadAllLines(f).Select(Clean).Where(l => l.Length > 0).ToArray())
            .Where(lines => lines.Length > 1).ToList();
        // About 670 words fill an A4 page at 10 points here; PolNeAR's articles average about 740.
        var wanted = articles.Sum(a => a.Sum(l => l.Split(' ').Length)) / (double)articles.Count;
        var count = (int)Math.Ceiling(pages * 670 / wanted);
        var parts = Enumerable.Range(0, count).Select(i => Part(articles[i % articles.Count], i)).ToList();

        var pdfPages = WritePdf(parts, Path.Combine(outFolder, "long.pdf"));
        WriteDocx(parts, Path.Combine(outFolder, "long.docx"));
        var markdown = MarkdownOf(parts);
        File.WriteAllText(Path.Combine(outFolder, "long.md"), markdown);
        Console.WriteLine($"{parts.Count} articles: long.pdf {pdfPages} pages, long.docx {parts.Sum(p => p.Paragraphs.Length + 1)} paragraphs, long.md {MarkdownParagraphs} paragraphs, in {outFolder}");
    }

    // A few articles hold control characters (an escape), which XML cannot hold.
    private static string Clean(string line) => new string(line.Where(c => !char.IsControl(c)).ToArray()).Trim();

    private sealed record ArticlePart(string Heading, string[] Paragraphs);

    // The headline is PolNeAR's first line; a cycled copy is numbered so no two headings are the same. PolNeAR's paragraphs
    // are mostly one sentence: two make one here, so 3,000 pages stay under the 50,000 paragraphs a document may have.
    private static ArticlePart Part(string[] lines, int index) =>
        new($"{index + 1}. {lines[0]}", lines[1..].Chunk(2).Select(pair => string.Join(' ', pair)).ToArray());

    private static int WritePdf(List<ArticlePart> parts, string path)
    {
        var document = Document.Create(d => d.MaxPages(100_000).Page(page =>
        {
            page.Margin(56);
            page.DefaultTextStyle(new TextStyle { FontSize = 10 });
            page.Content().Column(column =>
            {
                column.Spacing(6);
                column.Item().Text("Political News of 2016: A Reader").FontSize(20).Bold();
                foreach (var part in parts)
                {
                    column.Item().PaddingTop(8).Text(part.Heading).FontSize(14).Bold();
                    foreach (var paragraph in part.Paragraphs) column.Item().Text(paragraph);
                }
            });
            page.Footer().AlignCenter().Text(t => { t.Span("Page "); t.CurrentPageNumber(); t.Span(" of "); t.TotalPages(); });
        }));
        using var file = File.Create(path);
        return document.GeneratePdf(file);
    }

    private static void WriteDocx(List<ArticlePart> parts, string path)
    {
        using var docx = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = docx.AddMainDocumentPart();
        var body = new Word.Body();
        body.Append(Paragraph("Political News of 2016: A Reader", "Title"));
        foreach (var part in parts)
        {
            body.Append(Paragraph(part.Heading, "Heading1"));
            foreach (var paragraph in part.Paragraphs) body.Append(Paragraph(paragraph, null));
        }
        main.Document = new Word.Document(body);
        main.Document.Save();
    }

    private static Word.Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Word.Paragraph(new Word.Run(new Word.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null) paragraph.PrependChild(new Word.ParagraphProperties(new Word.ParagraphStyleId { Val = style }));
        return paragraph;
    }

    // The first articles' headings and paragraphs, up to 2,000 paragraphs in all.
    private static string MarkdownOf(List<ArticlePart> parts)
    {
        var text = new StringBuilder("# Political News of 2016: A Reader\n\n");
        var written = 0;
        foreach (var part in parts)
        {
            if (written >= MarkdownParagraphs) break;
            text.Append("## ").Append(part.Heading).Append("\n\n");
            foreach (var paragraph in part.Paragraphs.Take(MarkdownParagraphs - written))
            {
                text.Append(paragraph).Append("\n\n");
                written++;
            }
        }
        return text.ToString();
    }
}
