using AngleSharp.Dom;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocReport.Pipeline;
using DocReport.Reading.Text;

namespace DocReport.Reading.Html;

/// <summary>Reads a saved web page: its main content as blocks (navigation, comments, share bars and the like left out) and its metadata.</summary>
internal sealed partial class HtmlReader(int maxDepth, int maxElements) : IFormatReader
{
    public StageResult<ReadContent> Read(byte[] bytes)
    {
        var html = TextDecoder.Decode(bytes, DeclaredCharset(bytes));
        if (html is null) return StageResult<ReadContent>.Failure(FormatSniffer.BinaryReason);
        // Counted before parsing: a million tiny paragraphs would cost a gigabyte and minutes before the paragraph limit saw them.
        if (NestingLimiter.CountStartTags(html) is var elements && elements > maxElements)
            return StageResult<ReadContent>.Failure($"the page has {elements:N0} elements, over the limit of {maxElements:N0} (10 × PipelineOptions.MaxParagraphs, --max-paragraphs)");
        return StageResult<ReadContent>.Success(ReadHtml(NestingLimiter.Limit(html, maxDepth).Html));
    }

    // Below this much text, a page whose content sits in <noscript> (pages rendered by script) is read again with it.
    private const int MinimumArticleLength = 500;

    /// <summary>Blocks and metadata of an HTML page.</summary>
    public static ReadContent ReadHtml(string html)
    {
        var content = ReadHtml(html, keepNoscriptContent: false);
        if (content.Blocks.Sum(b => b.Text.Length) >= MinimumArticleLength || !html.Contains("<noscript", StringComparison.OrdinalIgnoreCase))
            return content;
        var withNoscript = ReadHtml(html, keepNoscriptContent: true);
        return withNoscript.Blocks.Sum(b => b.Text.Length) > content.Blocks.Sum(b => b.Text.Length) ? withNoscript : content;
    }

    private static ReadContent ReadHtml(string html, bool keepNoscriptContent)
    {
        var document = new HtmlParser().ParseDocument(html);
        var jsonLd = JsonLdArticle.Find(document);
        var published = PublishedDate.Find(document, jsonLd?.DatePublished);
        DocumentPreparer.Prepare(document, keepNoscriptContent);
        var metadata = HtmlMetadata.FromHead(document, jsonLd, published);
        var baseUri = BaseUri(document.QuerySelector("base[href]")?.GetAttribute("href") ?? metadata.Url);
        var article = ContentExtractor.Extract(document, () => PreparedBody(html, keepNoscriptContent), metadata.Title, findByline: metadata.Authors.Count == 0);
        if (article is null) return new ReadContent(metadata, []);
        ArticleFurniture.Remove(article.Content);
        var blocks = BlockCollector.Collect(article.Content, baseUri).ToList();
        var bylineLines = TopMatter.Extract(blocks);
        return new ReadContent(HtmlMetadata.Complete(metadata, article.Byline, bylineLines), blocks);
    }

    private static IElement PreparedBody(string html, bool keepNoscriptContent)
    {
        var document = new HtmlParser().ParseDocument(html);
        DocumentPreparer.Prepare(document, keepNoscriptContent);
        return document.Body!;
    }

    private static Uri? BaseUri(string? href) =>
        href is not null && Uri.TryCreate(href, UriKind.Absolute, out var uri) ? uri : null;

    // The charset a page declares in its first bytes, used only when the bytes are not valid UTF-8.
    private static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = Charset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
