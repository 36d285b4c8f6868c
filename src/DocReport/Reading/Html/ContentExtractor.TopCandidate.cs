using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// The part of the extractor that chooses the top candidate and widens it: to the article under the title heading, to
/// the ancestor of near-best alternatives, up through parents that score higher, and over the siblings that belong to it.
/// </summary>
internal sealed partial class ContentExtractor
{
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
        topCandidate = RepeatedSlots.CommonAncestor(topCandidate, top) ?? topCandidate;
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
}
