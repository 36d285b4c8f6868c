using DocReport.Model;

namespace DocReport.Pipeline;

/// <summary>An input: its path (or URL, or a name such as "stdin") and its bytes.</summary>
public sealed record SourceFile(string Path, byte[] Bytes)
{
    /// <summary>The address it was downloaded from, after redirects; null for a file or a stream.</summary>
    public string? Url { get; init; }

    /// <summary>The media type the server declared (<c>text/markdown</c>); a hint only, the content decides the format.</summary>
    public string? MediaType { get; init; }

    /// <summary>Reads a file from disk.</summary>
    public static SourceFile Load(string path) => new(path, File.ReadAllBytes(path));
}

/// <summary>Either a value or the reason there is none; bad input is a result, not an exception.</summary>
public sealed record StageResult<T>(T? Value, string? Error) where T : class
{
    /// <summary>Whether there is a value.</summary>
    public bool Succeeded => Value is not null;
    /// <summary>A result holding <paramref name="value"/>.</summary>
    public static StageResult<T> Success(T value) => new(value, null);
    /// <summary>A result with no value and the <paramref name="reason"/>.</summary>
    public static StageResult<T> Failure(string reason) => new(null, reason);
}

/// <summary>Reading: bytes to blocks and metadata.</summary>
public interface IDocumentReader
{
    /// <summary>The document's blocks and metadata, or why it cannot be read; never throws for bad input.</summary>
    StageResult<RawDocument> Read(SourceFile file);
}

/// <summary>Structure: blocks to an article with normalised text, paragraphs and sentences.</summary>
public interface IStructureBuilder
{
    /// <summary>The article, or why none can be built from the document.</summary>
    StageResult<Article> Build(RawDocument document);
}

/// <summary>Analysis: claims, attributions and sources of an article.</summary>
public interface IArticleAnalyzer
{
    /// <summary>The article's dataset: scored sentences, claims, attributions and sources.</summary>
    ArticleDataset Analyze(Article article);
}

/// <summary>Validation: the dataset's findings, errors and warnings.</summary>
public interface IDatasetValidator
{
    /// <summary>The findings; an error stops the document's outputs, a warning is written into them.</summary>
    IReadOnlyList<ValidationIssue> Validate(ArticleDataset dataset);
}

/// <summary>Output: writes one file of a dataset into a folder.</summary>
public interface IDatasetWriter
{
    /// <summary>The format name used by <c>--format</c> (pdf, xlsx, json, csv).</summary>
    string Format { get; }
    /// <summary>Writes this writer's file or files into <paramref name="folder"/>, which exists.</summary>
    void Write(ArticleDataset dataset, string folder);
}
