using System.CommandLine;
using DocReport.Cli.Convert;
using DocReport.Cli.Merge;

namespace DocReport.Cli;

/// <summary>The <c>docreport</c> command line.</summary>
internal static class DocReportCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("DocReport turns articles into a dataset (JSON, CSV, Excel) and a PDF brief.")
        {
            ConvertCommand.Create(stdout, stderr),
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
