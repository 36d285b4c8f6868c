namespace DocReport.Tests.Output.Brief;

/// <summary>
/// The outline never leaves what introduces a table (a paragraph ending in a colon, a caption in the page's layout table,
/// the table's own title row) alone at a page's foot with the table overleaf: the page of each is the page of the table's
/// first row of figures.
/// </summary>
public sealed class OutlineKeepTogetherTests : IDisposable
{
    private readonly BriefFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void An_introduction_a_caption_and_a_title_row_stay_on_the_page_of_the_table_s_first_row()
    {
        var orphans = new List<string>();
        // Each added line of filler moves the table a line down the page, so some run puts its lead-in at a page's foot.
        for (var filler = 30; filler < 60; filler++)
        {
            using var pdf = folder.Write(BriefFolder.Convert("allotments.html", Page(filler)));
            var firstRow = BriefFolder.LastPageWith(pdf, "Ashworth");
            foreach (var word in new[] { "tallies:", "Busiest", "Plot" })
                if (BriefFolder.LastPageWith(pdf, word) != firstRow) orphans.Add($"{filler} lines of filler: '{word}' on page {BriefFolder.LastPageWith(pdf, word)}, the first row on page {firstRow}");
        }
        Assert.Empty(orphans);
    }

    private static string Page(int fillerLines)
    {
        var filler = string.Concat(Enumerable.Range(1, fillerLines).Select(i => $"<p>Row {i} of the lane was dug again this spring.</p>"));
        var rows = string.Concat(new[] { ("Ashworth", 63), ("Bellamy", 56), ("Carver", 41), ("Dunstan", 33), ("Ellery", 27), ("Fairbairn", 19) }
            .Select(r => $"<tr><td>{r.Item1}</td><td>{r.Item2}</td><td>{r.Item2 / 2.4:0.0}%</td></tr>"));
        return $"""
            <html><head><title>The Lane Allotment Society's Year</title></head><body><article>
            <h1>The Lane Allotment Society's Year</h1>
            <p>The society's secretary, Moira Quayle, said on Tuesday that 240 plots were let this year, 30 more than last.</p>
            {filler}
            <p>The society's tallies:</p>
            <table><tr><td>Busiest plot holders</td></tr>
            <tr><td><table><tr><td colspan="3">Plot holders by harvest</td></tr>{rows}</table></td></tr></table>
            <p>The society meets again in March, when the waiting list reopens.</p>
            </article></body></html>
            """;
    }
}
