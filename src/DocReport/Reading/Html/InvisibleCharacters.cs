using AngleSharp.Dom;
using DocReport.Structure;

namespace DocReport.Reading.Html;

/// <summary>
/// Leaves soft hyphens and zero-width characters out of a page's text nodes and meta tags' content as soon as it is parsed.
/// Pages that hyphenate every word write <c>Ge&amp;shy;sund&amp;shy;heit</c>; the text kept drops these characters later
/// (Structure's TextNormalizer), but the reader's own rules compare text before that: a heading with the title, a line
/// with a menu's link, a caption or date with its pattern, an author's name.
/// </summary>
internal static class InvisibleCharacters
{
    /// <summary>Removes them from <paramref name="document"/> in place (styles and scripts other than JSON-LD left alone).</summary>
    public static void Remove(IDocument document)
    {
        foreach (var node in document.Descendants<IText>())
        {
            if (node.Data.AsSpan().IndexOfAny(TextNormalizer.Invisible) < 0) continue;
            if (node.ParentElement is { LocalName: "style" } or { LocalName: "script" } && !JsonLdArticle.Scripts.Match(node.ParentElement, null)) continue;
            node.Data = TextNormalizer.WithoutInvisible(node.Data);
        }
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
            if (meta.GetAttribute("content") is { } content && content.AsSpan().IndexOfAny(TextNormalizer.Invisible) >= 0)
                meta.SetAttribute("content", TextNormalizer.WithoutInvisible(content));
    }
}
