namespace DocReport.Reading.Pdf;

/// <summary>
/// A line's words, left to right, as places in one string (the words joined with single spaces) with each word's left and
/// right edge. A PDF's lines are all held until its paragraphs are built, and a string and a cell for each word were most of
/// what a long PDF's lines held (bench/PipelineBench/README.md, round 37): a line read left to right keeps its words in its
/// own text, which joins them so, and the cells are made only when a table's columns are looked for.
/// </summary>
internal sealed class LineWords
{
    /// <summary>No words.</summary>
    public static readonly LineWords None = new("", []);

    private readonly string joined;
    private readonly Place[] places;

    private readonly record struct Place(int Start, int Length, double Left, double Right);

    private LineWords(string joined, Place[] places) => (this.joined, this.places) = (joined, places);

    /// <summary>The words with their edges; <paramref name="joined"/>, when given, is the words joined with single spaces (the line's text), kept instead of a copy.</summary>
    public static LineWords Of(IReadOnlyList<string> words, IReadOnlyList<(double Left, double Right)> edges, string? joined = null)
    {
        joined ??= string.Join(' ', words);
        var places = new Place[words.Count];
        for (var (i, start) = (0, 0); i < places.Length; start += words[i].Length + 1, i++)
            places[i] = new Place(start, words[i].Length, edges[i].Left, edges[i].Right);
        return new LineWords(joined, places);
    }

    /// <summary>Each word as a run of its own, left to right.</summary>
    public IReadOnlyList<PdfCell> Cells() => Array.ConvertAll(places, p => new PdfCell(joined.Substring(p.Start, p.Length), p.Left, p.Right));
}
