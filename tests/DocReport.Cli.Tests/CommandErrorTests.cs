namespace DocReport.Cli.Tests;

/// <summary>A newcomer's first mistakes get one line that says what to type instead, and exit code 2.</summary>
public class CommandErrorTests
{
    [Theory]
    [InlineData("convrt", "docreport: unknown command 'convrt' (did you mean convert?)")]
    [InlineData("mrege", "docreport: unknown command 'mrege' (did you mean merge?)")]
    [InlineData("report", "docreport: unknown command 'report' (the commands are convert and merge)")]
    public void A_mistyped_command_names_the_command_meant_or_the_commands(string typed, string expected)
    {
        using var cli = new CliRunner();

        Assert.Equal(2, cli.Run(typed, "articles"));

        Assert.Equal([expected, "Try 'docreport --help'."], cli.Stderr.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void A_command_given_nothing_to_convert_says_what_it_takes()
    {
        using var cli = new CliRunner();

        Assert.Equal(2, cli.Run("convert", "-o", Path.Combine(cli.Folder, "out")));

        var line = Assert.Single(cli.Stderr.TrimEnd().Split('\n')).TrimEnd('\r');
        Assert.StartsWith("docreport: convert needs INPUT: article files or folders of them", line);
        Assert.EndsWith("or - for standard input (docreport convert --help)", line);
        Assert.False(Directory.Exists(Path.Combine(cli.Folder, "out")));
    }

    [Fact]
    public void No_command_at_all_names_the_commands()
    {
        using var cli = new CliRunner();

        Assert.Equal(2, cli.Run());

        Assert.StartsWith("docreport: no command given: docreport convert or merge", Assert.Single(cli.Stderr.TrimEnd().Split('\n')));
    }
}
