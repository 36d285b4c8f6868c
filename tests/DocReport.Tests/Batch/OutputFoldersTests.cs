using DocReport.Batch;

namespace DocReport.Tests.Batch;

public class OutputFoldersTests
{
    [Theory]
    [InlineData("report", "report")]
    [InlineData("a:b*c?", "a_b_c_")]
    [InlineData("...", "document")]
    [InlineData("  spaced  ", "spaced")]
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
}
