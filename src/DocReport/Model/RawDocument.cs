namespace DocReport.Model;

/// <summary>The formats DocReport reads.</summary>
public enum InputFormat
{
    /// <summary>Plain text, such as text scraped from a page.</summary>
    Text,
    /// <summary>A saved web page.</summary>
    Html,
    /// <summary>Markdown, with or without front matter.</summary>
    Markdown,
    /// <summary>A Word document.</summary>
    Docx,
    /// <summary>A PDF with a text layer.</summary>
    Pdf,
}

/// <summary>What a block of a read document is.</summary>
public enum BlockKind
{
    /// <summary>A heading; its level is in <see cref="Block.Level"/>.</summary>
    Heading,
    /// <summary>A body paragraph.</summary>
    Paragraph,
    /// <summary>One item of a bulleted or numbered list; its nesting depth is in <see cref="Block.Level"/> (1 for a top item).</summary>
    ListItem,
    /// <summary>A block quotation.</summary>
    Quote,
    /// <summary>The text of one table cell, where a reader cannot keep the table whole (HTML layout tables).</summary>
    TableCell,
    /// <summary>A whole table: one line per row (<c>\n</c>), cells separated by a tab (<c>\t</c>), which cell text never holds.</summary>
    Table,
    /// <summary>Code or other preformatted text, kept verbatim: its lines and indentation as written; it holds no sentences.</summary>
    Code,
}

/// <summary>A hyperlink inside a block or paragraph: <c>[Start,End)</c> in UTF-16 code units of the owner's text.</summary>
public sealed record Link(int Start, int End, string Url);

/// <summary>
/// One block of a document as read, in reading order; its text may still hold hard line breaks. <see cref="Level"/> is a
/// heading's level or a list item's nesting depth (1 for a top item), 0 for other kinds.
/// </summary>
public sealed record Block(BlockKind Kind, string Text, int Level = 0)
{
    /// <summary>Links inside <see cref="Text"/>.</summary>
    public IReadOnlyList<Link> Links { get; init; } = [];
}

/// <summary>Metadata found in the document itself (meta tags, front matter, core properties, byline lines).</summary>
public sealed record DocumentMetadata
{
    /// <summary>The title the document declares.</summary>
    public string? Title { get; init; }
    /// <summary>Authors the document names.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Publication date as found, normalised to ISO 8601 (yyyy-MM-dd or a full timestamp) where it could be parsed.</summary>
    public string? Published { get; init; }
    /// <summary>The canonical URL the document names, or where it was downloaded from.</summary>
    public string? Url { get; init; }
    /// <summary>The language the document declares.</summary>
    public string? Language { get; init; }
    /// <summary>The publication or site the document names.</summary>
    public string? SiteName { get; init; }
}

/// <summary>The result of the Reading stage: ordered blocks plus metadata.</summary>
public sealed record RawDocument(string SourcePath, InputFormat Format, string Sha256, DocumentMetadata Metadata, IReadOnlyList<Block> Blocks)
{
    /// <summary>How many characters the reader rebuilt from UTF-8 that had been read as Windows-1252 ("Ã©" for "é"); 0 when none.</summary>
    public int RepairedCharacters { get; init; }
    /// <summary>True when the input declared no encoding, was not UTF-8, and was read as Windows-1252 though its bytes do not look like it.</summary>
    public bool EncodingGuessed { get; init; }
}
