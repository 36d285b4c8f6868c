namespace DocReport.Model;

/// <summary>Identity and metadata of one document.</summary>
public sealed record DocumentInfo
{
    /// <summary>Stable identifier: the first 16 hex digits of <see cref="Sha256"/>.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>Where <see cref="Title"/> came from: the document itself, or made up because the document had none.</summary>
    public TitleOrigin TitleOrigin { get; init; } = TitleOrigin.Document;
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Published { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    public required string SourcePath { get; init; }
    public required InputFormat Format { get; init; }
    /// <summary>SHA-256 of the input file's bytes, lower-case hex.</summary>
    public required string Sha256 { get; init; }
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
    public bool IsClaim { get; init; }
    /// <summary>Check-worthiness in [0,1].</summary>
    public double Score { get; init; }
}

/// <summary>A body paragraph (or list item, quote, table cell text); <c>[Start,End)</c> index the article text.</summary>
public sealed record Paragraph(string Id, int Ordinal, string? Section, BlockKind Kind, string Text, int Start, int End)
{
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];
    /// <summary>Links, with offsets into the article text (not the paragraph).</summary>
    public IReadOnlyList<Link> Links { get; init; } = [];
}

/// <summary>The result of the Structure stage: normalised text, paragraphs and sentences with offsets.</summary>
public sealed record Article(DocumentInfo Document, string Text, IReadOnlyList<Paragraph> Paragraphs);
