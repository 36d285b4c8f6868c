using UglyToad.PdfPig.Content;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Finds the gutters of a page set in columns, as many as the page has: empty vertical strips that the words of the
/// column lines keep clear of, with a column of text between each two. A line wider than a column (a title, a standfirst
/// or a caption across the columns) is left out of the search, so a page whose upper part is one wide column and whose
/// lower part is set in columns still shows its gutters; such lines cross them and are read where they stand. The runs
/// of words between the gutters must read as column lines, not as a table's cells: a table of short cells on a page with
/// little prose keeps its gaps (the paragraph builder reads its rows). A line centred on the text across its middle (a
/// headline, a byline, a page number) is left out too, however short. A page too short to show its columns (a last page
/// whose second column holds a few lines) keeps the gutters of the page before when its column lines keep clear of them.
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
    // A run wider than its column crosses the gutter's middle by less than this share of its width; a centred line by half.
    private const double MaxOverhang = 0.25;
    // A centred line's middle is this share of the text's width from the text's middle, at most.
    private const double CentreTolerance = 0.02;

    /// <summary>The page's gutters, left to right; none for a page in one column. <paramref name="previous"/> are the
    /// gutters of the page before.</summary>
    public static IReadOnlyList<Gutter> Gutters(IReadOnlyList<List<Word>> lines, double pageWidth, IReadOnlyList<Gutter> previous)
    {
        if (lines.Sum(l => l.Count) < MinWords || pageWidth <= 0) return [];
        var all = lines.SelectMany(l => l).ToList();
        var (textLeft, textRight) = (all.Min(w => w.BoundingBox.Left), all.Max(w => w.BoundingBox.Right));
        // the middle of the text as far as it is on the page (a table may run off it)
        var middle = (Math.Max(0, textLeft) + Math.Min(pageWidth, textRight)) / 2;
        var columnLines = lines.Where(l => !Centred(l, middle, textRight - textLeft)).SelectMany(Runs)
            .Where(r => Width(r) <= (textRight - textLeft) * WideRun).ToList();
        var words = columnLines.SelectMany(r => r).ToList();
        if (words.Count < MinWords || words.Count < all.Count * MinColumnLineShare) return [];

        var width = (int)Math.Ceiling(Math.Max(pageWidth, textRight));
        var coverage = new int[width + 2];
        foreach (var word in words)
            for (var x = Math.Max(0, (int)word.BoundingBox.Left); x <= Math.Min(width, (int)word.BoundingBox.Right); x++) coverage[x]++;
        var allowed = Math.Max(MinCrossingWords, words.Count * CrossingShare);
        var (from, to) = ((int)words.Min(w => w.BoundingBox.Left) + 1, (int)words.Max(w => w.BoundingBox.Right));
        var gutters = new List<Gutter>();
        var runStart = -1;
        for (var x = from; x <= to + 1; x++)
        {
            var empty = x <= to && coverage[x] <= allowed;
            if (empty && runStart < 0) runStart = x;
            if (!empty && runStart >= 0)
            {
                if (x - runStart >= MinGutterWidth) gutters.Add(new Gutter(runStart, x));
                runStart = -1;
            }
        }
        // Columns too small or of short cells are joined to a neighbour until every column holds column lines.
        while (gutters.Count > 0)
        {
            var columns = Enumerable.Range(0, gutters.Count + 1).Select(i => Column(columnLines, gutters, i)).ToList();
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
        return gutters.Count > 0 || previous.Count == 0 ? gutters : Kept(previous, columnLines, coverage, allowed);
    }

    // The page before's gutters, where this page's column lines keep clear of every one and each column holds a column
    // line (a last page whose second column holds a few lines; not a page of one column, whose right margin is no column).
    private static IReadOnlyList<Gutter> Kept(IReadOnlyList<Gutter> previous, List<List<Word>> columnLines, int[] coverage, double allowed)
    {
        bool Clear(Gutter g) => Enumerable.Range((int)g.Start, (int)g.Width).All(x => x >= coverage.Length || coverage[x] <= allowed);
        bool Holds(int i) => Column(columnLines, previous, i).MaxLineWords >= MinColumnLineWords;
        return previous.All(Clear) && Enumerable.Range(0, previous.Count + 1).All(Holds) ? previous : [];
    }

    // A line of one run centred on the text and crossing its middle (a headline, a byline, a page number): no column line,
    // however short. A line of several runs may be the columns' lines side by side, the middle one of three centred.
    private static bool Centred(List<Word> line, double middle, double textWidth)
    {
        var (left, right) = (line.Min(w => w.BoundingBox.Left), line.Max(w => w.BoundingBox.Right));
        return Math.Abs((left + right) / 2 - middle) <= textWidth * CentreTolerance && Runs(line).Take(2).Count() == 1
            && line.Any(w => w.BoundingBox.Left < middle && w.BoundingBox.Right > middle);
    }

    /// <summary>The index of the column (between the gutters) a word stands in.</summary>
    public static int ColumnOf(Word word, IReadOnlyList<Gutter> gutters)
    {
        var middle = (word.BoundingBox.Left + word.BoundingBox.Right) / 2;
        var i = 0;
        while (i < gutters.Count && middle > gutters[i].Middle) i++;
        return i;
    }

    // The words of column i: how many, and how many a line holds on average and at most.
    private static (int Words, double MeanLineWords, int MaxLineWords) Column(List<List<Word>> runs, IReadOnlyList<Gutter> gutters, int i)
    {
        var (left, right) = (i == 0 ? double.MinValue : gutters[i - 1].Middle, i == gutters.Count ? double.MaxValue : gutters[i].Middle);
        var counts = runs.Select(r => r.Count(w => w.BoundingBox.Left >= left && w.BoundingBox.Right <= right)).Where(n => n > 0).ToList();
        return (counts.Sum(), counts.Count == 0 ? 0 : counts.Average(), counts.Count == 0 ? 0 : counts.Max());
    }

    /// <summary>Whether a run of words that crosses the gutter's middle opens left of the gutter and crosses the middle by
    /// less than <see cref="MaxOverhang"/> of its width: a table or a long word wider than its column, not a line across the columns.</summary>
    public static bool Overhangs(List<Word> run, Gutter gutter)
    {
        var (left, right) = (run.Min(w => w.BoundingBox.Left), run.Max(w => w.BoundingBox.Right));
        return left < gutter.Start && right - gutter.Middle < (right - left) * MaxOverhang;
    }

    /// <summary>A line's runs of words, split where words are a gutter apart.</summary>
    public static IEnumerable<List<Word>> Runs(List<Word> line)
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

/// <summary>An empty vertical strip between two columns, from x <see cref="Start"/> to <see cref="End"/>.</summary>
internal readonly record struct Gutter(double Start, double End)
{
    public double Middle => (Start + End) / 2;
    public double Width => End - Start;
}
