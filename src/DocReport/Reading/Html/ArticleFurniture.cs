using System.Text.RegularExpressions;
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
    private const double LinkOnly = 0.9;
    private const int MaxLabelLength = 30;
    private const int MaxLabelWords = 3;
    private const int MaxNoteLength = 500;
    private const int MaxPictureLine = 150;
    // Past this share of the text, captions are the content (a photo gallery), not furniture.
    private const double GalleryCaptionShare = 0.4;
    // Past this share of the text, teasers (linked headings and what follows each up to the next heading) are the page.
    private const double IndexTeaserShare = 0.5;

    private static readonly HashSet<string> Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateWords =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "no", "has", "with", "without", "is" }.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Caption = FurnitureClasses.Caption.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Byline = FurnitureClasses.Byline.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Promotion = FurnitureClasses.Promotion.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> FigureContent = ["pre", "code", "table", "blockquote", "ul", "ol", "p", "svg", "math"];
    private static readonly HashSet<string> Containers = ["article", "main", "body", "html"];

    // A linked heading over this much unlinked text titles a section (a listicle's item, a digest's story), not a teaser.
    private const int MinSectionProse = 300;

    // The text beside an inline element that makes it part of a paragraph rather than a label in a meta line.
    private const int MinRunningText = 100;
    private const double MaxSectionLinkDensity = 0.3;

    // A page that would lose more than this share of its text to these rules is a list of links or a gallery, kept as it is.
    private const double MaxRemovedShare = 0.8;

    private const int MinCards = 3;
    private const int MinHeadlineLength = 25;
    private const int MaxHeadlineItemLength = 300;
    private const double HeadlineLinkShare = 0.5;

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
        furniture = [.. furniture.Where(f => !cards.Any(c => c.Contains(f))), .. cards.Where(c => !furniture.Any(f => f.Contains(c)))];
        // Boxes whose class names them (a next-story box under a short post) go even then.
        if (furniture.Sum(f => f.InnerTextLength()) > article.InnerTextLength() * MaxRemovedShare)
            furniture = furniture.Where(f => HasFurnitureClass(f, keepCaptions)).ToList();
        foreach (var element in furniture) element.Remove();
    }

    // A paragraph or box on a line of its own that says only what a link elsewhere on the page says, in the same letters;
    // not a heading or a box holding one (a table of contents links to it), a list of links (a "See also" list), a
    // table's cell (a name in a table is its data) or words in a sentence. The look-up comes first: the sibling scan
    // of every paragraph of a long article would be quadratic.
    private static bool IsNavigationLabel(IElement element, NavigationTexts navigation) =>
        element.LocalName is "p" or "div" && navigation.Repeats(element) && element.ClosestTag("table") is null
        && !HasTextBeside(element) && element.DescendantElements(e => Headings.Contains(e.LocalName)).Count == 0;

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
        if (length == 0 || length > MaxPictureLine) return false;
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
        return text.Any(char.IsLetter) && !EndsSentence(text) && text[^1] is not (':' or ',' or ';');
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
        foreach (var heading in article.DescendantElements(e => Headings.Contains(e.LocalName)))
        {
            if (!IsOnlyALink(heading) || HeadsProse(heading)) continue;
            teasers += heading.InnerTextLength();
            for (var e = Siblings.NextElement(heading); e is not null && !Headings.Contains(e.LocalName); e = Siblings.NextElement(e))
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
        if (!keepTeasers && Headings.Contains(element.LocalName) && IsOnlyALink(element) && !HeadsProse(element)) return true;
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

    /// <summary>Whether the class or id of <paramref name="element"/> names a caption, byline or promotion box.</summary>
    public static bool HasFurnitureClass(IElement element, bool keepCaptions = false) =>
        NamesFurniture(element.ClassName, keepCaptions) || NamesFurniture(element.Id, keepCaptions) || NamesFurnitureInWords(element.ClassName);

    // Class names of two or three words that no one of them says, written apart or run together: "author-box", "AuthorBox",
    // "paragraph--type--en-savoir-plus", "post-navigation". Not ids: a heading's anchor spells its words ("See_also",
    // "Further_reading" on a wiki's section headings).
    private static bool NamesFurnitureInWords(string? value)
    {
        if (string.IsNullOrEmpty(value)) return false;
        var words = new List<string>();
        for (int start = 0; start < value.Length;)
        {
            while (start < value.Length && !char.IsLetter(value[start])) start++;
            var end = start;
            while (end < value.Length && char.IsLetter(value[end])) end++;
            if (end > start) words.Add(value[start..end].ToLowerInvariant());
            start = end;
        }
        // "has-author-box" says what the box holds, not what it is, as "has-author" does.
        if (words.Count == 0 || StateWords.Contains(words[0])) return false;
        var names = FurnitureClasses.SeveralWords;
        var joined = FurnitureClasses.SeveralWordsJoined;
        for (var i = 0; i < words.Count; i++)
        {
            if (joined.Contains(words[i])) return true;
            if (i + 1 < words.Count && (names.Contains(words[i] + " " + words[i + 1]) || joined.Contains(words[i] + words[i + 1]))) return true;
            if (i + 2 < words.Count && names.Contains(words[i] + " " + words[i + 1] + " " + words[i + 2])) return true;
        }
        return false;
    }

    // Each name is split into words at every non-letter ("wp-caption-text"); read as spans, since every element of
    // the article is asked.
    private static bool NamesFurniture(string? value, bool keepCaptions)
    {
        if (string.IsNullOrEmpty(value)) return false;
        foreach (var range in value.AsSpan().Split(' '))
        {
            var name = value.AsSpan(range);
            for (int start = 0, word = 0; start < name.Length; word++)
            {
                while (start < name.Length && !char.IsLetter(name[start])) start++;
                var end = start;
                while (end < name.Length && char.IsLetter(name[end])) end++;
                if (end == start) break;
                var letters = name[start..end];
                // "no_caption", "has-author" describe the box's state, not what it is (a state word is no furniture word).
                if (word == 0 && StateWords.Contains(letters)) break;
                if ((!keepCaptions && Caption.Contains(letters)) || Byline.Contains(letters) || Promotion.Contains(letters)) return true;
                start = end;
            }
        }
        return false;
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
        for (var e = Siblings.NextElement(heading); e is not null && !Headings.Contains(e.LocalName); e = Siblings.NextElement(e))
        {
            var length = e.InnerTextLength();
            var density = e.LinkDensity();
            if (text >= MinSectionProse && length > 0 && density >= LinkOnly) break;
            text += length;
            linked += length * density;
        }
        return text >= MinSectionProse && linked < text * MaxSectionLinkDensity;
    }

    // A list whose every item is a link to another page of the same site, not a sentence, is a menu or a list of further
    // stories ("Stadt Kleve", "Paneer masala", a language picker), and a list of one such link a teaser, as a paragraph
    // that is only a link is; a list of links to other sites (references, sources, sponsors) or of addresses written out
    // is the article's.
    private static bool IsListOfLinks(IElement list, string? host)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        return items.Count > 0 && items.Count == list.Children.Length
            && items.All(i => IsOnlyALink(i) && i.InnerText() is var t && (!EndsSentence(t) || IsQuotedTitle(t)) && !IsAddress(t))
            && list.GetElementsByTagName("a").All(a => IsInternal(a, host));
    }

    // Boxes side by side of one tag and class, each mostly a link to another page of the site as long as a headline
    // ("Ministers review the harvest plan 26 April"), are a row of further stories without headings. Shorter items
    // (a wiki's "Poppy (1)", a list of products) and a table's rows are data.
    private static bool IsHeadlineRow(IElement element, string? host)
    {
        var items = element.Children;
        if (items.Length < MinCards || items.Any(i => i.LocalName != items[0].LocalName || i.ClassName != items[0].ClassName)
            || element.ClosestTag("table") is not null) return false;
        return items.All(i => i.InnerTextLength() is >= MinHeadlineLength and <= MaxHeadlineItemLength && i.LinkDensity() >= HeadlineLinkShare
            && i.GetElementsByTagName("a") is { Length: > 0 } links && links.All(a => IsInternal(a, host)));
    }

    // A quoted title closing a headline ('Coach: "We stay calm"') ends in a quote mark with no sentence's mark inside it.
    private static bool IsQuotedTitle(string text) =>
        text.Length > 1 && text[^1] is '"' or '”' or '»' or '“' && text[^2] is not ('.' or '!' or '?' or '…');

    // A relative link, or one to the host of the page's canonical address; an in-page anchor (a table of contents) is not.
    internal static bool IsInternal(IElement link, string? host)
    {
        var href = link.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || href.StartsWith('#')) return false;
        if (href.StartsWith("//", StringComparison.Ordinal)) href = "http:" + href;
        var scheme = href.IndexOf(':');
        if (scheme < 0 || href.IndexOf('/') is var slash && slash >= 0 && slash < scheme) return true;
        return host is not null && Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && string.Equals(Bare(uri.Host), Bare(host), StringComparison.OrdinalIgnoreCase);
    }

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    // A short label before the link ("Read also:", "Mire:", "Lesen Sie auch:") does not make a teaser part of the text.
    internal static bool IsOnlyALink(IElement element)
    {
        var length = element.InnerTextLength();
        if (length == 0 || element.CountElements("a") == 0) return false;
        var linked = element.LinkDensity() * length;
        var text = element.InnerText();
        return linked >= LinkOnly * (length - LabelLength(text) - CountLength(text));
    }

    // A count in brackets after a link is the widget's, not words of the line: a category list's "Bildung (5)", an archive's
    // "März 2019 (12)".
    private static int CountLength(string text) => TrailingCount().Match(text) is { Success: true } count ? count.Length : 0;

    [GeneratedRegex(@"\s*\(\d[\d.,]*\)\s*$")]
    private static partial Regex TrailingCount();

    private static int LabelLength(string text)
    {
        var colon = text.IndexOf(':');
        return colon is > 0 and <= MaxLabelLength && text[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords
            ? colon + 1
            : 0;
    }

    /// <summary>Whether <paramref name="text"/> ends as a sentence does (a full stop, a question, a closing quote).</summary>
    internal static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '»' or '。';

    private static bool IsAddress(string text) =>
        text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
