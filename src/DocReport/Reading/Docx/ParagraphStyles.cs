using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using DocReport.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace DocReport.Reading.Docx;

/// <summary>What a Word paragraph is (heading and level, list item and depth, quote, code, paragraph) from its style, outline level and numbering.</summary>
internal sealed partial class ParagraphStyles
{
    private readonly Dictionary<string, Style> byId = new(StringComparer.OrdinalIgnoreCase);

    public ParagraphStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } id) byId[id] = style;
    }

    public (BlockKind Kind, int Level) KindOf(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        if (properties?.OutlineLevel?.Val?.Value is int outline && outline < 9) return (BlockKind.Heading, outline + 1);
        if (IsTitle(paragraph)) return (BlockKind.Heading, 1);
        foreach (var name in NamesOf(styleId))
        {
            if (Heading().Match(name) is { Success: true } heading) return (BlockKind.Heading, int.Parse(heading.Groups[1].Value));
            if (name.Contains("Quote", StringComparison.OrdinalIgnoreCase)) return (BlockKind.Quote, 0);
            if (Code().IsMatch(name)) return (BlockKind.Code, 0);
            if (name.Contains("List", StringComparison.OrdinalIgnoreCase)) return (BlockKind.ListItem, ListLevel(properties, name));
        }
        if (properties?.NumberingProperties is not null) return (BlockKind.ListItem, ListLevel(properties, ""));
        var styleOutline = StyleOf(styleId)?.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
        return styleOutline is int level && level < 9 ? (BlockKind.Heading, level + 1) : (BlockKind.Paragraph, 0);
    }

    /// <summary>Whether the paragraph has Word's Title style (or one based on it): the headline the document shows.</summary>
    public bool IsTitle(Paragraph paragraph) =>
        NamesOf(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value).Any(name => name.Equals("Title", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the paragraph has an Author style (pandoc's for the document's author line under the title).</summary>
    public bool IsAuthor(Paragraph paragraph) =>
        NamesOf(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value).Any(name => name.Equals("Author", StringComparison.OrdinalIgnoreCase));

    // The numbering's level (w:ilvl, from 0), else the number in Word's nested list styles ("List Bullet 2"), else a top item.
    private static int ListLevel(ParagraphProperties? properties, string styleName)
    {
        if (properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value is int level and >= 0 and < 9) return level + 1;
        return ListStyleLevel().Match(styleName) is { Success: true } numbered ? int.Parse(numbered.Groups[1].Value) : 1;
    }

    // The style's id and its display name, then those of the styles it is based on.
    private IEnumerable<string> NamesOf(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < 10; depth++)
        {
            yield return styleId;
            var style = StyleOf(styleId);
            if (style?.StyleName?.Val?.Value is { } name) yield return name;
            styleId = style?.BasedOn?.Val?.Value;
        }
    }

    private Style? StyleOf(string? id) => id is not null && byId.TryGetValue(id, out var style) ? style : null;

    [GeneratedRegex(@"^heading\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"List\D*([2-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex ListStyleLevel();

    // Word's "HTML Preformatted" and the "Code"/"Source Code" styles of converters such as pandoc ("Plain Text" is also prose pasted from mail).
    [GeneratedRegex(@"^(?:HTML\s*Preformatted|(?:Source\s*)?Code(?:\s*Block)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Code();
}
