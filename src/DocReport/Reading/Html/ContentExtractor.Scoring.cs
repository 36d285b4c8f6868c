using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// The part of the extractor that scores: collects the elements to score (dropping unlikely candidates, turning divs of
/// phrasing content into paragraphs) and gives each paragraph's score to its ancestors.
/// </summary>
internal sealed partial class ContentExtractor
{
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
            if (byline is null && IsByline(node, matchString) && NamedBylineText(node) is { } named)
            {
                byline = named;
                if (removeByline)
                {
                    node = node.RemoveAndGetNext();
                    continue;
                }
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
                NoteBylineInBox(node);
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
}
