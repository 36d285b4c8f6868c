namespace DocReport.Cli.Tests;

public class DocReportCliTests
{
    [Fact]
    public void Help_names_the_command_users_type()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("--help"));
        Assert.Contains("docreport [command] [options]", cli.Stdout);
        Assert.DoesNotContain("DocReport.Cli", cli.Stdout);
        Assert.Contains("convert", cli.Stdout);
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("--version"));
        Assert.Matches(@"^\d+\.\d+\.\d+", cli.Stdout.Trim());
    }

    [Fact]
    public void An_unknown_command_is_a_bad_argument()
    {
        using var cli = new CliRunner();
        Assert.Equal(2, cli.Run("transmogrify"));
        Assert.Contains("docreport --help", cli.Stderr);
    }
}
