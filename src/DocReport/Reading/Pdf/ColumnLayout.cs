using UglyToad.PdfPig.Content;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Finds the gutter of a two-column page: an empty vertical strip near the middle of the page that the words of
/// most lines keep clear of, with text on both sides. Lines that cross it (a title over both columns) are not in a column.
/// </summary>
internal static class ColumnLayout
{
    public const double MinGutterWidth = 8;
    // The gutter is looked for between these fractions of the page width.
    private const double SearchFrom = 0.25, SearchTo = 0.75;
    // Words that cross the gutter (a title, a full-width caption) may cover it: a couple, or this share of the words.
    private const double CrossingShare = 0.01;
    private const int MinCrossingWords = 2;
    // Each column holds at least this share of the page's words.
    private const double MinColumnShare = 0.2;

    /// <summary>The x of the gutter's middle, or null for a page in one column.</summary>
    public static double? Gutter(IReadOnlyList<Word> words, double pageWidth)
    {
        if (words.Count < 20 || pageWidth <= 0) return null;
        var width = (int)Math.Ceiling(pageWidth);
        var coverage = new int[width + 1];
        foreach (var word in words)
            for (var x = Math.Max(0, (int)word.BoundingBox.Left); x <= Math.Min(width, (int)word.BoundingBox.Right); x++) coverage[x]++;
        var allowed = Math.Max(MinCrossingWords, words.Count * CrossingShare);
        int bestStart = -1, bestLength = 0, runStart = -1;
        for (var x = (int)(width * SearchFrom); x <= (int)(width * SearchTo) + 1; x++)
        {
            var empty = x <= (int)(width * SearchTo) && coverage[x] <= allowed;
            if (empty && runStart < 0) runStart = x;
            if (!empty && runStart >= 0)
            {
                if (x - runStart > bestLength) (bestStart, bestLength) = (runStart, x - runStart);
                runStart = -1;
            }
        }
        if (bestLength < MinGutterWidth) return null;
        var middle = bestStart + bestLength / 2.0;
        var left = words.Count(w => w.BoundingBox.Right <= middle);
        var right = words.Count(w => w.BoundingBox.Left >= middle);
        return left >= words.Count * MinColumnShare && right >= words.Count * MinColumnShare ? middle : null;
    }
}
