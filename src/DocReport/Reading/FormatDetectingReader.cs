using System.Security.Cryptography;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Reading.Docx;
using DocReport.Reading.Html;
using DocReport.Reading.Markdown;
using DocReport.Reading.Pdf;
using DocReport.Reading.Text;

namespace DocReport.Reading;

/// <summary>Sniffs the format of a file from its content (the extension is only a hint) and hands it to that format's reader.</summary>
public sealed class FormatDetectingReader : IDocumentReader
{
    private readonly IReadOnlyDictionary<InputFormat, IFormatReader> readers;
    private readonly int maxBlocks;

    // Pages carry a few elements of markup per paragraph of text; ten times the paragraph limit leaves real pages alone.
    private const int ElementsPerParagraph = 10;

    /// <summary>A reader with the default limits.</summary>
    public FormatDetectingReader() : this(new PipelineOptions()) { }

    /// <summary>A reader that applies the limits of <paramref name="options"/> (HTML nesting depth, DOCX expanded size, paragraph count).</summary>
    public FormatDetectingReader(PipelineOptions options)
    {
        maxBlocks = options.MaxParagraphs;
        readers = new Dictionary<InputFormat, IFormatReader>
        {
            [InputFormat.Text] = new PlainTextReader(),
            [InputFormat.Html] = new HtmlReader(options.MaxHtmlDepth, ElementsPerParagraph * options.MaxParagraphs, options.MaxParagraphs),
            [InputFormat.Markdown] = new MarkdownReader(),
            [InputFormat.Docx] = new DocxReader(options.MaxDocxExpandedBytes, options.MaxParagraphs),
            [InputFormat.Pdf] = new PdfTextReader(),
        };
    }

    /// <summary>Reads a file into blocks and metadata, or gives the reason it cannot; never throws for bad input.</summary>
    public StageResult<RawDocument> Read(SourceFile file)
    {
        var detection = FormatSniffer.Detect(file.Bytes, ExtensionHint(file));
        if (detection.Value is not { } detected) return StageResult<RawDocument>.Failure(detection.Error!);
        var format = detected.Format;
        var reader = readers[format];
        // Counted before reading, on the decoded text, so that a document far over the limit costs no blocks.
        if (format is InputFormat.Text or InputFormat.Markdown && detected.Text is { } decoded
            && ParagraphEstimate.AtLeast(decoded, format == InputFormat.Markdown) is var estimate && estimate > maxBlocks)
            return TooManyParagraphs(format, estimate);
        StageResult<ReadContent> content;
        try { content = detected.Text is { } text && reader is ITextFormatReader textReader ? textReader.ReadDecoded(text, detected.EncodingGuessed) : reader.Read(file.Bytes); }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            return StageResult<RawDocument>.Failure($"unreadable {Describe(format)} document: {e.Message}");
        }
        if (content.Value is not { } read) return StageResult<RawDocument>.Failure(content.Error!);
        if (read.Blocks.Count == 0) return StageResult<RawDocument>.Failure($"no text found in the {Describe(format)} document");
        if (read.Blocks.Count > maxBlocks) return TooManyParagraphs(format, read.Blocks.Count);
        var sha = Convert.ToHexStringLower(SHA256.HashData(file.Bytes));
        return StageResult<RawDocument>.Success(new RawDocument(file.Path, format, sha, read.Metadata, read.Blocks) { RepairedCharacters = read.RepairedCharacters, EncodingGuessed = detected.EncodingGuessed });
    }

    private StageResult<RawDocument> TooManyParagraphs(InputFormat format, int paragraphs) =>
        StageResult<RawDocument>.Failure(TooManyParagraphs(Describe(format), paragraphs, maxBlocks));

    /// <summary>Why a document of <paramref name="paragraphs"/> paragraphs is refused.</summary>
    internal static string TooManyParagraphs(string kind, int paragraphs, int limit) =>
        $"the {kind} document has {paragraphs:N0} paragraphs, over the limit of {limit:N0} (PipelineOptions.MaxParagraphs, --max-paragraphs)";

    /// <summary>The extension that settles what content leaves open: a download's path, or its declared Markdown type.</summary>
    private static string ExtensionHint(SourceFile file) =>
        file.MediaType is "text/markdown" or "text/x-markdown" ? ".md"
        : Path.GetExtension(file.Url is not null && Uri.TryCreate(file.Url, UriKind.Absolute, out var url) ? url.AbsolutePath : file.Path);

    private static string Describe(InputFormat format) => format switch
    {
        InputFormat.Html => "HTML",
        InputFormat.Pdf => "PDF",
        InputFormat.Docx => "DOCX",
        _ => format.ToString(),
    };
}
