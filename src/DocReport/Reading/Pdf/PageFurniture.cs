using System.Text.RegularExpressions;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Removes running headers and footers and page numbers: margin lines repeated on many pages (numbers aside), and, on
/// any page, a short margin line in smaller type than the body, which is how a header looks on a one-page document.
/// </summary>
internal static partial class PageFurniture
{
    private const double SmallerThanBody = 0.9;
    private const int MaxRunningLineWords = 12;

    public static List<PdfLine> Remove(List<PdfLine> lines, int pageCount)
    {
        var bodySize = lines.Select(l => l.FontSize).Order().ElementAtOrDefault(lines.Count / 2);
        var running = Running(lines, pageCount);
        return lines.Where(l => !(running(l) || (l.InMargin && IsSmallAndShort(l, bodySize)))).ToList();
    }

    /// <summary>Tells the running lines: margin lines repeated on many pages (numbers aside) and page numbers.</summary>
    public static Func<PdfLine, bool> Running(List<PdfLine> lines, int pageCount)
    {
        var repeated = lines.Where(l => l.InMargin)
            .GroupBy(l => Shape(l.Text))
            .Where(g => pageCount >= 2 && g.Select(l => l.Page).Distinct().Count() >= Math.Max(2, (pageCount + 1) / 2))
            .Select(g => g.Key)
            .ToHashSet();
        return l => l.InMargin && (repeated.Contains(Shape(l.Text)) || PageNumber().IsMatch(l.Text.Trim()));
    }

    private static bool IsSmallAndShort(PdfLine line, double bodySize) =>
        line.FontSize < bodySize * SmallerThanBody && line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxRunningLineWords;

    // Lines that differ only in their numbers ("Page 2 of 9", "Page 3 of 9") are the same running line.
    private static string Shape(string text) => Digits().Replace(text.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:(?:page|p\.|seite|página|pagina)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/|von|de|sur)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
