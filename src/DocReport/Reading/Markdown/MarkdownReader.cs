using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using DocReport.Model;
using DocReport.Pipeline;
using DocBlock = DocReport.Model.Block;
using MarkdownBlock = Markdig.Syntax.Block;
using MarkdownTable = Markdig.Extensions.Tables.Table;

namespace DocReport.Reading.Markdown;

/// <summary>
/// Reads Markdown with Markdig: headings, paragraphs, list items with their depth, quotes, tables, code blocks and links; YAML
/// front matter as metadata. Footnotes ("[^1]" and "[^1]: text") are read as Word's are: the marks leave nothing in the
/// sentence, the notes' paragraphs come after the body.
/// </summary>
internal sealed class MarkdownReader : ITextFormatReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseGridTables().UseFootnotes().Build();

    // Markdig refuses elements nested past its depth limit (thousands of "> " or "[" in a row); the text is still worth reading.
    public StageResult<ReadContent> ReadDecoded(string text, bool encodingGuessed)
    {
        var (repaired, count) = MojibakeRepair.RepairRead(text, encodingGuessed);
        ReadContent content;
        try { content = ReadMarkdown(repaired); }
        catch (ArgumentException) { content = Text.PlainTextReader.ReadText(repaired); }
        return StageResult<ReadContent>.Success(content with { RepairedCharacters = count });
    }

    /// <summary>Blocks and metadata of Markdown text.</summary>
    public static ReadContent ReadMarkdown(string text)
    {
        var document = Markdig.Markdown.Parse(text, Pipeline);
        var blocks = new List<DocBlock>();
        var metadata = new DocumentMetadata();
        MarkdownBlock? previous = null; // the last Markdown block, when it gave one block
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock yaml) metadata = FrontMatter.Read(yaml.Lines.ToString());
            else
            {
                var count = blocks.Count;
                Add(block, BlockKind.Paragraph, blocks);
                var added = blocks.Count - count;
                if (previous is HeadingBlock heading && added == 1 && RunsOn(heading, block, blocks[^2], blocks[^1])) JoinLastTwo(blocks);
                previous = added == 1 ? block : null;
            }
        }
        // "*By Ann Lee, 3 March 2025*" under the title, as in a text file: what front matter does not give
        var top = Text.TopMatter.Extract(blocks);
        metadata = metadata with { Authors = metadata.Authors.Count > 0 ? metadata.Authors : top.Authors, Published = metadata.Published ?? top.Published };
        return new ReadContent(metadata, blocks);
    }

    // Markdown ends a "#" heading at its line; a heading closed by a comma or semicolon with one line right under it was
    // broken there by its writer ("# Cruz channeling strategy he used in 2012;" / "Question is whether it will pay off."),
    // and runs on into that line. A heading closed by a colon heads what follows ("## Note:") and stays alone.
    private static bool RunsOn(HeadingBlock heading, MarkdownBlock block, DocBlock headingRead, DocBlock blockRead) =>
        block is ParagraphBlock && block.Line == heading.Line + 1 && !blockRead.Text.Contains('\n')
        && headingRead is { Kind: BlockKind.Heading, Text: [.., ';' or ','] };

    private static void JoinLastTwo(List<DocBlock> blocks)
    {
        var (heading, line) = (blocks[^2], blocks[^1]);
        var at = heading.Text.Length + 1;
        blocks.RemoveAt(blocks.Count - 1);
        blocks[^1] = heading with
        {
            Text = heading.Text + " " + line.Text,
            Links = [.. heading.Links, .. line.Links.Select(l => l with { Start = l.Start + at, End = l.End + at })],
        };
    }

    // depth counts the list items the block is inside: a sub-item is a list item of level 2.
    private static void Add(MarkdownBlock block, BlockKind kind, List<DocBlock> blocks, int depth = 0)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddInline(heading.Inline, BlockKind.Heading, heading.Level, blocks);
                break;
            case ParagraphBlock paragraph:
                AddInline(paragraph.Inline, kind, kind == BlockKind.ListItem ? depth : 0, blocks);
                break;
            case CodeBlock code:
                // Fenced or indented: kept line for line, never read as prose.
                var lines = code.Lines.ToString().Trim('\n');
                if (lines.Trim().Length > 0) blocks.Add(new DocBlock(BlockKind.Code, lines));
                break;
            case ListItemBlock item:
                foreach (var child in item) Add(child, BlockKind.ListItem, blocks, depth + 1);
                break;
            case QuoteBlock quote:
                foreach (var child in quote) Add(child, BlockKind.Quote, blocks, depth);
                break;
            case MarkdownTable table:
                if (TableBlock.From(table.OfType<TableRow>().Select(Cells)) is { } tableBlock) blocks.Add(tableBlock);
                break;
            case Markdig.Extensions.Footnotes.FootnoteGroup notes:
                NotesSection.Append(blocks, () => { foreach (var note in notes) Add(note, kind, blocks, depth); });
                break;
            case ListBlock or ContainerBlock:
                foreach (var child in (ContainerBlock)block) Add(child, kind, blocks, depth);
                break;
        }
    }

    private static IReadOnlyList<(string, IReadOnlyList<Link>)> Cells(TableRow row) =>
        row.OfType<TableCell>().Select(cell =>
        {
            var rendered = cell.OfType<ParagraphBlock>().Where(p => p.Inline is not null).Select(p => InlineText.Render(p.Inline!, inTableCell: true)).ToList();
            var text = string.Join(" ", rendered.Select(r => r.Text));
            var links = new List<Link>();
            var at = 0;
            foreach (var (part, partLinks) in rendered)
            {
                links.AddRange(partLinks.Select(l => l with { Start = l.Start + at, End = l.End + at }));
                at += part.Length + 1;
            }
            return (text, (IReadOnlyList<Link>)links);
        }).ToList();

    private static void AddInline(Markdig.Syntax.Inlines.ContainerInline? inline, BlockKind kind, int level, List<DocBlock> blocks)
    {
        if (inline is null) return;
        var (text, links) = InlineText.Render(inline);
        if (text.Trim().Length > 0) blocks.Add(new DocBlock(kind, text.Trim(), level) { Links = InlineText.Shift(links, text) });
    }
}
