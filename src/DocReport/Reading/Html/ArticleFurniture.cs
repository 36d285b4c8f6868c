using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// Removes what page templates put inside the article's container but is not the article: picture captions and
/// credits, bylines and author boxes (<c>address</c>), navigation blocks (<c>nav</c>: tabs, pagers, an in-page table of
/// contents), links to other articles, headings or paragraphs that are only a link, lists of links to the site's other
/// pages, cards and rows of headlines teasing its further stories, labels that repeat a link of the page's menus, a shop's price
/// cards (<see cref="PriceCards"/>), and closing notes set in italics.
/// </summary>
internal static partial class ArticleFurniture
{
    // A box that is this long is more likely the article itself wearing an odd class name.
    private const int MaxBoxLength = 1500;
    private const int MaxNoteLength = 500;
    private const int MaxPictureLine = 150;
    private const int MaxCreditLength = 40;
    private const int MaxCreditWords = 5;
    // Past this share of the text, captions are the content (a photo gallery), not furniture.
    private const double GalleryCaptionShare = 0.4;
    // Past this share of the text, teasers (linked headings and what follows each up to the next heading) are the page.
    private const double IndexTeaserShare = 0.5;

    private static readonly HashSet<string> FigureContent = ["pre", "code", "table", "blockquote", "ul", "ol", "p", "svg", "math"];
    private static readonly HashSet<string> Containers = ["article", "main", "body", "html"];

    // A linked heading over this much unlinked text titles a section (a listicle's item, a digest's story), not a teaser.
    private const int MinSectionProse = 300;

    // The text beside an inline element that makes it part of a paragraph rather than a label in a meta line.
    private const int MinRunningText = 100;
    private const double MaxSectionLinkDensity = 0.3;

    // A page that would lose more than this share of its text to these rules is a list of links or a gallery, kept as it is.
    private const double MaxRemovedShare = 0.8;

    /// <summary>Removes the furniture of <paramref name="article"/> in place; <paramref name="host"/> is the site's (<see cref="SiteHost"/>).</summary>
    public static void Remove(IElement article, NavigationTexts navigation, string? host)
    {
        var keepCaptions = IsGallery(article);
        var keepTeasers = IsIndex(article);
        var furniture = new List<IElement>();
        // Document order, past the subtree of each piece found: what lies inside furniture goes with it.
        var end = article.NextElement(skipChildren: true);
        for (var element = article.FirstElementChild; element is not null && element != end;)
        {
            if (!IsFurniture(element, keepCaptions, keepTeasers, host) && !IsNavigationLabel(element, navigation))
            {
                element = element.NextElement();
                continue;
            }
            var piece = LineOf(element, article);
            furniture.Add(piece);
            element = piece.NextElement(skipChildren: true);
        }
        furniture.AddRange(ClosingNotes(article).Where(n => !furniture.Any(f => f.Contains(n))));
        furniture.AddRange(PriceCards.Find(article).Where(c => !furniture.Any(f => f.Contains(c))));
        furniture.AddRange(EdgeLinkLists.Find(article).Where(l => !furniture.Any(f => f.Contains(l))));
        var cards = TeaserCards.Find(article, host);
        // Excerpts are found before anything goes: the linked headline beside an excerpt is furniture of its own.
        var excerpts = keepTeasers ? [] : TeaserExcerpts.Find(article, host);
        furniture = [.. furniture.Where(f => !cards.Any(c => c.Contains(f))), .. cards.Where(c => !furniture.Any(f => f.Contains(c)))];
        // Boxes whose class names them (a next-story box under a short post) go even then.
        if (furniture.Sum(f => f.InnerTextLength()) > article.InnerTextLength() * MaxRemovedShare)
            furniture = furniture.Where(f => HasFurnitureClass(f, keepCaptions)).ToList();
        foreach (var element in furniture) element.Remove();
        TeaserExcerpts.RemoveBesideProse(article, excerpts);
    }

    // A paragraph or box on a line of its own that says only what a link elsewhere on the page says, in the same letters;
    // not a heading or a box holding one (a table of contents links to it), a list of links (a "See also" list), a
    // table's cell (a name in a table is its data) or words in a sentence. The look-up comes first: the sibling scan
    // of every paragraph of a long article would be quadratic.
    private static bool IsNavigationLabel(IElement element, NavigationTexts navigation) =>
        element.LocalName is "p" or "div" && navigation.Repeats(element) && element.ClosestTag("table") is null
        && !HasTextBeside(element) && element.DescendantElements(e => e.IsHeading()).Count == 0;

    private static bool HasTextBeside(IElement element) =>
        element.ParentElement is { } parent && parent.ChildNodes.Any(n => n != element && n.IsPhrasingContent() && n.HasText());

    // Inline furniture takes its line along when little else is on it: without "Josh Max" the line "By Josh Max" would
    // leave "By" behind, without the credit "Photo: Getty" would leave "Photo:".
    private static IElement LineOf(IElement furniture, IElement article)
    {
        if (!furniture.IsPhrasingContent()) return furniture;
        var inline = furniture;
        while (inline.ParentElement is { } parent && parent != article && parent.IsPhrasingContent()) inline = parent;
        return inline.ParentElement is { } line && line != article && line.LocalName is "p" or "li" or "div"
            && line.InnerTextLength() - furniture.InnerTextLength() <= MaxLabelLength
            ? line
            : furniture;
    }

    // Closing paragraphs set wholly in italics are the editors' notes (an author's bio, a call to subscribe, "this post
    // gives the author's opinion"), not the article, and so are closing calls to follow the site on a social network or
    // to get its app; the first paragraph always stays.
    private static IEnumerable<IElement> ClosingNotes(IElement article)
    {
        var paragraphs = article.GetElementsByTagName("p").Where(p => p.HasText()).ToList();
        for (var i = paragraphs.Count - 1; i > 0 && (IsItalicNote(paragraphs[i]) || IsCallToFollow(paragraphs[i])); i--) yield return paragraphs[i];
    }

    // A short paragraph whose every link goes to an account on a social network or a messenger, or to an app store:
    // "Join our Telegram channel", "Download our apps for iOS and Android". A paragraph that also links elsewhere (an
    // event's site beside its page) or to one post or video is not a call to follow.
    private static bool IsCallToFollow(IElement paragraph) =>
        paragraph.InnerTextLength() <= MaxNoteLength && paragraph.GetElementsByTagName("a") is { Length: > 0 } links
        && links.All(a => Uri.TryCreate(a.GetAttribute("href"), UriKind.Absolute, out var uri) && SocialAccounts.IsAccountOrApp(uri));

    private static bool IsItalicNote(IElement paragraph) =>
        paragraph.InnerTextLength() <= MaxNoteLength
        && paragraph.Descendants<IText>().All(t => string.IsNullOrWhiteSpace(t.Data) || t.HasAncestorTag("em", -1) || t.HasAncestorTag("i", -1));

    // A picture with its caption goes whole, with the short label beside them ("Photo", "Image 2 of 5"); a figure that
    // shows code, a table, a quotation or a list is content.
    private static bool IsCaptionedPicture(IElement figure)
    {
        var caption = figure.Children.FirstOrDefault(c => c.LocalName == "figcaption");
        return caption is not null && figure.InnerTextLength() - caption.InnerTextLength() <= MaxLabelLength
            && figure.DescendantElements(e => FigureContent.Contains(e.LocalName)).Count == 0;
    }

    // A box that holds one picture and, on the line under it (after a line break, or in a block of its own after the
    // picture's), a short line that is no sentence is a picture with its caption set without figure markup
    // ("<div><a><img></a><br>Bird station in Dortmund</div>", "<div><img><p>Spring show, Paris</p></div>"): both go.
    // A line that ends a sentence or leads on (":", ","; a how-to's step told under its picture), a label beside an icon on
    // the same line, a table's cell and a box holding headings or lists are content.
    private static bool IsPictureWithLine(IElement box)
    {
        if (box.LocalName is not ("div" or "p") || box.ChildElementCount == 0 || box.ClosestTag("table") is not null) return false;
        var pictures = box.GetElementsByTagName("img");
        if (pictures.Length != 1 || box.DescendantElements(e => !PictureBoxTags.Contains(e.LocalName)).Count > 0) return false;
        var length = box.InnerTextLength();
        if (length == 0 || length > MaxNoteLength) return false;
        // The picture comes first, then a line break, then the line.
        var picture = pictures[0];
        bool seenPicture = false, broken = false;
        foreach (var node in box.Descendants())
        {
            if (node == picture) seenPicture = true;
            else if (node is IText t && !string.IsNullOrWhiteSpace(t.Data)) return false;
            else if (seenPicture && node is IElement { LocalName: "br" or "p" or "div" } line && !line.Contains(picture))
            {
                broken = true;
                break;
            }
        }
        if (!broken) return false;
        var text = box.InnerText().Trim();
        if (!text.Any(char.IsLetter)) return false;
        return length <= MaxPictureLine && !EndsSentence(text) && text[^1] is not (':' or ',' or ';') || HasCreditPart(box);
    }

    // A caption told in sentences keeps its credit apart, first or last, on a line or in an element of its own: a name or an
    // archive, a few words that end no sentence ("Foto © Jane Roe", "Moa Karlberg/imagebank.sweden.se").
    private static bool HasCreditPart(IElement box)
    {
        var parts = new List<(string Text, IElement? Parent)>();
        var broken = true;
        foreach (var node in box.Descendants())
        {
            if (node is IElement { LocalName: "br" }) broken = true;
            if (node is not IText t || string.IsNullOrWhiteSpace(t.Data)) continue;
            if (broken || t.ParentElement != parts[^1].Parent) parts.Add(("", t.ParentElement));
            parts[^1] = (parts[^1].Text + t.Data, t.ParentElement);
            broken = false;
        }
        return parts.Count == 2 && (IsCredit(parts[0]) || IsCredit(parts[1]));
    }

    // A bold, linked or heading line over a sentence is the step's or the item's label ("Step 2", a product's name), not a credit.
    private static bool IsCredit((string Text, IElement? Parent) part)
    {
        for (var e = part.Parent; e is not null && e.LocalName is not ("div" or "p"); e = e.ParentElement)
            if (e.LocalName is "strong" or "b" or "a" || e.IsHeading()) return false;
        var text = part.Text.Trim();
        return text.Length is > 0 and <= MaxCreditLength && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxCreditWords
            && text.Any(char.IsLetter) && !EndsSentence(text) && text[^1] is not (':' or ',' or ';');
    }

    private static readonly HashSet<string> PictureBoxTags = ["a", "img", "br", "span", "picture", "source", "em", "i", "strong", "b", "p", "div"];

    private static bool IsGallery(IElement article)
    {
        var length = article.InnerTextLength();
        var captions = article.DescendantElements(e => e.LocalName == "figcaption").Sum(e => e.InnerTextLength());
        return length > 0 && (double)captions / length > GalleryCaptionShare;
    }

    // A page made of teasers (a section front: linked headings, each over a short summary) has them for its content:
    // its headings go only where the teasers are a box beside the article's own text.
    private static bool IsIndex(IElement article)
    {
        var length = article.InnerTextLength();
        var teasers = 0;
        foreach (var heading in article.DescendantElements(e => e.IsHeading()))
        {
            if (!IsOnlyALink(heading) || HeadsProse(heading)) continue;
            teasers += heading.InnerTextLength();
            for (var e = Siblings.NextElement(heading); e is not null && !e.IsHeading(); e = Siblings.NextElement(e))
                teasers += e.InnerTextLength();
        }
        return length > 0 && teasers >= length * IndexTeaserShare;
    }

    private static bool IsFurniture(IElement element, bool keepCaptions, bool keepTeasers, string? host)
    {
        if (element.LocalName is "address" or "nav") return true;
        if (element.LocalName == "figcaption") return !keepCaptions;
        if (element.LocalName == "figure" && !keepCaptions && IsCaptionedPicture(element)) return true;
        if (!keepCaptions && IsPictureWithLine(element)) return true;
        if (!keepTeasers && element.IsHeading() && IsOnlyALink(element) && !HeadsProse(element)) return true;
        // A teaser is a linked line; a linked sentence, or a link written out as its address, is part of the article.
        // A linked line in a table cell is the table's data (a list of apps, of sources), not a teaser.
        // Behind a label ("PUEDES VER: ¿Qué es ...?") a linked question or sentence is a teaser too.
        if (element.LocalName is "p" or "blockquote" && IsOnlyALink(element) && element.InnerText() is var text
            && (!EndsSentence(text) || LabelLength(text) > 0) && !IsAddress(text)
            && !(element.ClosestTag("table") is { } table && DataTables.IsDataTable(table))) return true;
        if (!keepTeasers && element.LocalName is "ul" or "ol" && IsListOfLinks(element, host)) return true;
        if (!keepTeasers && IsHeadlineRow(element, host)) return true;
        return HasFurnitureClass(element, keepCaptions)
            && !Containers.Contains(element.LocalName) && element.InnerTextLength() <= MaxBoxLength && !IsInRunningText(element);
    }

    // Words inside a sentence are part of it, whatever their class: "<p><span class='dateline'>CAIRO —</span> Gunmen ...".
    private static bool IsInRunningText(IElement element) =>
        element.IsPhrasingContent() && element.ParentElement is { } parent
        && parent.ChildNodes.Where(n => n != element && n.IsPhrasingContent()).Sum(n => n.TextContent.Trim().Length) >= MinRunningText;

    // The section runs to the next heading or to the first block of links after its prose: a list of further
    // stories closing the last section ("More games news:") is not part of it.
    private static bool HeadsProse(IElement heading)
    {
        double text = 0, linked = 0;
        for (var e = Siblings.NextElement(heading); e is not null && !e.IsHeading(); e = Siblings.NextElement(e))
        {
            var length = e.InnerTextLength();
            var density = e.LinkDensity();
            if (text >= MinSectionProse && length > 0 && density >= LinkOnly) break;
            text += length;
            linked += length * density;
        }
        return text >= MinSectionProse && linked < text * MaxSectionLinkDensity;
    }
}
