using DocReport.Batch;

namespace DocReport.Tests.Batch;

public class OutputFoldersTests
{
    [Theory]
    [InlineData("report", "report")]
    [InlineData("a:b*c?", "a_b_c_")]
    [InlineData("...", "document")]
    [InlineData("  spaced  ", "spaced")]
    [InlineData("a\uFFFEb\uFFFF", "ab")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("\u2066isolated\u2069 \u200Fmark", "isolated mark")]
    public void Stems_are_made_safe_for_a_path(string stem, string expected) =>
        Assert.Equal(expected, OutputFolders.Safe(stem));

    [Fact]
    public void Repeated_stems_get_a_numbered_suffix_whatever_the_case()
    {
        var folders = new OutputFolders("out");
        Assert.Equal(Path.Combine("out", "news"), folders.For("a/news.txt"));
        Assert.Equal(Path.Combine("out", "News-2"), folders.For("b/News.html"));
        Assert.Equal(Path.Combine("out", "news-3"), folders.For("c/news.pdf"));
    }

    [Fact]
    public void A_long_stem_is_cut_between_whole_characters()
    {
        var safe = OutputFolders.Safe("a" + string.Concat(Enumerable.Repeat("😀", 80)));

        Assert.True(safe.Length <= 100);
        Assert.False(char.IsHighSurrogate(safe[^1]));
    }
}
