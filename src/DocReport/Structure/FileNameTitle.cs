using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// A metadata title that only names the file the document was made from: what a PDF printer or converter writes when the
/// author set none ("Microsoft Word - annual-report-v5.docx", "slides.pptx", "Untitled", "Document1", a template's "Title"). It is no title:
/// the document's own first heading names it better. A name of one word joined by underscores ("report_final_v2",
/// "Q3_board_minutes") is a file's name too when it is written in Latin letters and digits; no headline is written so. A
/// Chinese or Japanese page title joins its headline and site name with an underscore ("&lt;headline&gt;_&lt;site&gt;"), and is kept.
/// </summary>
internal static partial class FileNameTitle
{
    public static bool Matches(string title) => Pattern().IsMatch(title.Trim());

    // Word-processor, slide, spreadsheet, text, TeX and web-page file extensions, the names editors give a new file, an
    // Office program's name before the file's ("Microsoft Word - draft3"), and one word of Latin letters and digits with an underscore.
    [GeneratedRegex(@"^microsoft\s+(?:word|excel|powerpoint)\s+-\s|^[A-Za-z0-9][A-Za-z0-9.-]*(?:_[A-Za-z0-9.-]+)+$|\.(?:docx?|odt|rtf|pages|pptx?|odp|key|xlsx?|ods|txt|md|tex|dvi|ps|pdf|indd|html?)$|^(?:untitled(?:\s+document)?|document\s?\d+|title)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
