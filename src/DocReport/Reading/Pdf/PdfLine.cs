namespace DocReport.Reading.Pdf;

/// <summary>One line of text on a PDF page, with where it sits and the size of its letters.</summary>
internal sealed record PdfLine(string Text, int Page, double Top, double Bottom, double FontSize, double PageHeight)
{
    /// <summary>In the top or bottom eighth of the page, where running headers, footers and page numbers sit.</summary>
    public bool InMargin => Top > PageHeight * 0.875 || Bottom < PageHeight * 0.125;
}
