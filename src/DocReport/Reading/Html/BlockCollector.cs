using System.Text;
using AngleSharp.Dom;
using DocReport.Model;

namespace DocReport.Reading.Html;

/// <summary>
/// Turns extracted content into blocks: one per paragraph, heading, list item or quote paragraph, and one per data
/// table (rows on lines, cells split by tabs), with its links. A layout table's cells are read as the blocks they hold. A
/// <c>&lt;pre&gt;</c> is one block, verbatim: code unless it is writing set in a fixed font (<see cref="PreformattedText"/>);
/// one that holds headings, tables or lists is a page laid out in it, read as those blocks.
/// </summary>
internal sealed class BlockCollector
{
    private static readonly HashSet<string> BlockTags =
    [
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ];

    private readonly Uri? baseUri;
    private readonly List<Block> blocks = [];
    private readonly StringBuilder text = new();
    private readonly List<Link> links = [];

    private BlockCollector(Uri? baseUri) => this.baseUri = baseUri;

    /// <summary>The blocks of <paramref name="root"/> in document order; relative links are resolved against <paramref name="baseUri"/>.</summary>
    public static IReadOnlyList<Block> Collect(IElement root, Uri? baseUri)
    {
        var collector = new BlockCollector(baseUri);
        collector.Visit(root, new BlockContext(BlockKind.Paragraph, 0, Preformatted: false));
        collector.Flush(new BlockContext(BlockKind.Paragraph, 0, false));
        return collector.blocks;
    }

    private void Visit(INode node, BlockContext context)
    {
        switch (node)
        {
            case IText t:
                AppendText(t.Data, context.Preformatted);
                return;
            case IElement e when e.LocalName == "br":
                text.Append('\n');
                return;
            case IElement e when e.LocalName == "pre" && !context.Preformatted && !PreformattedText.HoldsLayout(e):
                Flush(context);
                var pre = context.Enter("pre");
                foreach (var child in e.ChildNodes) Visit(child, pre);
                Flush(PreformattedText.IsCode(e, text.ToString()) ? pre with { Kind = BlockKind.Code, Level = 0 } : pre);
                return;
            case IElement e when context.Preformatted && BlockTags.Contains(e.LocalName) && !PreformattedText.LayoutTags.Contains(e.LocalName):
                // Inside a <pre>, an element of its own (a highlighter's line) is a line, not a block.
                if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
                foreach (var child in e.ChildNodes) Visit(child, context);
                if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
                return;
            case IElement e when e.LocalName == "table" && DataTables.IsDataTable(e) && e.QuerySelector("table") is null:
                Flush(context);
                // A table's caption is its title ("Table 6-1. Example symptoms and causes"), read before its rows.
                if (e.Children.FirstOrDefault(c => c.LocalName == "caption") is { } caption) Visit(caption, context);
                if (TableBlock.From(e.QuerySelectorAll("tr").Select(Cells)) is { } table) blocks.Add(table);
                return;
            case IElement e when BlockTags.Contains(e.LocalName):
                Flush(context);
                var inner = context.Enter(e.LocalName);
                foreach (var child in e.ChildNodes) Visit(child, inner);
                Flush(inner);
                return;
            case IElement e when e.LocalName == "a" && LinkTarget(e) is { } url:
                var start = text.Length;
                foreach (var child in e.ChildNodes) Visit(child, context);
                if (text.Length > start) links.Add(new Link(start, text.Length, url));
                return;
            case IElement e:
                foreach (var child in e.ChildNodes) Visit(child, context);
                return;
        }
    }

    private IReadOnlyList<(string Text, IReadOnlyList<Link> Links)> Cells(IElement row) =>
        row.Children.Where(c => c.LocalName is "td" or "th").Select(Cell).ToList();

    // A cell's paragraphs joined by spaces, its links moved along with them.
    private (string Text, IReadOnlyList<Link> Links) Cell(IElement cell)
    {
        var text = new StringBuilder();
        var links = new List<Link>();
        foreach (var block in Collect(cell, baseUri))
        {
            if (text.Length > 0) text.Append(' ');
            links.AddRange(block.Links.Select(l => l with { Start = l.Start + text.Length, End = l.End + text.Length }));
            text.Append(block.Text);
        }
        return (text.ToString(), links);
    }

    private void AppendText(string data, bool preformatted)
    {
        if (preformatted)
        {
            text.Append(data);
            return;
        }
        foreach (var c in data)
        {
            var isSpace = char.IsWhiteSpace(c) && c != '\u00A0';
            if (!isSpace) text.Append(c);
            else if (text.Length > 0 && text[^1] is not (' ' or '\n')) text.Append(' ');
        }
    }

    // Ends the block being gathered: trims it, keeps its links in step, and drops it if empty.
    private void Flush(BlockContext context)
    {
        if (text.Length == 0) return;
        var raw = text.ToString();
        text.Clear();
        var pendingLinks = links.ToList();
        links.Clear();
        var lines = raw.Split('\n');
        var trimmed = string.Join('\n', lines.Select(l => context.Preformatted ? l.TrimEnd() : l.Trim())).Trim('\n');
        if (trimmed.Trim().Length == 0) return;
        blocks.Add(new Block(context.Kind, trimmed, context.Level) { Links = Realign(raw, trimmed, pendingLinks) });
    }

    // Trimming removed characters; each link is moved to where its text now is.
    private static IReadOnlyList<Link> Realign(string raw, string trimmed, List<Link> pending)
    {
        var result = new List<Link>();
        var searchFrom = 0;
        foreach (var link in pending)
        {
            var anchor = raw[link.Start..link.End].Trim();
            if (anchor.Length == 0) continue;
            var at = trimmed.IndexOf(anchor, searchFrom, StringComparison.Ordinal);
            if (at < 0) continue;
            result.Add(new Link(at, at + anchor.Length, link.Url));
            searchFrom = at + anchor.Length;
        }
        return result;
    }

    private string? LinkTarget(IElement anchor)
    {
        var href = anchor.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) return null;
        // On Unix "/path" parses as an absolute file URI: only a scheme makes a link absolute.
        if (href.IndexOf(':') is > 0 and var colon && href[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            && Uri.TryCreate(href, UriKind.Absolute, out var absolute)) return absolute.ToString();
        return baseUri is not null && Uri.TryCreate(baseUri, href, out var resolved) ? resolved.ToString() : href;
    }
}
