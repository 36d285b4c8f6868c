using System.CommandLine;
using System.CommandLine.Help;
using DocReport.Cli.Convert;
using DocReport.Cli.Merge;

namespace DocReport.Cli;

/// <summary>The <c>docreport</c> command line.</summary>
internal static class DocReportCli
{
    /// <param name="signals">Where a run hears of Ctrl-C and SIGTERM; by default the process's own signals.</param>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, Func<SignalCancellation>? signals = null)
    {
        signals ??= () => new SignalCancellation();
        // A RootCommand takes the executable's name, "DocReport.Cli" when run as a tool: the help must say what users type.
        var root = new Command("docreport", "DocReport turns articles into a dataset (JSON, CSV, Excel) and a PDF brief.")
        {
            new HelpOption(),
            new VersionOption(),
            ConvertCommand.Create(stdin, stdout, stderr, signals),
            MergeCommand.Create(stdout, stderr, signals),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var rephrased = CommandErrors.Rephrase(parsed, root);
            if (rephrased is not null) stderr.WriteLine($"docreport: {rephrased}");
            else foreach (var error in parsed.Errors) stderr.WriteLine($"docreport: {error.Message}");
            // a line that already names the help to read is not followed by a second pointer to another one
            if (rephrased?.Contains("--help", StringComparison.Ordinal) != true) stderr.WriteLine("Try 'docreport --help'.");
            return ExitCodes.BadArguments;
        }
        if (parsed.Action is HelpAction && parsed.CommandResult.Command.Name == "convert") ConvertCommand.ShowDefaults(parsed);
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
