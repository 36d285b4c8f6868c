namespace DocReport.Reading.Pdf;

/// <summary>
/// A table whose columns stand closer than <see cref="PdfCell.MinGap"/> letter sizes apart, so that a row set to its
/// columns' full width reads as one run of words: groff's tbl puts 1.5 em between columns, and the header row, whose
/// headings are the widest entries, has no wider gap. Consecutive lines of one size, page and column at a steady pitch are
/// rows of such a table while they share empty vertical strips of <see cref="ColumnGap"/> letter sizes or more (the
/// space between two columns) and each holds words on both sides of one (two cells with a letter or figure); the strips
/// split every row into its cells.
/// </summary>
internal static class AlignedTable
{
    // Wider than a justified line's word space (about one letter size at most), narrower than tbl's 1.5 em; a strip must
    // also run through three lines or more, which a wide word space in prose does not.
    private const double ColumnGap = 1.4;

    /// <summary>The cells of the table's rows from <paramref name="from"/> on, or none when no such table starts there.</summary>
    public static List<List<string>> Rows(List<PdfLine> lines, int from)
    {
        var first = lines[from];
        var width = first.FontSize * ColumnGap;
        var strips = Gaps(first.Words, width);
        var end = from + 1;
        for (; strips.Count > 0 && end < lines.Count; end++)
        {
            var line = lines[end];
            if (line.Page != first.Page || line.Column != first.Column || !ParagraphBuilder.SameSize(first, line) || line.Top > lines[end - 1].Top
                || (end - from >= 2 && !ParagraphBuilder.SteadyPitch(lines, end)))
                break;
            var narrowed = strips.SelectMany(s => Without(s, line.Words)).Where(s => s.Right - s.Left >= width).ToList();
            if (Filled(Cells(line, narrowed)) < 2) break;
            strips = narrowed;
        }
        // A strip that narrowed away under a later row no longer splits the rows above it: each row keeps two cells or more.
        var rows = lines[from..end].Select(l => Cells(l, strips)).TakeWhile(r => Filled(r) >= 2).ToList();
        if (rows.Count < ParagraphBuilder.MinTableRows) return [];
        var cells = rows.SelectMany(r => r).Where(c => c.Length > 0).ToList();
        return cells.Average(c => c.Split(' ').Length) <= ParagraphBuilder.MaxMeanCellWords ? rows : [];
    }

    // The cells that hold a letter or a figure: the dots and colons of a drawing set in rows are no table's cells.
    private static int Filled(List<string> row) => row.Count(c => c.Any(char.IsLetterOrDigit));

    // The spaces between a line's words of the given width or more.
    private static List<(double Left, double Right)> Gaps(IReadOnlyList<PdfCell> words, double width) =>
        words.Zip(words.Skip(1), (a, b) => (Left: a.Right, Right: b.Left)).Where(g => g.Right - g.Left >= width).ToList();

    // What is left of a strip where the line's words do not stand in it.
    private static IEnumerable<(double Left, double Right)> Without((double Left, double Right) strip, IReadOnlyList<PdfCell> words)
    {
        var left = strip.Left;
        foreach (var word in words.Where(w => w.Right > strip.Left && w.Left < strip.Right).OrderBy(w => w.Left))
        {
            if (word.Left > left) yield return (left, word.Left);
            left = Math.Max(left, word.Right);
        }
        if (left < strip.Right) yield return (left, strip.Right);
    }

    // The line's words between one strip and the next, a cell a column (empty where the row has none).
    private static List<string> Cells(PdfLine line, List<(double Left, double Right)> strips)
    {
        var edges = strips.Select(s => (s.Left + s.Right) / 2).Order().ToList();
        return Enumerable.Range(0, edges.Count + 1)
            .Select(column => string.Join(' ', line.Words.Where(w => Column((w.Left + w.Right) / 2, edges) == column).Select(w => w.Text)))
            .ToList();
    }

    private static int Column(double x, List<double> edges) => edges.Count(e => e < x);
}
