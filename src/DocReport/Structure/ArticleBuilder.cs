using System.Text;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Structure;

/// <summary>
/// Builds the article from the blocks read: removes page furniture, normalises the text, chooses the
/// title, and lays paragraphs and sentences out in one text with <c>[Start,End)</c> offsets into it.
/// </summary>
public sealed class ArticleBuilder : IStructureBuilder
{
    private const string ParagraphSeparator = "\n\n";
    private const int IdLength = 16;

    private readonly BoilerplateFilter boilerplate = BoilerplateFilter.Default;

    /// <inheritdoc />
    public StageResult<Article> Build(RawDocument document)
    {
        if (document.Sha256.Length < IdLength || !document.Sha256.All(char.IsAsciiHexDigit))
            return StageResult<Article>.Failure($"{document.SourcePath}: the reader gave no SHA-256 of the file, so the document has no identifier");
        var splitter = SentenceSplitter.For(document.Metadata.Language);
        var hyphenation = HyphenationEvidence.From(document.Blocks.Select(b => b.Text));
        var blocks = document.Blocks
            .Select(b => boilerplate.Filter(b, document.Format)).OfType<Block>()
            .SelectMany(RunInHeading.Split)
            .Select(b => NormalizedBlock.From(b, hyphenation))
            .Where(b => b.Text.Length > 0)
            .ToList();
        var metadataTitle = TextNormalizer.Normalize(document.Metadata.Title ?? "", hyphenation).Text;
        var siteName = TextNormalizer.Normalize(document.Metadata.SiteName ?? "", hyphenation).Text;
        var (title, firstBlockIsTitle) = TitleSelector.Choose(metadataTitle, siteName, blocks.FirstOrDefault());
        var origin = TitleOrigin.Document;
        if (title.Length == 0)
            (title, origin) = TitleFallback.For(blocks.FirstOrDefault(b => b.Kind != BlockKind.Heading), document.SourcePath, splitter);
        // A document of one block is its own text: the block gives the title and stays the body.
        var (text, paragraphs) = LayOut(firstBlockIsTitle && blocks.Count > 1 ? blocks.Skip(1) : blocks, splitter);
        return StageResult<Article>.Success(new Article(Describe(document, title, origin), text, paragraphs));
    }

    private static (string Text, IReadOnlyList<Paragraph> Paragraphs) LayOut(IEnumerable<NormalizedBlock> blocks, SentenceSplitter splitter)
    {
        var text = new StringBuilder();
        var paragraphs = new List<Paragraph>();
        string? section = null;
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Heading) { section = block.Text; continue; }
            if (text.Length > 0) text.Append(ParagraphSeparator);
            var start = text.Length;
            text.Append(block.Text);
            var ordinal = paragraphs.Count + 1;
            var id = $"P{ordinal}";
            paragraphs.Add(new Paragraph(id, ordinal, section, block.Kind, block.Text, start, text.Length)
            {
                // A reader that cannot tell a list's nesting says 0: its items are top items.
                Level = block.Kind == BlockKind.ListItem ? Math.Max(1, block.Source.Level) : 0,
                Sentences = SentencesOf(id, block.Kind, block.Text, start, splitter),
                Links = block.Source.Links.Select(l => block.Normalized.Map(l, start)).OfType<Link>().ToList(),
            });
        }
        return (text.ToString(), paragraphs);
    }

    // A table's rows are its sentences: a row reads as one statement ("2023  4.5 million"); code states nothing to check.
    private static IReadOnlyList<Sentence> SentencesOf(string paragraphId, BlockKind kind, string paragraphText, int paragraphStart, SentenceSplitter splitter) =>
        (kind switch
        {
            BlockKind.Table => TableText.Rows(paragraphText),
            BlockKind.Code => [],
            _ => splitter.Split(paragraphText, 0, paragraphText.Length),
        })
            .Select((range, i) => new Sentence($"{paragraphId}.S{i + 1}", paragraphText[range.Start..range.End],
                paragraphStart + range.Start, paragraphStart + range.End))
            .ToList();

    private static DocumentInfo Describe(RawDocument document, string title, TitleOrigin origin) => new()
    {
        Id = document.Sha256[..IdLength].ToLowerInvariant(),
        Title = title,
        TitleOrigin = origin,
        Authors = document.Metadata.Authors,
        Published = document.Metadata.Published,
        Url = document.Metadata.Url,
        Language = document.Metadata.Language,
        SiteName = SiteNameText.Clean(document.Metadata.SiteName, title),
        SourcePath = document.SourcePath,
        RepairedCharacters = document.RepairedCharacters,
        EncodingGuessed = document.EncodingGuessed,
        Format = document.Format,
        Sha256 = document.Sha256,
    };
}
