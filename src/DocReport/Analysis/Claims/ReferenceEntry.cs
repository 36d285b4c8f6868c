using System.Text.RegularExpressions;

namespace DocReport.Analysis.Claims;

/// <summary>
/// A paragraph that is an entry of a reference list or a footnote citing a publication: its authors and year first
/// ("Smith J., Patel R. (2020) ...", "Lee, K. and Moss, T., 2019. ...") and the details only a citation gives (a DOI, a
/// volume and its pages "12(3): 45-67", "pp. 45-67", an ISBN), or Vancouver's "2020;12(3):45-67". Its sentences name a
/// study, they assert nothing a reader checks (news-guideline.md: furniture and credits are No), so none is a claim, and
/// none is a key finding. A sentence of the body that cites a study with its DOI stays a claim: it does not open with
/// names, initials and a year.
/// </summary>
internal static partial class ReferenceEntry
{
    // A citation is a few lines; a paragraph longer than this is prose, whatever it opens with.
    private const int MaxLength = 600;

    /// <summary>Whether <paramref name="paragraph"/> is one bibliographic reference.</summary>
    public static bool Is(string paragraph)
    {
        if (paragraph.Length > MaxLength) return false;
        if (Vancouver().IsMatch(paragraph)) return true;
        var opening = AuthorsAndYear().Match(paragraph);
        return opening.Success && Initial().IsMatch(opening.Value) && Details().IsMatch(paragraph);
    }

    // Reference lists give authors' initials ("Smith, J.", "Smith J"); prose cites "Smith (2020)" or "Smith et al. (2020)".
    [GeneratedRegex(@"(?<!\p{L})\p{Lu}(?:\.|(?=[\s,]))", RegexOptions.CultureInvariant)]
    private static partial Regex Initial();

    // Names, initials, "et al.", "and", "&" and commas, then the year in parentheses or closed by a full stop; a list's number may come first.
    [GeneratedRegex(@"^\s*(?:\[\d{1,3}\]|\d{1,3}\.)?\s*\p{Lu}[\p{L}'’-]+(?:(?:\s*,\s*|\s+|\s*&\s*)(?:\p{Lu}[\p{L}'’-]*\.?|and|et\s+al\.?)){0,24}[\s,]*(?:\((?:1[5-9]|20)\d\d[a-z]?\)|(?:1[5-9]|20)\d\d[a-z]?\.)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorsAndYear();

    [GeneratedRegex(@"\bdoi\s*:\s*10\.|\bdoi\.org/10\.|\b\d{1,4}\s*\(\d{1,4}\)\s*[:,]\s*(?:pp?\.\s*)?\d+\s*[–-]\s*\d+|\b\d{1,4}\s*:\s*\d+\s*[–-]\s*\d+\b|\bpp\.\s*\d+\s*[–-]\s*\d+|\bISBN\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Details();

    [GeneratedRegex(@"\b(?:1[5-9]|20)\d\d\s*;\s*\d{1,4}(?:\s*\(\d{1,4}\))?\s*:\s*\d+\s*[–-]\s*\d+")]
    private static partial Regex Vancouver();
}
