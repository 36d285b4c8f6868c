using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Reading.Text;

namespace DocReport.Reading.Html;

/// <summary>Reads a saved web page: its main content as blocks (navigation, comments, share bars and the like left out) and its metadata.</summary>
internal sealed class HtmlReader(int maxDepth, int maxElements, int maxSideBySide) : ITextFormatReader
{
    public StageResult<ReadContent> ReadDecoded(string html, bool encodingGuessed)
    {
        // Counted before parsing: a million tiny paragraphs would cost a gigabyte and minutes before the paragraph limit saw them.
        if (NestingLimiter.CountStartTags(html) is var elements && elements > maxElements)
            return StageResult<ReadContent>.Failure($"the page has {elements:N0} elements, over the limit of {maxElements:N0} (10 × PipelineOptions.MaxParagraphs, --max-paragraphs)");
        // Estimated before parsing too (a page of 450,000 paragraphs costs 700 MB to parse), then counted exactly.
        if (elements > maxSideBySide && NestingLimiter.MostSideBySide(html) is var (name, count) && count > maxSideBySide)
            return SideBySide(name, count);
        html = NestingLimiter.Limit(html, maxDepth).Html;
        var document = Parser().ParseDocument(html);
        // Counted before reading: AngleSharp finds a child's place by scanning its parent's children, so each element
        // the reader moves, replaces or removes among n siblings costs up to n, and 400,000 side by side cost minutes.
        if (Dom.MostChildElements(document) is var (parent, children) && children > maxSideBySide)
            return SideBySide(parent!.LocalName, children);
        return StageResult<ReadContent>.Success(ReadHtml(html, document, repair: !encodingGuessed && MojibakeNodes.MayNeedRepair(html)));
    }

    private StageResult<ReadContent> SideBySide(string parent, int children) =>
        StageResult<ReadContent>.Failure($"the page has {children:N0} elements side by side in one <{parent}>, over the limit of {maxSideBySide:N0} (PipelineOptions.MaxParagraphs, --max-paragraphs)");

    private static readonly ISelector BaseElement = Selectors.Parse("base[href]");

    // Below this much text, a page whose content sits in <noscript> (pages rendered by script) is read again with it.
    private const int MinimumArticleLength = 500;

    // Blocks and metadata of an HTML page, parsed as given.
    // repair: whether the page's mojibake is repaired (MojibakeNodes), decided once for the page.
    private static ReadContent ReadHtml(string html, IDocument parsed, bool repair)
    {
        var content = ReadHtml(html, parsed, keepNoscriptContent: false, repair);
        if (content.Blocks.Sum(b => b.Text.Length) >= MinimumArticleLength || !html.Contains("<noscript", StringComparison.OrdinalIgnoreCase))
            return content;
        var withNoscript = ReadHtml(html, Parser().ParseDocument(html), keepNoscriptContent: true, repair);
        return withNoscript.Blocks.Sum(b => b.Text.Length) > content.Blocks.Sum(b => b.Text.Length) ? withNoscript : content;
    }

    private static ReadContent ReadHtml(string html, IDocument document, bool keepNoscriptContent, bool repair)
    {
        var repaired = repair ? MojibakeNodes.Repair(document) : 0;
        InvisibleCharacters.Remove(document);
        var jsonLd = JsonLdArticle.Find(document);
        var published = PublishedDate.Find(document, jsonLd?.DatePublished);
        DocumentPreparer.Prepare(document, keepNoscriptContent);
        var navigation = NavigationTexts.Of(document);
        var host = SiteHost.Of(document);
        var metadata = HtmlMetadata.FromHead(document, jsonLd, published);
        var headings = CitedTitle.Headings(document);
        var baseUri = BaseUri(document.First(BaseElement)?.GetAttribute("href") ?? metadata.Url);
        var article = ContentExtractor.Extract(document, () => PreparedBody(html, keepNoscriptContent, repair), metadata.Title, removeByline: metadata.Authors.Count == 0);
        if (article is null) return new ReadContent(Cited(metadata, headings), JsonLdBody.Blocks(document, jsonLd?.Body, [], baseUri) ?? []) { RepairedCharacters = repaired };
        navigation.Subtract(article.Content);
        ArticleFurniture.Remove(article.Content, navigation, host);
        article.Labels.Remove(article.Content);
        var blocks = BlockCollector.Collect(article.Content, baseUri).ToList();
        blocks = JsonLdBody.Blocks(document, jsonLd?.Body, blocks, baseUri) ?? blocks;
        blocks = AuthorNotes.Without(blocks, jsonLd?.AuthorDescriptions ?? []);
        var completed = HtmlMetadata.Complete(metadata, jsonLd?.Persons ?? [], article.Byline, TopMatter.Extract(blocks));
        blocks = AuthorNotes.WithoutNamedNotes(blocks, completed.Authors);
        return new ReadContent(Cited(completed, headings), blocks) { RepairedCharacters = repaired };
    }

    /// <summary>Each date source's date on a page, in the order <see cref="PublishedDate"/> asks them (the bench's table of which
    /// source is right how often).</summary>
    internal static IReadOnlyList<(string Kind, string? Date)> DateSources(string html)
    {
        var (document, jsonLdDate) = DatedPage(html);
        return PublishedDate.BySource(document, jsonLdDate);
    }

    /// <summary>The page's published date as <see cref="PublishedDate"/> gives it after every correction (the bench's detail rows).</summary>
    internal static string? PublishedDateOf(string html)
    {
        var (document, jsonLdDate) = DatedPage(html);
        return PublishedDate.Find(document, jsonLdDate);
    }

    /// <summary>A page parsed as the reader parses it before it looks for the date, with its JSON-LD date: the bench asks
    /// <see cref="PublishedDate"/> several times of one page.</summary>
    internal static (IDocument Document, string? JsonLdDate) DatedPage(string html)
    {
        var document = Parser().ParseDocument(html);
        if (MojibakeNodes.MayNeedRepair(html)) MojibakeNodes.Repair(document);
        InvisibleCharacters.Remove(document);
        return (document, JsonLdArticle.Find(document)?.DatePublished);
    }

    // The extractor is guided by the title as the page gives it; the article's title is cited without the site's name.
    private static DocumentMetadata Cited(DocumentMetadata metadata, IReadOnlyList<string> headings) =>
        metadata with { Title = CitedTitle.Of(metadata.Title, headings, metadata.SiteName, metadata.Url, metadata.Authors) };

    // Positions of elements in the source are never read.
    private static HtmlParser Parser() => new(new HtmlParserOptions { DisableElementPositionTracking = true });

    private static IElement PreparedBody(string html, bool keepNoscriptContent, bool repair)
    {
        var document = Parser().ParseDocument(html);
        if (repair) MojibakeNodes.Repair(document);
        InvisibleCharacters.Remove(document);
        DocumentPreparer.Prepare(document, keepNoscriptContent);
        return document.Body!;
    }

    private static Uri? BaseUri(string? href) =>
        href is not null && Uri.TryCreate(href, UriKind.Absolute, out var uri) ? uri : null;
}
