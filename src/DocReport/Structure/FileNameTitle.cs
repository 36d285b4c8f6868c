using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// A metadata title that only names the file the document was made from: what a PDF printer or converter writes when the
/// author set none ("Microsoft Word - annual-report-v5.docx", "slides.pptx", "Untitled", "Document1"). It is no title:
/// the document's own first heading names it better.
/// </summary>
internal static partial class FileNameTitle
{
    public static bool Matches(string title) => Pattern().IsMatch(title.Trim());

    // Word-processor, slide, spreadsheet, text, TeX and web-page file extensions, and the names editors give a new file.
    [GeneratedRegex(@"\.(?:docx?|odt|rtf|pages|pptx?|odp|key|xlsx?|ods|txt|md|tex|dvi|ps|pdf|indd|html?)$|^(?:untitled(?:\s+document)?|document\s?\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
