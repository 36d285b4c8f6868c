using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// Finds a page's main content the way Readability.js does: scores paragraphs by commas and length, gives the score
/// to their ancestors weighted by tag and class/id hints and discounted by link density, takes the best ancestor
/// and the siblings that look like part of it, then cleans it. Retries with fewer filters when little text is left.
/// </summary>
internal sealed partial class ContentExtractor
{
    private const int CharThreshold = 500;
    private const int TopCandidateCount = 5;
    private const int MinimumTopCandidates = 3;
    private const int MinimumListLines = 6;
    private const int MaximumListLineLength = 50;

    private static readonly ISelector TitleMark = Selectors.Parse(ArticleLead.TitleMark);

    private readonly IDocument document;
    private readonly Func<IElement> freshBody;
    private readonly string? title;
    private readonly bool removeByline;
    private string? byline;
    private string? bylineInBox;

    private ContentExtractor(IDocument document, Func<IElement> freshBody, string? title, bool removeByline)
    {
        this.document = document;
        this.freshBody = freshBody;
        this.title = title;
        this.removeByline = removeByline;
    }

    /// <summary>
    /// The main content of <paramref name="document"/> (prepared by <see cref="DocumentPreparer"/>), or null for a page
    /// without text. An attempt changes the page, so a retry gets the body as it was from <paramref name="freshBody"/>:
    /// reading the page again only when a retry is needed costs less than copying every page's body beforehand. The page's
    /// byline element is read either way; with <paramref name="removeByline"/> (no author in the page's metadata) it leaves the
    /// content, as Readability's does; without, it stays there and is only noted (to weigh against the metadata's author).
    /// </summary>
    public static ExtractedArticle? Extract(IDocument document, Func<IElement> freshBody, string? title, bool removeByline)
    {
        var extractor = new ContentExtractor(document, freshBody, title, removeByline);
        var content = extractor.ExtractWithRetries();
        return content is null ? null : new ExtractedArticle(content.Value.Content, content.Value.Labels, extractor.byline ?? extractor.bylineInBox);
    }

    private (IElement Content, OrphanLabels Labels)? ExtractWithRetries()
    {
        if (document.Body is null) return null;
        var attempts = new List<(IElement Content, OrphanLabels Labels, int Length)>();
        ExtractionFlags[] ladder =
        [
            ExtractionFlags.All,
            ExtractionFlags.WeightClasses | ExtractionFlags.CleanConditionally,
            ExtractionFlags.CleanConditionally,
            ExtractionFlags.None,
        ];
        foreach (var flags in ladder)
        {
            if (attempts.Count > 0) document.Body!.Parent!.ReplaceChild(freshBody(), document.Body);
            var (content, labels) = Attempt(new ContentScores(flags));
            var length = content.InnerTextLength();
            if (length >= CharThreshold) return (content, labels);
            attempts.Add((content, labels, length));
        }
        var best = attempts.OrderByDescending(a => a.Length).First();
        return best.Length == 0 ? null : (best.Content, best.Labels);
    }

    private (IElement Content, OrphanLabels Labels) Attempt(ContentScores scores)
    {
        var body = document.Body!;
        var elementsToScore = CollectElementsToScore(scores.Flags);
        var candidates = ScoreParagraphs(elementsToScore, scores);
        var topCandidate = ChooseTopCandidate(candidates, scores, body);
        topCandidate = TitlesArticle(document.First(TitleMark), topCandidate, candidates, scores) ?? topCandidate;
        var lead = ArticleLead.Find(document.First(TitleMark), topCandidate, scores);
        var article = MergeSiblings(topCandidate, scores);
        foreach (var block in lead.Where(b => !article.Contains(b)).Reverse()) article.Prepend(block);
        var labels = OrphanLabels.Measure(article);
        ArticleCleaner.Clean(article, scores);
        return (article, labels);
    }

    private static bool IsByline(IElement node, string matchString)
    {
        var itemprop = node.GetAttribute("itemprop");
        var isMarked = node.GetAttribute("rel") == "author" || (itemprop?.Contains("author") ?? false)
            || ReadabilityPatterns.Byline().IsMatch(matchString);
        return isMarked && node.TextContent.Trim().Length is > 0 and < 100 && !OpensSentence(node) && !LicenseCredit().IsMatch(matchString)
            && !CreditOrHeadline(node, itemprop);
    }

    // A picture's or video's credit (inside a figure, or an element marked up as an image or video object: `<aside
    // itemtype="http://schema.org/ImageObject"> ... <cite itemprop="author">`) or a block quotation's source is not the article's
    // byline; nor is the headline a template marks up in an "author" class (`<span class="list-author" itemprop="headline">`).
    private static bool CreditOrHeadline(IElement node, string? itemprop) =>
        (itemprop?.Contains("headline") ?? false) || node.ClosestTag("figure") is not null || node.ClosestTag("blockquote") is not null
        || node.Ancestors<IElement>().Any(MediaObject);

    private static bool MediaObject(IElement e) =>
        e.GetAttribute("itemprop") is "image" or "video" || (e.GetAttribute("itemtype") ?? "").Contains("ImageObject") || (e.GetAttribute("itemtype") ?? "").Contains("VideoObject");

    // A picture's licence names its author ("license-author" under a photo): a credit, not the article's byline.
    [System.Text.RegularExpressions.GeneratedRegex("licen[cs]e", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LicenseCredit();

    // A dateline that runs on into the story's first sentence ("<span class='dateline'>KOBE –</span> A total of ...") is
    // the story's, not a byline.
    private static bool OpensSentence(IElement node) =>
        Siblings.Next(node) is IText { Data: var next } && next.AsSpan().Trim().Length > 20;

    // The article's own header or footer may carry a class Readability drops ("entry-header", "post-footer") and the byline
    // with it: the first byline inside such a box is noted, to be read only when the walk finds none elsewhere. A box of
    // others' posts or of other stories (comments, a sidebar's widgets, related articles) names their authors, not this one's.
    private void NoteBylineInBox(IElement box)
    {
        if (bylineInBox is not null || byline is not null || OthersPosts().IsMatch(box.ClassAndId())) return;
        bylineInBox = box.Descendants<IElement>().Where(e => IsByline(e, e.ClassAndId()) && e.IsProbablyVisible()
            && !e.Ancestors<IElement>().TakeWhile(a => a != box).Any(a => OthersPosts().IsMatch(a.ClassAndId())))
            .Select(NamedBylineText).FirstOrDefault(text => text is not null);
    }

    [System.Text.RegularExpressions.GeneratedRegex("comment|community|disqus|replies|remark|shoutbox|sidebar|widget|related|recent", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OthersPosts();

    // A byline's label alone in an element of its own ("<span class='meta-prep-author'>Posted on</span>", before the date and
    // the author's element) is no byline: the walk reads on to the element that names the author. A byline box holding
    // anything else (a date alone) is the article's, and the walk stops there: the next one may be another story's.
    private static string? NamedBylineText(IElement node) =>
        BylineText(node) is var text && !Reading.BylineText.IsLabelAlone(text) ? text : null;

    // An itemprop="name" inside the byline names the author more exactly than the whole byline.
    private static string BylineText(IElement node)
    {
        var name = node.Descendants<IElement>().FirstOrDefault(e => e.GetAttribute("itemprop")?.Contains("name") ?? false);
        // Each text node apart: a name and a relative date set in neighbouring spans ("<span>Ann Roe</span><span>vor 5
        // Stunden</span>") are two words, not "Ann Roevor".
        return string.Join(' ', (name ?? node).Descendants<IText>().Select(t => t.Data)).Trim();
    }

    private bool DuplicatesTitle(IElement node) =>
        node.LocalName is "h1" or "h2" && title is not null && Dom.TextSimilarity(title, node.InnerText(false)) > 0.75;
}
