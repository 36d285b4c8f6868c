using System.Net;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// Repairs UTF-8 once read as Windows-1252 (<see cref="MojibakeRepair"/>) where a page's reader takes text from: text nodes
/// (scripts other than JSON-LD and styles left alone) and meta tags' content. Attributes such as link addresses are not text
/// a reader is shown, and are left as the page has them.
/// </summary>
internal static class MojibakeNodes
{
    /// <summary>Repairs <paramref name="document"/> in place; gives how many characters were rebuilt.</summary>
    public static int Repair(IDocument document)
    {
        var repaired = 0;
        foreach (var node in document.Descendants<IText>())
        {
            if (node.ParentElement is { LocalName: "style" } or { LocalName: "script" } && !JsonLdArticle.Scripts.Match(node.ParentElement, null)) continue;
            var (text, count) = MojibakeRepair.Repair(node.Data);
            if (count == 0) continue;
            node.Data = text;
            repaired += count;
        }
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var (text, count) = MojibakeRepair.Repair(meta.GetAttribute("content")!);
            if (count == 0) continue;
            meta.SetAttribute("content", text);
            repaired += count;
        }
        return repaired;
    }

    /// <summary>Whether the page's text may hold broken sequences: in its source as written, or written as character
    /// references (<c>Pe&amp;Atilde;&amp;plusmn;a</c>, <c>&amp;acirc;&amp;#128;&amp;#156;</c>), which only the parsed text shows.</summary>
    public static bool MayNeedRepair(string html) =>
        MojibakeRepair.HasCandidate(html) || (html.Contains('&') && MojibakeRepair.HasCandidate(WebUtility.HtmlDecode(html)));
}
