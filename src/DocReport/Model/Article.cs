namespace DocReport.Model;

/// <summary>Identity and metadata of one document.</summary>
public sealed record DocumentInfo
{
    /// <summary>Stable identifier: the first 16 hex digits of <see cref="Sha256"/>.</summary>
    public required string Id { get; init; }
    /// <summary>The article's title.</summary>
    public required string Title { get; init; }
    /// <summary>Where <see cref="Title"/> came from: the document itself, or made up because the document had none.</summary>
    public TitleOrigin TitleOrigin { get; init; } = TitleOrigin.Document;
    /// <summary>Authors as named by the document, in its order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Publication date as ISO 8601 (yyyy-MM-dd or a full timestamp); null when none was found.</summary>
    public string? Published { get; init; }
    /// <summary>The article's address: the canonical URL the page names, or where it was downloaded from.</summary>
    public string? Url { get; init; }
    /// <summary>The language the document declares (a BCP 47 tag such as <c>en</c>); null when it declares none.</summary>
    public string? Language { get; init; }
    /// <summary>The publication or site, where the document names it.</summary>
    public string? SiteName { get; init; }
    /// <summary>The input as given: a file path, a URL, or a name such as <c>stdin</c>.</summary>
    public required string SourcePath { get; init; }
    /// <summary>The format the input was read as.</summary>
    public required InputFormat Format { get; init; }
    /// <summary>SHA-256 of the input file's bytes, lower-case hex.</summary>
    public required string Sha256 { get; init; }
    /// <summary>How many characters the reader rebuilt from UTF-8 that had been read as Windows-1252 ("Ã©" for "é"); 0 when none.</summary>
    public int RepairedCharacters { get; init; }
    /// <summary>True when the input declared no encoding, was not UTF-8, and was read as Windows-1252 though its bytes do not look like it.</summary>
    public bool EncodingGuessed { get; init; }
}

/// <summary>Where a document's title came from.</summary>
public enum TitleOrigin
{
    /// <summary>The document's metadata or its headline-like first line.</summary>
    Document,
    /// <summary>The document had no title: its first sentence, shortened.</summary>
    FirstSentence,
    /// <summary>The document had no title and no sentence: the input's file name.</summary>
    FileName,
}

/// <summary>A sentence; <c>[Start,End)</c> are UTF-16 code-unit offsets into the article text.</summary>
public sealed record Sentence(string Id, string Text, int Start, int End)
{
    /// <summary>Whether the sentence's score reaches the claim threshold.</summary>
    public bool IsClaim { get; init; }
    /// <summary>Check-worthiness in [0,1].</summary>
    public double Score { get; init; }
}

/// <summary>A body paragraph (or list item, quote, table cell text); <c>[Start,End)</c> index the article text.</summary>
public sealed record Paragraph(string Id, int Ordinal, string? Section, BlockKind Kind, string Text, int Start, int End)
{
    /// <summary>The paragraph's sentences, in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];
    /// <summary>Links, with offsets into the article text (not the paragraph).</summary>
    public IReadOnlyList<Link> Links { get; init; } = [];
    /// <summary>A list item's nesting depth: 1 for a top item, 2 for an item under it; 0 for other kinds (and in a dataset.json before version 4, which had no depth).</summary>
    public int Level { get; init; }
}

/// <summary>The result of the Structure stage: normalised text, paragraphs and sentences with offsets.</summary>
public sealed record Article(DocumentInfo Document, string Text, IReadOnlyList<Paragraph> Paragraphs);
