using System.CommandLine;
using System.CommandLine.Help;
using DocReport.Cli.Convert;
using DocReport.Cli.Merge;

namespace DocReport.Cli;

/// <summary>The <c>docreport</c> command line.</summary>
internal static class DocReportCli
{
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        // A RootCommand takes the executable's name, "DocReport.Cli" when run as a tool: the help must say what users type.
        var root = new Command("docreport", "DocReport turns articles into a dataset (JSON, CSV, Excel) and a PDF brief.")
        {
            new HelpOption(),
            new VersionOption(),
            ConvertCommand.Create(stdin, stdout, stderr),
            MergeCommand.Create(stdout, stderr),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"docreport: {error.Message}");
            stderr.WriteLine("Try 'docreport --help'.");
            return ExitCodes.BadArguments;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
