using DocReport.Batch;

namespace DocReport.Tests.Batch;

public class InputArgumentTests
{
    [Theory]
    [InlineData("https://example.org/news/2025/library-reopens.html?ref=home", "library-reopens")]
    [InlineData("https://example.org/news/library/", "library")]
    [InlineData("https://example.org/", "example.org")]
    [InlineData("http://example.org/caf%C3%A9", "café")]
    [InlineData("-", "stdin")]
    [InlineData("articles/flood.txt", "flood")]
    [InlineData("/dev/fd/63", "pipe")]
    [InlineData("/proc/self/fd/11", "pipe")]
    [InlineData("/dev/stdin", "stdin")]
    [InlineData("notes/fd/63", "63")]
    public void The_output_folder_is_named_after_the_input(string argument, string stem) =>
        Assert.Equal(stem, InputArgument.Stem(argument));

    [Theory]
    [InlineData("http://example.org/a", false)]
    [InlineData("HTTPS://example.org/a", false)]
    [InlineData("-", false)]
    [InlineData("httpdocs/a.txt", true)]
    [InlineData("ftp://example.org/a.txt", true)]
    public void Only_http_addresses_and_a_dash_are_not_files(string argument, bool isFile) =>
        Assert.Equal(isFile, InputArgument.IsFile(argument));
}
