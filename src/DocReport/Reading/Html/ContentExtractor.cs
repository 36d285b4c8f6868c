using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// Finds a page's main content the way Readability.js does: scores paragraphs by commas and length, gives the score
/// to their ancestors weighted by tag and class/id hints and discounted by link density, takes the best ancestor
/// and the siblings that look like part of it, then cleans it. Retries with fewer filters when little text is left.
/// </summary>
internal sealed class ContentExtractor
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
    private readonly bool findByline;
    private string? byline;

    private ContentExtractor(IDocument document, Func<IElement> freshBody, string? title, bool findByline)
    {
        this.document = document;
        this.freshBody = freshBody;
        this.title = title;
        this.findByline = findByline;
    }

    /// <summary>
    /// The main content of <paramref name="document"/> (prepared by <see cref="DocumentPreparer"/>), or null for a page
    /// without text. An attempt changes the page, so a retry gets the body as it was from <paramref name="freshBody"/>:
    /// reading the page again only when a retry is needed costs less than copying every page's body beforehand.
    /// </summary>
    public static ExtractedArticle? Extract(IDocument document, Func<IElement> freshBody, string? title, bool findByline)
    {
        var extractor = new ContentExtractor(document, freshBody, title, findByline);
        var content = extractor.ExtractWithRetries();
        return content is null ? null : new ExtractedArticle(content.Value.Content, content.Value.Labels, extractor.byline);
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

    private List<IElement> CollectElementsToScore(ExtractionFlags flags)
    {
        var elements = new List<IElement>();
        var shouldRemoveTitleHeader = true;
        var titleHeading = document.DocumentElement.DescendantElements(e => DuplicatesTitle(e)).FirstOrDefault();
        var node = document.DocumentElement;
        while (node is not null)
        {
            var matchString = node.ClassAndId();
            if (!node.IsProbablyVisible()
                || (node.GetAttribute("aria-modal") == "true" && node.GetAttribute("role") == "dialog"))
            {
                node = node.RemoveAndGetNext();
                continue;
            }
            if (findByline && byline is null && IsByline(node, matchString))
            {
                byline = BylineText(node);
                node = node.RemoveAndGetNext();
                continue;
            }
            if (shouldRemoveTitleHeader && DuplicatesTitle(node))
            {
                shouldRemoveTitleHeader = false;
                var next = node.NextElement(skipChildren: true);
                node.Parent!.ReplaceChild(document.CreateElement(ArticleLead.TitleMark), node);
                node = next;
                continue;
            }
            if (flags.HasFlag(ExtractionFlags.StripUnlikelyCandidates) && IsUnlikelyCandidate(node, matchString, titleHeading))
            {
                node = node.RemoveAndGetNext();
                continue;
            }
            if (node.LocalName is "div" or "section" or "header" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && node.IsElementWithoutContent())
            {
                node = node.RemoveAndGetNext();
                continue;
            }
            if (ReadabilityPatterns.TagsToScore.Contains(node.LocalName)) elements.Add(node);
            if (node.LocalName == "div") node = TurnDivIntoParagraphs(node, elements);
            node = node.NextElement();
        }
        return elements;
    }

    // The page's root and body are never dropped, whatever their classes say ("avada-html-header-position-top"), nor
    // a box that holds the heading repeating the page's title: the article's own header (with its standfirst and
    // byline) or a template's wrapper of the whole page ("above-footer"), whatever their classes say.
    private static bool IsUnlikelyCandidate(IElement node, string matchString, IElement? titleHeading)
    {
        if (node.LocalName is "html" or "body") return false;
        if (ReadabilityPatterns.UnlikelyCandidates().IsMatch(matchString) && !ReadabilityPatterns.MaybeCandidate().IsMatch(matchString)
            && !node.HasAncestorTag("table") && !node.HasAncestorTag("code") && node.LocalName != "a"
            && (titleHeading is null || !node.Contains(titleHeading)))
            return true;
        if (ArticleCleaner.IsShareOrBoilerplateBox(node)) return true;
        return node.GetAttribute("role") is { } role && ReadabilityPatterns.UnlikelyRoles.Contains(role);
    }

    // A div of phrasing content is a paragraph; runs of phrasing content beside blocks get a paragraph each.
    private IElement TurnDivIntoParagraphs(IElement div, List<IElement> elements)
    {
        IElement? paragraph = null;
        for (var child = div.FirstChild; child is not null;)
        {
            var next = Siblings.Next(child);
            if (child.IsPhrasingContent())
            {
                if (paragraph is not null) paragraph.AppendChild(child);
                else if (!child.IsWhitespace())
                {
                    paragraph = document.CreateElement("p");
                    div.ReplaceChild(paragraph, child);
                    paragraph.AppendChild(child);
                }
            }
            else if (paragraph is not null)
            {
                while (paragraph.LastChild is { } last && last.IsWhitespace()) paragraph.RemoveChild(last);
                paragraph = null;
            }
            child = next;
        }
        if (div.HasSingleTagInside("p") && div.LinkDensity() < 0.25)
        {
            var inner = div.FirstElementChild!;
            // The div's class says what the paragraph is ("image-caption", "author-bio"): later passes still read it.
            if (string.IsNullOrEmpty(inner.ClassName) && !string.IsNullOrEmpty(div.ClassName)) inner.ClassName = div.ClassName;
            div.Parent!.ReplaceChild(inner, div);
            elements.Add(inner);
            return inner;
        }
        if (!div.HasChildBlockElement())
        {
            var replaced = div.Retag("p");
            elements.Add(replaced);
            return replaced;
        }
        return div;
    }

    private List<IElement> ScoreParagraphs(List<IElement> elementsToScore, ContentScores scores)
    {
        var candidates = new List<IElement>();
        var dataTables = new Dictionary<IElement, bool>(ReferenceEqualityComparer.Instance);
        var scoredTables = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var scored in elementsToScore)
        {
            // A data table scores once, as one paragraph: hundreds of cells must not outweigh the story around them.
            var table = scored.ClosestTag("table");
            var inDataTable = table is not null
                && (dataTables.TryGetValue(table, out var isData) ? isData : dataTables[table] = DataTables.IsDataTable(table));
            if (inDataTable && !scoredTables.Add(table!)) continue;
            var element = inDataTable ? table! : scored;
            if (element.ParentElement is null) continue;
            var length = element.InnerTextLength();
            if (length < 25) continue;
            var ancestors = element.Ancestors(maxDepth: 5);
            if (ancestors.Count == 0) continue;
            var commas = element.CommaCount();
            if (commas > 3 && (inDataTable || IsLineList(element, length))) commas = 3;
            var contentScore = 1.0 + commas + 1 + Math.Min(length / 100, 3);
            for (var level = 0; level < ancestors.Count; level++)
            {
                var ancestor = ancestors[level];
                if (ancestor.ParentElement is null) continue;
                if (!scores.Has(ancestor))
                {
                    scores.Initialize(ancestor);
                    candidates.Add(ancestor);
                }
                var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
                scores[ancestor] += contentScore / divider;
            }
        }
        return candidates;
    }

    // A block of short lines broken by <br> (signatories "Name, affiliation", an address, a list of dates) is a list
    // written line by line: its commas separate fields, not clauses, so it scores as one paragraph, as a data table does.
    private static bool IsLineList(IElement element, int length)
    {
        var lines = element.GetElementsByTagName("br").Length + 1;
        return lines >= MinimumListLines && length < lines * MaximumListLineLength;
    }

    private IElement ChooseTopCandidate(List<IElement> candidates, ContentScores scores, IElement body)
    {
        var top = new List<IElement>();
        var text = new SubtreeText();
        foreach (var candidate in candidates)
        {
            var score = scores[candidate] * (1 - text.LinkDensity(candidate));
            scores[candidate] = score;
            var index = top.FindIndex(t => score > scores[t]);
            if (index < 0) index = top.Count;
            if (index < TopCandidateCount) top.Insert(index, candidate);
            if (top.Count > TopCandidateCount) top.RemoveAt(top.Count - 1);
        }
        var topCandidate = top.FirstOrDefault();
        if (topCandidate is null || topCandidate.LocalName == "body")
        {
            var wrapper = document.CreateElement("div");
            while (body.FirstChild is { } child) wrapper.AppendChild(child);
            body.AppendChild(wrapper);
            scores.Initialize(wrapper);
            return wrapper;
        }
        topCandidate = CommonAncestorOfAlternatives(topCandidate, top, scores);
        if (!scores.Has(topCandidate)) scores.Initialize(topCandidate);
        topCandidate = ClimbWhileParentsScoreHigher(topCandidate, scores);
        while (topCandidate.ParentElement is { } parent && parent.LocalName != "body" && parent.ChildElementCount == 1)
            topCandidate = parent;
        if (!scores.Has(topCandidate)) scores.Initialize(topCandidate);
        return topCandidate;
    }

    // A page that loads further stories below its own repeats its article template: when the chosen block has the tag
    // and class of a block under the title heading, in a box of its own before the chosen one, that block (with at
    // least Readability's threshold of text) is the page's article and the chosen one the next story's.
    private static IElement? TitlesArticle(IElement? titleMark, IElement topCandidate, List<IElement> candidates, ContentScores scores)
    {
        if (titleMark is null || topCandidate.Contains(titleMark)) return null;
        var box = titleMark;
        while (box.ParentElement is { } parent && !parent.Contains(topCandidate)) box = parent;
        if (box == titleMark || (box.CompareDocumentPosition(topCandidate) & DocumentPositions.Following) == 0) return null;
        var article = candidates
            .Where(c => c.LocalName == topCandidate.LocalName && c.ClassName == topCandidate.ClassName && box.Contains(c)
                && (titleMark.CompareDocumentPosition(c) & DocumentPositions.Following) != 0)
            .MaxBy(c => scores[c]);
        return article is not null && article.InnerTextLength() >= CharThreshold ? article : null;
    }

    // When several near-best candidates share an ancestor, that ancestor holds the article.
    private static IElement CommonAncestorOfAlternatives(IElement topCandidate, List<IElement> top, ContentScores scores)
    {
        var alternatives = top.Skip(1)
            .Where(c => scores[c] / scores[topCandidate] >= 0.75)
            .Select(c => c.Ancestors())
            .ToList();
        if (alternatives.Count < MinimumTopCandidates) return topCandidate;
        for (var parent = topCandidate.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
            if (alternatives.Count(a => a.Contains(parent)) >= MinimumTopCandidates) return parent;
        return topCandidate;
    }

    private static IElement ClimbWhileParentsScoreHigher(IElement topCandidate, ContentScores scores)
    {
        var lastScore = scores[topCandidate];
        var threshold = lastScore / 3;
        for (var parent = topCandidate.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
        {
            if (!scores.Has(parent)) continue;
            var parentScore = scores[parent];
            if (parentScore < threshold) break;
            if (parentScore > lastScore) return parent;
            lastScore = parentScore;
        }
        return topCandidate;
    }

    private IElement MergeSiblings(IElement topCandidate, ContentScores scores)
    {
        var article = document.CreateElement("div");
        var topScore = WrappedScore(topCandidate, scores)!.Value;
        var threshold = Math.Max(10, topScore * 0.2);
        var parent = topCandidate.ParentElement;
        var siblings = parent?.Children.ToList() ?? [topCandidate];
        foreach (var candidate in siblings)
        {
            var sibling = candidate;
            if (!BelongsToArticle(sibling, topCandidate, topScore, threshold, scores)) continue;
            if (!ReadabilityPatterns.KeepTagOnMerge.Contains(sibling.LocalName))
            {
                var retagged = sibling.Retag("div");
                scores.Transfer(sibling, retagged);
                sibling = retagged;
            }
            article.AppendChild(sibling);
        }
        return article;
    }

    private static bool BelongsToArticle(IElement sibling, IElement topCandidate, double topScore, double threshold, ContentScores scores)
    {
        if (sibling == topCandidate) return true;
        var sameClass = !string.IsNullOrEmpty(topCandidate.ClassName) && sibling.ClassName == topCandidate.ClassName;
        var bonus = sameClass ? topScore * 0.2 : 0;
        // A sibling repeating the top candidate's box (the story's next field item, past an embedded post) scores as the
        // block it wraps, as the top candidate does.
        var score = sameClass && sibling.LocalName == topCandidate.LocalName ? WrappedScore(sibling, scores) : scores.Has(sibling) ? scores[sibling] : null;
        if (score + bonus >= threshold) return true;
        if (sibling.LocalName != "p") return false;
        var linkDensity = sibling.LinkDensity();
        var text = sibling.InnerText();
        if (text.Length > 80) return linkDensity < 0.25;
        return text.Length > 0 && linkDensity == 0 && ReadabilityPatterns.SentenceEnd().IsMatch(text);
    }

    // A box that only wraps another (Drupal's field item around its paragraph around its text) scores as the best block
    // it wraps: the score of the text itself, not the share that reached the wrapper levels above it.
    private static double? WrappedScore(IElement element, ContentScores scores)
    {
        double? best = null;
        for (var e = element; e is not null; e = e.ChildElementCount == 1 ? e.FirstElementChild : null)
            if (scores.Has(e) && (best is null || scores[e] > best)) best = scores[e];
        return best;
    }

    private static bool IsByline(IElement node, string matchString)
    {
        var itemprop = node.GetAttribute("itemprop");
        var isMarked = node.GetAttribute("rel") == "author" || (itemprop?.Contains("author") ?? false)
            || ReadabilityPatterns.Byline().IsMatch(matchString);
        return isMarked && node.TextContent.Trim().Length is > 0 and < 100 && !OpensSentence(node);
    }

    // A dateline that runs on into the story's first sentence ("<span class='dateline'>KOBE –</span> A total of ...") is
    // the story's, not a byline.
    private static bool OpensSentence(IElement node) =>
        Siblings.Next(node) is IText { Data: var next } && next.AsSpan().Trim().Length > 20;

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
