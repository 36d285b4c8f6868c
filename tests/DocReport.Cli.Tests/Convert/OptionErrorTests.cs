namespace DocReport.Cli.Tests.Convert;

/// <summary>Mistyped options and bad limits are bad arguments (exit 2) and nothing is converted.</summary>
public class OptionErrorTests
{
    private const string Article = "Budget Rises Again\n\nThe council said the budget rose by 5 percent in 2023, the largest rise in a decade.\n\nOfficials expect a smaller rise next year.\n";

    [Theory]
    [InlineData("--formt", "csv")]
    [InlineData("--bogus")]
    [InlineData("-x")]
    public void A_mistyped_option_is_an_error_not_an_input(params string[] mistyped)
    {
        using var cli = new CliRunner();
        var output = Path.Combine(cli.Folder, "out");

        Assert.Equal(2, cli.Run(["convert", cli.WriteInput("a.txt", Article), .. mistyped, "-o", output]));

        Assert.Contains($"unknown option '{mistyped[0]}'", cli.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("--formt", "did you mean --format?")]
    [InlineData("--thresold", "did you mean --threshold?")]
    [InlineData("--progress", "docreport convert --help lists the options")]
    public void A_mistyped_option_names_the_option_meant_or_where_the_options_are_listed(string mistyped, string hint)
    {
        using var cli = new CliRunner();

        Assert.Equal(2, cli.Run("convert", cli.WriteInput("a.txt", Article), mistyped, "-o", Path.Combine(cli.Folder, "out")));

        Assert.Contains(hint, cli.Stderr);
    }

    [Fact]
    public void An_input_whose_name_starts_with_a_dash_is_given_after_a_double_dash()
    {
        using var cli = new CliRunner();
        cli.WriteInput("-draft.txt", Article);
        var output = Path.Combine(cli.Folder, "out");
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(cli.Folder);
        try
        {
            Assert.Equal(0, cli.Run("convert", "-o", output, "-f", "json", "--", "-draft.txt"));
        }
        finally { Directory.SetCurrentDirectory(previous); }

        Assert.True(File.Exists(Path.Combine(output, "-draft", "dataset.json")));
    }

    [Fact]
    public void A_negative_option_value_is_still_a_value()
    {
        using var cli = new CliRunner();

        Assert.Equal(2, cli.Run("convert", cli.WriteInput("a.txt", Article), "--threshold", "-0.5"));

        Assert.Contains("--threshold must be between 0 and 1", cli.Stderr);
    }

    [Theory]
    [InlineData("--max-paragraphs")]
    [InlineData("--max-brief-pages")]
    [InlineData("--max-docx-mib")]
    public void A_limit_below_one_is_a_bad_argument(string limit)
    {
        using var cli = new CliRunner();

        Assert.Equal(2, cli.Run("convert", cli.WriteInput("a.txt", Article), limit, "0"));

        Assert.Contains($"{limit} must be at least 1", cli.Stderr);
    }

    [Fact]
    public void A_document_over_the_paragraph_limit_is_refused_with_the_limit_named()
    {
        using var cli = new CliRunner();

        Assert.Equal(1, cli.Run("convert", cli.WriteInput("a.txt", Article), "--max-paragraphs", "2", "-o", Path.Combine(cli.Folder, "out")));

        Assert.Contains("3 paragraphs, over the limit of 2", cli.Stderr);
    }
}
