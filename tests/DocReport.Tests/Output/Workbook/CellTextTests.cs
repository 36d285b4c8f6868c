using DocReport.Output.Workbook;

namespace DocReport.Tests.Output.Workbook;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("a\u0001b\u0008c\u001Fd", "abcd")]
    [InlineData("non-characters \uFFFE\uFFFF gone", "non-characters  gone")]
    [InlineData("tab\tline\nreturn\r kept, emoji 🙂 and Ελληνικά kept", "tab\tline\nreturn\r kept, emoji 🙂 and Ελληνικά kept")]
    public void Clean_removes_only_what_xml_cannot_hold(string text, string expected) =>
        Assert.Equal(expected, CellText.Clean(text));

    [Fact]
    public void Clean_removes_lone_surrogates_and_keeps_pairs() =>
        Assert.Equal("lone  high,  low, pair \uD83D\uDE42", CellText.Clean("lone \uD800 high, \uDC00 low, pair \uD83D\uDE42"));

    [Fact]
    public void Fit_never_cuts_a_surrogate_pair_in_half()
    {
        var keep = CellText.MaxLength - CellText.CutMarker.Length;
        var text = new string('a', keep - 1) + string.Concat(Enumerable.Repeat("🙂", CellText.CutMarker.Length));

        var fitted = CellText.Fit(text);

        Assert.True(fitted.Length <= CellText.MaxLength);
        Assert.EndsWith("a" + CellText.CutMarker, fitted);
    }

    [Fact]
    public void Fit_counts_the_limit_after_cleaning()
    {
        var text = new string('a', CellText.MaxLength) + "\u0001\u0002";

        Assert.False(CellText.IsTooLong(text));
        Assert.Equal(new string('a', CellText.MaxLength), CellText.Fit(text));
    }

    [Fact]
    public void A_workbook_with_broken_text_everywhere_is_still_written()
    {
        var dataset = SampleDataset.Create();
        var broken = "\uD800\u0002\uFFFF";
        dataset = dataset with
        {
            Document = dataset.Document with { Title = broken, Authors = [broken] },
            Sources = [dataset.Sources[0] with { Name = broken, Url = broken }],
        };
        using var folder = new TempFolder();

        new DocReport.Output.Workbook.WorkbookWriter().Write(dataset, folder.Path);

        Assert.Equal(["dataset.xlsx"], folder.FileNames());
    }
}
