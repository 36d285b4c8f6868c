using System.IO.Compression;
using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Reading;

/// <summary>Tells a file's format from its content; the extension only settles what content leaves open.</summary>
internal static partial class FormatSniffer
{
    internal const string BinaryReason = "binary file (not a text, HTML, Markdown, DOCX or PDF document)";

    // Rich text decodes as text, so it was read as an article of control words ("{\rtf1\ansi\deff0 {\fonttbl ...") and written with exit code 0.
    internal const string RtfReason = "RTF document (.rtf): open it in a word processor and save it as DOCX or PDF";

    private const int MarkupSearchLength = 1 << 20;

    private static readonly string[] MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd"];

    public static StageResult<FormatDetection> Detect(byte[] bytes, string? extension)
    {
        if (bytes.Length == 0) return StageResult<FormatDetection>.Failure("file is empty");
        if (IsPdf(bytes)) return Found(InputFormat.Pdf);
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] is 3 or 5 or 7) return DetectZip(bytes);
        if (CompoundFile.Reason(bytes) is { } compound) return StageResult<FormatDetection>.Failure(compound);
        var text = TextDecoder.Decode(bytes, out var encodingGuessed);
        if (text is null) return StageResult<FormatDetection>.Failure(BinaryReason);
        if (text.AsSpan().TrimStart().StartsWith(@"{\rtf", StringComparison.Ordinal)) return StageResult<FormatDetection>.Failure(RtfReason);
        if (LooksLikeHtml(text)) return Found(InputFormat.Html, text, encodingGuessed);
        var markdownHint = MarkdownExtensions.Contains(extension?.ToLowerInvariant());
        return Found(markdownHint || LooksLikeMarkdown(text) ? InputFormat.Markdown : InputFormat.Text, text, encodingGuessed);
    }

    private static StageResult<FormatDetection> Found(InputFormat format, string? text = null, bool encodingGuessed = false) =>
        StageResult<FormatDetection>.Success(new(format, text, encodingGuessed));

    // The PDF header may follow a few bytes of junk; readers accept it within the first kilobyte.
    private static bool IsPdf(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    private static StageResult<FormatDetection> DetectZip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null) return Found(InputFormat.Docx);
            var isWordPackage = zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.OrdinalIgnoreCase));
            return StageResult<FormatDetection>.Failure(isWordPackage
                ? "DOCX without word/document.xml"
                : "zip archive that is not a DOCX document (no word/document.xml)");
        }
        catch (InvalidDataException e)
        {
            return StageResult<FormatDetection>.Failure("truncated or damaged zip/DOCX file: " + e.Message);
        }
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 8192)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)) return true;
        var sample = head.ToString();
        if (DocumentTag().IsMatch(sample)) return true;
        if (!head.StartsWith("<")) return false;
        // A saved page may open with a long <style> or <script> before its <body>: look further than the sample.
        return BlockTag().Count(sample) >= 2 || DocumentTag().IsMatch(text.AsSpan(0, Math.Min(text.Length, MarkupSearchLength)));
    }

    private static bool LooksLikeMarkdown(string text)
    {
        var sample = text.Length > 20000 ? text[..20000] : text;
        if (FrontMatter().IsMatch(sample)) return true;
        var cues = 0;
        if (AtxHeading().IsMatch(sample)) cues++;
        if (InlineLink().IsMatch(sample)) cues++;
        if (StrongEmphasis().IsMatch(sample)) cues++;
        if (CodeFence().IsMatch(sample)) cues++;
        if (SetextHeading().IsMatch(sample)) cues++;
        return cues >= 2 || AtxHeading().Count(sample) >= 2;
    }

    [GeneratedRegex(@"<(html|head|body)[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentTag();

    [GeneratedRegex(@"<(p|div|span|a|h[1-6]|ul|ol|li|table|article|section|br|meta|title)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"\A---\n(?:[\w-]+:.*\n|\s*-.*\n|\s*\n)+---\s*\n")]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^#{1,6}[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"\[[^\]\n]+\]\([^)\s]+(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"(\*\*|__)[^\s*_][^*_\n]*\1")]
    private static partial Regex StrongEmphasis();

    [GeneratedRegex(@"^(```|~~~)", RegexOptions.Multiline)]
    private static partial Regex CodeFence();

    [GeneratedRegex(@"^\S[^\n]*\n(=+|-{3,})[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex SetextHeading();
}
