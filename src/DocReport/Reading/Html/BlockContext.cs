using DocReport.Model;

namespace DocReport.Reading.Html;

/// <summary>What kind of block the text being gathered belongs to, from the elements around it.</summary>
internal sealed record BlockContext(BlockKind Kind, int Level, bool Preformatted)
{
    /// <summary>The context inside an element: headings, list items, cells and quotes set the kind; the innermost wins.</summary>
    public BlockContext Enter(string tag) => tag switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => this with { Kind = BlockKind.Heading, Level = tag[1] - '0' },
        "li" or "dt" or "dd" => this with { Kind = BlockKind.ListItem, Level = 0 },
        "td" or "th" => this with { Kind = BlockKind.TableCell, Level = 0 },
        "blockquote" => this with { Kind = BlockKind.Quote, Level = 0 },
        "pre" => this with { Preformatted = true },
        _ => this,
    };
}
