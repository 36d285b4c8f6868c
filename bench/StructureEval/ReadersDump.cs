using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Reading;
using DocReport.Structure;

namespace DocReport.Bench.StructureEval;

/// <summary>
/// Two helpers for the readers' rules. `dump FILE...` prints each file's title and paragraphs (kind, depth, text on one
/// line), so a reader change can be checked to leave a set of documents exactly as they were (diff two dumps).
/// `timelines FOLDER...` reads every text or Markdown file in the folders and prints each line the furniture filter drops
/// as a date line (DateLine), marked `time` when its only date is a clock time ("10:00 to 19:00") and `date` when it
/// holds a calendar date, and `kept` when it tells a time of day that a document other than a web page keeps
/// (DateLine.IsTimeOfDayLine), with the counts: the evidence for what a time line in a document's body is.
/// </summary>
internal static class ReadersDump
{
    public static int Dump(IEnumerable<string> files)
    {
        using var pipeline = new PipelineBuilder().Build();
        foreach (var file in files)
        {
            var result = pipeline.Convert(new SourceFile(Path.GetFileName(file), File.ReadAllBytes(file)));
            Console.WriteLine($"== {Path.GetFileName(file)}");
            if (result.Dataset is not { } dataset) { Console.WriteLine($"error: {result.Error}"); continue; }
            Console.WriteLine($"title: {dataset.Document.Title}");
            foreach (var p in dataset.Paragraphs)
                Console.WriteLine($"{p.Kind}{(p.Level > 0 ? p.Level : "")}: {string.Join(' ', p.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}");
        }
        return 0;
    }

    public static int TimeLines(IEnumerable<string> folders)
    {
        var reader = new FormatDetectingReader();
        int files = 0, time = 0, date = 0, inItems = 0, keptLines = 0;
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)).Where(f => f.EndsWith(".txt") || f.EndsWith(".md")).Order())
        {
            files++;
            var read = reader.Read(new SourceFile(Path.GetFileName(file), File.ReadAllBytes(file)));
            if (read.Value is not { } document) continue;
            foreach (var block in document.Blocks)
                foreach (var line in block.Text.Split('\n'))
                {
                    if (!DateLine.Matches(line) || !BoilerplateFilter.Default.IsFurniture(line)) continue;
                    var onlyTime = DateLine.HasOnlyClockTime(line);
                    if (onlyTime) time++; else date++;
                    if (block.Kind == BlockKind.ListItem) inItems++;
                    var kept = BoilerplateFilter.Default.IsTimeOfDayLine(line, block.Kind == BlockKind.ListItem);
                    if (kept) keptLines++;
                    Console.WriteLine($"{(onlyTime ? "time" : "date")}{(kept ? " kept" : "")}\t{block.Kind}\t{Path.GetFileName(file)}\t{line.Trim()}");
                }
        }
        Console.WriteLine($"files {files}: date lines dropped {time + date}: only a clock time {time}, a calendar date {date}; in list items {inItems}; kept outside web pages as times of day {keptLines}");
        return 0;
    }
}
