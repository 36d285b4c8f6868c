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

    /// <summary>What a merge of a one-input batch says it did not write: it has no combined workbook to write.</summary>
    internal const string NoCombinedWorkbook = "a batch of one input has no combined workbook: its dataset.xlsx, in its own folder, is the whole batch";

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<SignalCancellation> listen)
    {
        var folders = new Argument<string[]>("DIR")
        {
            Description = "Output folders of the shards (one shared folder, or one per shard).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "Where to write batch.xlsx and parquet/. [default: the first DIR]", HelpName = "DIR" };
        var formats = new Option<string>("--format", "-f")
        {
            Description = "Batch outputs among xlsx (the combined workbook) and parquet (one file per table).",
            DefaultValueFactory = _ => string.Join(',', BatchFormats),
            HelpName = "LIST",
        };
        var command = new Command("merge", "Combine the shards of a batch into one combined workbook and one Parquet dataset.")
        {
            folders, output, formats,
        };
        command.SetAction(parsed =>
        {
            var chosen = FormatList.Parse(parsed.GetValue(formats)!, BatchFormats, out var formatError);
            var missing = parsed.GetValue(folders)!.FirstOrDefault(f => !Directory.Exists(f));
            var problem = UnknownOption.Find(parsed, folders, "a folder") ?? formatError ?? (missing is not null ? $"'{missing}' is not a folder" : null);
            if (problem is not null)
            {
                stderr.WriteLine($"docreport: {problem}");
                return ExitCodes.BadArguments;
            }
            var dirs = parsed.GetValue(folders)!;
            var root = parsed.GetValue(output) ?? dirs[0];
            using var signals = listen();
            MergeResult result;
            try
            {
                result = BatchMerger.Merge(dirs, root, chosen, signals.Token);
            }
            catch (OperationCanceledException) when (signals.Received is { } signal)
            {
                // The outputs this batch has (no combined workbook for one input), not merely those asked for.
                var names = BatchMerger.OutputNames(dirs, chosen);
                stdout.WriteLine($"merge interrupted by {signal}: {BatchConsole.BatchOutputsNote(root, names) ?? "it had nothing to write"}");
                if (chosen.Contains(OutputFormats.Xlsx) && !names.Contains(BatchRunner.BatchWorkbookName)) stdout.WriteLine(NoCombinedWorkbook);
                return signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
            }
            foreach (var file in result.Files) stdout.WriteLine($"batch output: {file}");
            if (result.Error is not null)
            {
                // Stopped by its own error (shards missing, a dataset unreadable, a full disk) before the signal could stop it:
                // exit code 1 tells a script to fix something rather than run the merge again.
                stderr.WriteLine($"docreport: {result.Error}");
                if (signals.Received is { } during) stdout.WriteLine($"{during} arrived during a merge that failed: the error above stopped it, the signal stopped nothing");
                return ExitCodes.SomeFailed;
            }
            if (result.Documents == 1 && chosen.Contains(OutputFormats.Xlsx)) stdout.WriteLine(NoCombinedWorkbook);
            stdout.WriteLine($"{Inputs(result.Documents)} merged, {result.Failed} of them failed in their shard");
            if (signals.Received is { } late) stdout.WriteLine(BatchConsole.LateSignalNote(late));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Inputs(int count) => count == 1 ? "1 input" : $"{count} inputs";
}
