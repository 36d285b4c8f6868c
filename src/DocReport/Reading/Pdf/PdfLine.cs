namespace DocReport.Reading.Pdf;

/// <summary>One line of text on a PDF page, with where it sits and the size of its letters.</summary>
internal sealed record PdfLine(string Text, int Page, double Top, double Bottom, double FontSize, double PageHeight)
{
    /// <summary>In the top or bottom eighth of the page, where running headers, footers and page numbers sit.</summary>
    public bool InMargin => Top > PageHeight * 0.875 || Bottom < PageHeight * 0.125;

    /// <summary>
    /// The line's runs of words set apart by a gap wider than <see cref="PdfCell.MinGap"/> letter sizes, left to right: one
    /// for a line of prose, a cell each for a table's row.
    /// </summary>
    public IReadOnlyList<PdfCell> Cells { get; init; } = [];

    /// <summary>The line's words, left to right, each as a run of its own (its text in reading order): made when asked, from <see cref="WordPlaces"/>.</summary>
    public IReadOnlyList<PdfCell> Words => WordPlaces.Cells();

    /// <summary>The line's words as kept while the PDF's lines are held (see <see cref="LineWords"/>).</summary>
    public LineWords WordPlaces { get; init; } = LineWords.None;

    /// <summary>The column (between a page's gutters, left to right) the line stands in; -1 for a line across them.</summary>
    public int Column { get; init; }

    /// <summary>Nearly all the line's letters are set in a bold face (the font says so, or its name does).</summary>
    public bool Bold { get; init; }

    /// <summary>Nearly all the line's letters are set in a fixed-pitch face (Courier, a "Mono" face): code or a command.</summary>
    public bool FixedPitch { get; init; }

    /// <summary>Most of the line's letters are of a right-to-left script (Hebrew, Arabic): its lines start at the right.</summary>
    public bool RightToLeft { get; init; }

    public double Left => Cells.Count > 0 ? Cells[0].Left : 0;

    public double Right => Cells.Count > 0 ? Cells[^1].Right : 0;
}

/// <summary>A run of words on a line, from <see cref="Left"/> to <see cref="Right"/>.</summary>
internal sealed record PdfCell(string Text, double Left, double Right)
{
    /// <summary>Words further apart than this many times the letter size are in different cells: a justified line's widest word space is about one.</summary>
    public const double MinGap = 2;
}
