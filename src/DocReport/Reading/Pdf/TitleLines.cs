namespace DocReport.Reading.Pdf;

/// <summary>
/// Puts the title first: the lines in the largest type on the first page, in its upper half, when only a few short
/// lines in smaller type come before them (a running header, a kicker, a date). Reading order alone made such a line
/// the title of a one-page document whose header is not repeated; the lines moved behind the title are kept, but for those
/// in the top margin, which are a running header or a kicker unless they are a byline or a date.
/// </summary>
internal static class TitleLines
{
    private const double LargerThanBody = 1.2;
    private const int MaxLinesBefore = 3;
    private const int MaxWordsBefore = 12;

    public static List<PdfLine> First(List<PdfLine> lines)
    {
        if (lines.Count == 0) return lines;
        var page = lines.TakeWhile(l => l.Page == lines[0].Page).ToList();
        var bodySize = page.Select(l => l.FontSize).Order().ElementAtOrDefault(page.Count / 2);
        var largest = page.Where(l => l.Top > l.PageHeight / 2).Select(l => l.FontSize).DefaultIfEmpty(0).Max();
        if (largest < bodySize * LargerThanBody) return lines;
        var start = page.FindIndex(l => SameSize(l.FontSize, largest) && l.Top > l.PageHeight / 2);
        var before = page.Take(start).ToList();
        if (start == 0 || before.Count > MaxLinesBefore
            || before.Any(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWordsBefore))
            return lines;
        var title = page.Skip(start).TakeWhile(l => SameSize(l.FontSize, largest)).ToList();
        // In the top margin above the title: a running header or a kicker (on the first page only, so not found as
        // repeated), not the first paragraph; a byline or date there is kept for the top matter.
        before.RemoveAll(l => l.InMargin && l.Top > l.PageHeight / 2 && !Text.TopMatter.IsTopMatterLine(l.Text));
        return [.. title, .. before, .. lines.Skip(start + title.Count)];
    }

    private static bool SameSize(double size, double largest) => size >= largest - Math.Max(0.5, largest * 0.1);
}
