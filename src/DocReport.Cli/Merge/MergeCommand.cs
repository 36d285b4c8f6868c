using System.CommandLine;
using System.Runtime.InteropServices;
using DocReport.Batch;
using DocReport.Cli.Convert;
using DocReport.Output;

namespace DocReport.Cli.Merge;

/// <summary><c>docreport merge DIR... [-o DIR] [--format xlsx,parquet]</c>: the batch outputs of a sharded run.</summary>
internal static class MergeCommand
{
    private static readonly string[] BatchFormats = [OutputFormats.Xlsx, OutputFormats.Parquet];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folders = new Argument<string[]>("DIR")
        {
            Description = "Output folders of the shards (one shared folder, or one per shard).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "Where to write batch.xlsx and parquet/; the first DIR by default." };
        var formats = new Option<string>("--format", "-f")
        {
            Description = "Batch outputs among xlsx (the combined workbook) and parquet (one file per table).",
            DefaultValueFactory = _ => string.Join(',', BatchFormats),
        };
        var command = new Command("merge", "Combine the shards of a batch into one combined workbook and one Parquet dataset.")
        {
            folders, output, formats,
        };
        command.SetAction(parsed =>
        {
            var chosen = FormatList.Parse(parsed.GetValue(formats)!, BatchFormats, out var formatError);
            var missing = parsed.GetValue(folders)!.FirstOrDefault(f => !Directory.Exists(f));
            var problem = formatError ?? (missing is not null ? $"'{missing}' is not a folder" : null);
            if (problem is not null)
            {
                stderr.WriteLine($"docreport: {problem}");
                return ExitCodes.BadArguments;
            }
            var dirs = parsed.GetValue(folders)!;
            var root = parsed.GetValue(output) ?? dirs[0];
            using var signals = new SignalCancellation();
            MergeResult result;
            try
            {
                result = BatchMerger.Merge(dirs, root, chosen, signals.Token);
            }
            catch (OperationCanceledException) when (signals.Received is { } signal)
            {
                var names = chosen.Select(f => f == OutputFormats.Xlsx ? BatchRunner.BatchWorkbookName : BatchRunner.ParquetFolderName).ToList();
                stdout.WriteLine($"merge interrupted by {signal}: {BatchConsole.BatchOutputsNote(root, names)}");
                return signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
            }
            if (result.Error is not null)
            {
                stderr.WriteLine($"docreport: {result.Error}");
                return ExitCodes.SomeFailed;
            }
            foreach (var file in result.Files) stdout.WriteLine($"batch output: {file}");
            stdout.WriteLine($"{result.Documents} inputs merged, {result.Failed} of them failed in their shard");
            return ExitCodes.Success;
        });
        return command;
    }
}
