namespace DocReport.Cli.Tests.Merge;

/// <summary>A mistyped merge option is reported as convert reports one (exit 2), not as a folder that is missing.</summary>
public class MergeOptionErrorTests
{
    [Theory]
    [InlineData("--formt", "did you mean --format?")]
    [InlineData("--outptu", "did you mean --output?")]
    [InlineData("--progress", "docreport merge --help lists the options")]
    public void A_mistyped_option_is_an_unknown_option_with_the_option_meant(string mistyped, string hint)
    {
        using var cli = new CliRunner();
        var shards = Directory.CreateDirectory(Path.Combine(cli.Folder, "shards")).FullName;

        Assert.Equal(2, cli.Run("merge", shards, mistyped, "xlsx"));

        Assert.Contains($"docreport: unknown option '{mistyped}' ({hint};", cli.Stderr);
        Assert.Contains($"a folder whose name starts with '-' goes after '--': merge -- {mistyped}", cli.Stderr);
        Assert.DoesNotContain("is not a folder", cli.Stderr);
    }
}
