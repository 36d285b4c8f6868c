using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>Readies a parsed page for extraction: drops scripts and styles and the readings of ruby annotations, turns runs of
/// &lt;br&gt; into paragraphs, fonts into spans, and puts a drop cap set before its paragraph back into it.</summary>
internal static class DocumentPreparer
{
    /// <summary>Prepares <paramref name="document"/>; with <paramref name="keepNoscriptContent"/>, the markup inside &lt;noscript&gt; in the body stays as content.</summary>
    public static void Prepare(IDocument document, bool keepNoscriptContent = false)
    {
        // One walk finds all the elements this changes: a selector query per kind walked the whole page each time.
        var found = document.DescendantElements(e => e.LocalName is "script" or "style" or "template" or "noscript" or "font" or "rt" or "rp"
            || IsDropCap(e));
        // A ruby's readings (furigana: 子<rt>こ</rt>) and the brackets around them gloss the text; read into it they break its words.
        foreach (var element in found.Where(e => e.LocalName is "script" or "style" or "template" or "rt" or "rp")) element.Remove();
        foreach (var noscript in found.Where(e => e.LocalName == "noscript").Reverse())
        {
            if (keepNoscriptContent && noscript.ClosestTag("body") is not null && noscript.ChildElementCount > 0) Unwrap(noscript);
            else noscript.Remove();
        }
        if (document.Body is { } body) ReplaceBreakRuns(document, body);
        foreach (var font in found.Where(e => e.LocalName == "font")) font.Retag("span");
        foreach (var letter in found.Where(IsDropCap)) JoinDropCap(letter);
    }

    // A drop cap set before its paragraph rather than inside it ("<span class='x'>T</span><p>urkey, Poland ...</p>"): one
    // capital letter alone in an inline element.
    private static bool IsDropCap(IElement element) =>
        element.LocalName is "span" or "div" && element.ChildElementCount == 0 && element.TextContent.Trim() is { Length: 1 } letter && char.IsUpper(letter[0]);

    // The letter goes back into the paragraph that follows it when that paragraph goes on in lower case.
    private static void JoinDropCap(IElement letter)
    {
        if (Dom.SkipWhitespaceText(Siblings.Next(letter)) is not IElement { LocalName: "p" } paragraph
            || paragraph.Descendants<IText>().FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Data)) is not { } first
            || !char.IsLower(first.Data.TrimStart()[0])) return;
        first.Data = letter.TextContent.Trim() + first.Data.TrimStart();
        letter.Remove();
    }

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        while (element.FirstChild is { } child) parent.InsertBefore(child, element);
        element.Remove();
    }

    // Two or more <br> in a row end a paragraph: the phrasing content after them becomes a <p>. Not in a <pre>, where
    // they are a blank line of code.
    private static void ReplaceBreakRuns(IDocument document, IElement body)
    {
        foreach (var br in body.GetElementsByTagName("br").ToList())
        {
            if (br.Parent is null || br.Closest("pre") is not null) continue;
            var next = Siblings.Next(br);
            var replaced = false;
            while ((next = Dom.SkipWhitespaceText(next)) is not null && next.Tag() == "br")
            {
                replaced = true;
                var after = Siblings.Next(next);
                ((IElement)next).Remove();
                next = after;
            }
            if (!replaced) continue;
            var paragraph = document.CreateElement("p");
            br.Parent.ReplaceChild(paragraph, br);
            for (next = Siblings.Next(paragraph); next is not null;)
            {
                if (next.Tag() == "br" && Dom.SkipWhitespaceText(Siblings.Next(next))?.Tag() == "br") break;
                if (!next.IsPhrasingContent()) break;
                var sibling = Siblings.Next(next);
                paragraph.AppendChild(next);
                next = sibling;
            }
            while (paragraph.LastChild is { } last && last.IsWhitespace()) paragraph.RemoveChild(last);
            if (paragraph.ParentElement is { LocalName: "p" } outer) outer.Retag("div");
        }
    }
}
