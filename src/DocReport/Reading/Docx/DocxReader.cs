using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DocReport.Model;
using DocReport.Validation;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using DocReport.Pipeline;
using DocBlock = DocReport.Model.Block;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace DocReport.Reading.Docx;

/// <summary>Reads a DOCX with the Open XML SDK: paragraphs with heading, list, quote and code styles, tables, text boxes, hyperlinks, footnotes and endnotes, core properties.</summary>
internal sealed class DocxReader(long maxExpandedBytes, int maxParagraphs) : IFormatReader
{
    public StageResult<ReadContent> Read(byte[] bytes)
    {
        try
        {
            if (ExpansionGuard.Check(bytes, maxExpandedBytes) is { } tooLarge) return StageResult<ReadContent>.Failure(tooLarge);
            if (ParagraphCount.AtLeast(bytes) is var paragraphs && paragraphs > maxParagraphs)
                return StageResult<ReadContent>.Failure(FormatDetectingReader.TooManyParagraphs("DOCX", paragraphs, maxParagraphs));
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
            if (document.MainDocumentPart?.Document?.Body is not { } body)
                return StageResult<ReadContent>.Failure("DOCX without word/document.xml");
            var styles = new ParagraphStyles(document.MainDocumentPart.StyleDefinitionsPart?.Styles);
            var blocks = new List<DocBlock>();
            AddBlocks(body, styles, DocxNotes.Targets(document.MainDocumentPart), blocks);
            // Word prints footnotes at the foot of the page and endnotes at the end: both come after the body's text.
            NotesSection.Append(blocks, () =>
            {
                foreach (var (note, noteLinks) in DocxNotes.Referenced(document.MainDocumentPart, body)) AddBlocks(note, styles, noteLinks, blocks);
            });
            var metadata = Metadata(document.PackageProperties);
            // The Title-styled paragraph opening the document is the headline its reader sees; the core properties' title is
            // hidden in the file's properties, often a template's or an earlier document's ("Title", "Board memo").
            if (ShownTitle(body, styles) is { } shown && blocks is [{ Kind: BlockKind.Heading } first, ..] && first.Text == shown)
                metadata = metadata with { Title = shown };
            // Author-styled lines under the title (pandoc writes its author metadata so) are the byline, not the body's text.
            var bylines = AuthorLines(body, styles);
            if (bylines.Count > 0 && blocks.Count > bylines.Count + 1 && blocks[0].Kind == BlockKind.Heading
                && blocks.Skip(1).Take(bylines.Count).Select(b => b.Text).SequenceEqual(bylines))
            {
                blocks.RemoveRange(1, bylines.Count);
                if (metadata.Authors.Count == 0) metadata = metadata with { Authors = bylines.SelectMany(b => BylineText.SplitNames(b)).ToList() };
            }
            return StageResult<ReadContent>.Success(new ReadContent(Text.TopMatter.Over(metadata, blocks), blocks));
        }
        // System.IO.Packaging reports a damaged package with these too (a part named but missing, a content type in
        // [Content_Types].xml that is not type/subtype: ArgumentException).
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException
            or InvalidOperationException or FormatException or ArgumentException)
        {
            return StageResult<ReadContent>.Failure("damaged DOCX: " + e.Message);
        }
    }

    private static void AddBlocks(OpenXmlElement container, ParagraphStyles styles, Dictionary<string, string> links, List<DocBlock> blocks)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    AddParagraph(paragraph, styles, links, blocks);
                    // A text box (a sidebar, a pull quote) is anchored in a paragraph: its paragraphs are read after it.
                    foreach (var box in TextBoxes(paragraph)) AddBlocks(box, styles, links, blocks);
                    break;
                case Table table:
                    if (TableBlock.From(table.Elements<TableRow>().Select(r => Cells(r, links))) is { } tableBlock) blocks.Add(tableBlock);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    AddBlocks(element, styles, links, blocks);
                    break;
            }
        }
    }

    private static void AddParagraph(Paragraph paragraph, ParagraphStyles styles, Dictionary<string, string> links, List<DocBlock> blocks)
    {
        var (text, paragraphLinks) = RunText.Of(paragraph, links);
        if (text.Trim().Length == 0) return;
        var (kind, level) = styles.KindOf(paragraph);
        if (kind != BlockKind.Code) blocks.Add(new DocBlock(kind, text.Trim(), level) { Links = RunText.Shift(paragraphLinks, text) });
        // Word keeps a code listing one line a paragraph: the lines of a run of them make one block, indentation kept.
        else if (blocks is [.., { Kind: BlockKind.Code } listing]) blocks[^1] = listing with { Text = listing.Text + "\n" + text.TrimEnd() };
        else blocks.Add(new DocBlock(BlockKind.Code, text.TrimEnd()));
    }

    // The text of the body's first paragraph with text when it has the Title style.
    private static string? ShownTitle(Body body, ParagraphStyles styles) =>
        body.Descendants<Paragraph>().FirstOrDefault(p => p.InnerText.Trim().Length > 0) is { } first && styles.IsTitle(first)
            ? RunText.Of(first, new Dictionary<string, string>()).Text.Trim() : null;

    // The texts of the Author-styled paragraphs right under the body's opening Title-styled one.
    private static List<string> AuthorLines(Body body, ParagraphStyles styles) =>
        body.Elements<Paragraph>().Where(p => p.InnerText.Trim().Length > 0).ToList() is [var first, .. var rest] && styles.IsTitle(first)
            ? rest.TakeWhile(styles.IsAuthor).Select(p => RunText.Of(p, new Dictionary<string, string>()).Text.Trim()).ToList() : [];

    // The text boxes drawn in the paragraph, each once: Word writes a box twice, as a drawing and as a fallback picture for
    // older readers, and a box inside a box is read with its outer box.
    private static IEnumerable<TextBoxContent> TextBoxes(Paragraph paragraph) =>
        paragraph.Descendants<TextBoxContent>().Where(box =>
            !box.Ancestors().TakeWhile(a => a != paragraph).Any(a => a is AlternateContentFallback or TextBoxContent));

    private static IReadOnlyList<(string, IReadOnlyList<Link>)> Cells(TableRow row, Dictionary<string, string> links) =>
        row.Elements<TableCell>().Select(cell =>
        {
            var text = new System.Text.StringBuilder();
            var cellLinks = new List<Link>();
            foreach (var (partText, partLinks) in cell.Elements<Paragraph>().Select(p => RunText.Of(p, links)))
            {
                if (text.Length > 0) text.Append(' ');
                cellLinks.AddRange(partLinks.Select(l => l with { Start = l.Start + text.Length, End = l.End + text.Length }));
                text.Append(partText);
            }
            // A cell merged across columns (w:gridSpan) stands over as many grid columns: the ones after it are left empty,
            // so the cells of the rows below stay under their headings.
            var span = cell.TableCellProperties?.GridSpan?.Val?.Value is int n and > 1 and <= 64 ? n : 1;
            return Enumerable.Repeat((string.Empty, (IReadOnlyList<Link>)[]), span - 1)
                .Prepend((text.ToString(), (IReadOnlyList<Link>)cellLinks));
        }).SelectMany(c => c).ToList();

    private static DocumentMetadata Metadata(System.IO.Packaging.PackageProperties properties) => new()
    {
        Title = Blank(properties.Title),
        Authors = Blank(properties.Creator) is { } creator ? BylineText.SplitNames(creator) : [],
        // Word leaves year 1 in a document that never had its creation date set: that is no date.
        Published = properties.Created is { Year: >= PublishedDateRule.FirstYear } created
            ? created.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Language = Blank(properties.Language),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
