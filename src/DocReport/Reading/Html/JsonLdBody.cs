using AngleSharp.Dom;
using DocReport.Model;

namespace DocReport.Reading.Html;

/// <summary>
/// The article's body as its JSON-LD states it (<c>articleBody</c>), read when the page's markup gave a small part of it:
/// a page rendered by script holds the story in its data and shows only placeholders ("READ FULL ARTICLE") before it runs.
/// </summary>
internal static class JsonLdBody
{
    // The stated body must be this long, and this many times the text the markup gave, to be taken instead.
    private const int MinimumLength = 500;
    private const int MinimumRatio = 4;

    /// <summary>The blocks of the stated body, or null when the blocks read from the markup are to be kept.</summary>
    public static List<Block>? Blocks(IDocument document, string? body, IReadOnlyList<Block> blocks, Uri? baseUri)
    {
        if (body is null || body.Length < MinimumLength || body.Length < MinimumRatio * blocks.Sum(b => b.Text.Length)) return null;
        var root = document.CreateElement("div");
        // Some sites state the body as HTML, most as plain text with a line break between paragraphs.
        if (body.Contains("</p>", StringComparison.OrdinalIgnoreCase) || body.Contains("<br", StringComparison.OrdinalIgnoreCase))
            root.InnerHtml = body;
        else
            foreach (var line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var paragraph = document.CreateElement("p");
                paragraph.TextContent = line;
                root.AppendChild(paragraph);
            }
        var stated = BlockCollector.Collect(root, baseUri).ToList();
        return stated.Count > 0 ? stated : null;
    }
}
