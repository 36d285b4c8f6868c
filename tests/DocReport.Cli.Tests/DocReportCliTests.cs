using System.Globalization;
using DocReport.Analysis.Claims;
using DocReport.Cli.Convert;
using DocReport.Pipeline;

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

    [Theory]
    [InlineData("convert")]
    [InlineData("merge")]
    public void Each_commands_help_gives_every_option_its_default(string command)
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run(command, "--help"));

        var options = OptionEntries(cli.Stdout);
        Assert.True(options.Count >= 3, cli.Stdout);
        Assert.All(options.Where(o => !o.StartsWith("-?", StringComparison.Ordinal)), o => Assert.Contains("[default: ", o));
    }

    [Fact]
    public void The_defaults_help_gives_are_those_a_run_uses()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("convert", "--help"));
        var options = OptionEntries(cli.Stdout);

        Assert.Contains("[default: fast]", Assert.Single(options, o => o.StartsWith("--claims <", StringComparison.Ordinal)));
        Assert.Contains("[default: the whole batch]", Assert.Single(options, o => o.StartsWith("--shard", StringComparison.Ordinal)));
        Assert.Contains("[default: output]", Assert.Single(options, o => o.StartsWith("-o, --output", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_thresholds_help_gives_are_read_from_the_models_a_run_uses()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("convert", "--help"));
        var threshold = Assert.Single(OptionEntries(cli.Stdout), o => o.StartsWith("--threshold", StringComparison.Ordinal));

        var fast = ClaimDetector.DefaultThreshold(ClaimDetection.Fast);
        Assert.InRange(fast, 0.05, 0.95);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{fast:0.00} fast"), threshold);
        if (AccurateClaimModel.Unavailable(null) is null)
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{ClaimDetector.DefaultThreshold(ClaimDetection.Accurate):0.00} accurate]"), threshold);
        else
            Assert.Contains("the accurate model is not installed]", threshold);
    }

    [Fact]
    public void The_threshold_entry_gives_whatever_the_models_hold()
    {
        Assert.EndsWith("chosen in training: 0.41 fast, 0.27 accurate]", ConvertCommand.ThresholdHelp(0.41, 0.27));
        Assert.EndsWith("chosen in training: 0.50 fast; the accurate model is not installed]", ConvertCommand.ThresholdHelp(0.5, null));
        Assert.DoesNotContain("0.33", ConvertCommand.ThresholdHelp(0.41, 0.27));
    }

    // Each option's entry under "Options:", its wrapped lines joined.
    private static List<string> OptionEntries(string help)
    {
        var entries = new List<string>();
        foreach (var line in help[help.IndexOf("Options:", StringComparison.Ordinal)..].Split('\n').Skip(1))
        {
            if (line.Trim().Length == 0) break;
            if (line.StartsWith("  -", StringComparison.Ordinal)) entries.Add(line.Trim());
            else if (entries.Count > 0) entries[^1] += " " + line.Trim();
        }
        return entries;
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
