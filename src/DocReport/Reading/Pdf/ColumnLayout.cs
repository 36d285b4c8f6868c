using UglyToad.PdfPig.Content;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Finds the gutters of a page set in columns, as many as the page has: empty vertical strips that the words of the
/// column lines keep clear of, with a column of text between each two. A line wider than a column (a title, a standfirst
/// or a caption across the columns) is left out of the search, so a page whose upper part is one wide column and whose
/// lower part is set in columns still shows its gutters; such lines cross them and are read where they stand. The runs
/// of words between the gutters must read as column lines, not as a table's cells: a table of short cells on a page with
/// little prose keeps its gaps (the paragraph builder reads its rows).
/// </summary>
internal static class ColumnLayout
{
    public const double MinGutterWidth = 8;
    // Words that cross a gutter (a title, a full-width caption) may cover it: a couple, or this share of the words.
    private const double CrossingShare = 0.01;
    private const int MinCrossingWords = 2;
    // Each of two columns holds at least this share of the column words; each of N columns at least half of 1/N.
    private const double MinColumnShare = 0.2;
    // A run of words wider than this share of the text's width is no column line.
    private const double WideRun = 0.6;
    // A column's lines hold a few words each (on average at least this many; a heading or a page number among them
    // holds one); a table's cells hold one or two.
    private const int MinColumnLineWords = 3;
    private const int MinWords = 20;
    // Column lines hold at least this share of the page's words: a page of prose in one column with a few narrow lines
    // set apart (a hex dump, a title page's lines set right) is no page of columns.
    private const double MinColumnLineShare = 0.5;

    /// <summary>The x of each gutter's middle, left to right; none for a page in one column.</summary>
    public static IReadOnlyList<double> Gutters(IReadOnlyList<List<Word>> lines, double pageWidth)
    {
        if (lines.Sum(l => l.Count) < MinWords || pageWidth <= 0) return [];
        var all = lines.SelectMany(l => l).ToList();
        var (textLeft, textRight) = (all.Min(w => w.BoundingBox.Left), all.Max(w => w.BoundingBox.Right));
        var columnLines = lines.SelectMany(Runs).Where(r => Width(r) <= (textRight - textLeft) * WideRun).ToList();
        var words = columnLines.SelectMany(r => r).ToList();
        if (words.Count < MinWords || words.Count < all.Count * MinColumnLineShare) return [];

        var width = (int)Math.Ceiling(Math.Max(pageWidth, textRight));
        var coverage = new int[width + 2];
        foreach (var word in words)
            for (var x = Math.Max(0, (int)word.BoundingBox.Left); x <= Math.Min(width, (int)word.BoundingBox.Right); x++) coverage[x]++;
        var allowed = Math.Max(MinCrossingWords, words.Count * CrossingShare);
        var (from, to) = ((int)words.Min(w => w.BoundingBox.Left) + 1, (int)words.Max(w => w.BoundingBox.Right));
        var gutters = new List<(double Middle, int Width)>();
        var runStart = -1;
        for (var x = from; x <= to + 1; x++)
        {
            var empty = x <= to && coverage[x] <= allowed;
            if (empty && runStart < 0) runStart = x;
            if (!empty && runStart >= 0)
            {
                if (x - runStart >= MinGutterWidth) gutters.Add((runStart + (x - runStart) / 2.0, x - runStart));
                runStart = -1;
            }
        }
        // Columns too small or of short cells are joined to a neighbour until every column holds column lines.
        while (gutters.Count > 0)
        {
            var columns = Enumerable.Range(0, gutters.Count + 1).Select(i => Column(columnLines, gutters.Select(g => g.Middle).ToList(), i)).ToList();
            var minShare = Math.Min(MinColumnShare, 0.5 / columns.Count);
            bool Fails(int i) => columns[i].Words < words.Count * minShare || columns[i].MeanLineWords < MinColumnLineWords;
            var failing = Enumerable.Range(0, columns.Count).Where(Fails).ToList();
            if (failing.Count == 0) break;
            var c = failing[0];
            // A failing column joins the neighbour across the narrower gap: a column of page numbers after an index's
            // entries, a table's cells.
            var joinRight = c == 0 || (c < columns.Count - 1 && gutters[c].Width < gutters[c - 1].Width);
            gutters.RemoveAt(joinRight ? c : c - 1);
        }
        return gutters.Select(g => g.Middle).ToList();
    }

    /// <summary>The index of the column (between the gutters) a word stands in.</summary>
    public static int ColumnOf(Word word, IReadOnlyList<double> gutters)
    {
        var middle = (word.BoundingBox.Left + word.BoundingBox.Right) / 2;
        var i = 0;
        while (i < gutters.Count && middle > gutters[i]) i++;
        return i;
    }

    // The words of column i: how many, and how many a line holds on average.
    private static (int Words, double MeanLineWords) Column(List<List<Word>> runs, List<double> gutters, int i)
    {
        var (left, right) = (i == 0 ? double.MinValue : gutters[i - 1], i == gutters.Count ? double.MaxValue : gutters[i]);
        var counts = runs.Select(r => r.Count(w => w.BoundingBox.Left >= left && w.BoundingBox.Right <= right)).Where(n => n > 0).ToList();
        return (counts.Sum(), counts.Count == 0 ? 0 : counts.Average());
    }

    // A line's runs of words, split where words are a gutter apart.
    private static IEnumerable<List<Word>> Runs(List<Word> line)
    {
        var ordered = line.OrderBy(w => w.BoundingBox.Left).ToList();
        var run = new List<Word>();
        foreach (var word in ordered)
        {
            if (run.Count > 0 && word.BoundingBox.Left - run.Max(w => w.BoundingBox.Right) >= MinGutterWidth)
            {
                yield return run;
                run = [];
            }
            run.Add(word);
        }
        if (run.Count > 0) yield return run;
    }

    private static double Width(List<Word> run) => run.Max(w => w.BoundingBox.Right) - run.Min(w => w.BoundingBox.Left);
}
