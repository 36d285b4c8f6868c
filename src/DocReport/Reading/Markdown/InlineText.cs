using System.Text;
using Markdig.Syntax.Inlines;
using DocReport.Model;

namespace DocReport.Reading.Markdown;

/// <summary>The plain text of Markdown inlines, with the offsets of their links; line breaks stay as '\n'.</summary>
internal static class InlineText
{
    /// <summary>
    /// The inline's text and links. In a table's cell (<paramref name="inTableCell"/>) a pipe written "\|" to keep it from
    /// parting the cells is a pipe also inside code, as GitHub's tables read it ("`a\|b`" shows "a|b").
    /// </summary>
    public static (string Text, List<Link> Links) Render(ContainerInline inline, bool inTableCell = false)
    {
        var text = new StringBuilder();
        var links = new List<Link>();
        Append(inline, text, links, inTableCell);
        return (text.ToString(), links);
    }

    /// <summary>The links moved by the leading white space that trimming <paramref name="untrimmed"/> removes.</summary>
    public static IReadOnlyList<Link> Shift(List<Link> links, string untrimmed)
    {
        var shift = untrimmed.Length - untrimmed.TrimStart().Length;
        var length = untrimmed.Trim().Length;
        return links
            .Select(l => new Link(Math.Max(0, l.Start - shift), Math.Min(length, l.End - shift), l.Url))
            .Where(l => l.End > l.Start)
            .ToList();
    }

    private static void Append(Inline? inline, StringBuilder text, List<Link> links, bool inTableCell)
    {
        for (; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(inTableCell ? code.Content.Replace("\\|", "|", StringComparison.Ordinal) : code.Content);
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    links.Add(new Link(text.Length, text.Length + autolink.Url.Length, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url));
                    text.Append(autolink.Url);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    var start = text.Length;
                    Append(link.FirstChild, text, links, inTableCell);
                    if (!string.IsNullOrEmpty(link.Url) && text.Length > start) links.Add(new Link(start, text.Length, link.Url));
                    break;
                case ContainerInline container:
                    Append(container.FirstChild, text, links, inTableCell);
                    break;
            }
        }
    }
}
