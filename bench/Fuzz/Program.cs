using System.Diagnostics;
using DocReport.Fuzz;
using DocReport.Output;
using DocReport.Pipeline;
using DocReport.Reading;
using DocReport.Reading.Docx;
using DocReport.Reading.Html;
using DocReport.Reading.Markdown;
using DocReport.Reading.Pdf;
using DocReport.Reading.Text;

// Usage: Fuzz TARGET COUNT [SEED] [SEEDS-FOLDER] [FIRST]   TARGET: text, html, markdown, docx, pdf or pipeline
// FIRST resumes a run that a hang stopped: inputs before it are made (the sequence stays the same) but not run.
if (args is ["replay", var replayTarget, .. var files]) return Replay(replayTarget, files);
var target = args.Length > 0 ? args[0] : "text";
var count = args.Length > 1 ? int.Parse(args[1]) : 1000;
var seedValue = args.Length > 2 ? int.Parse(args[2]) : 1;
var seedFolder = args.Length > 3 ? args[3] : Path.Combine(AppContext.BaseDirectory, "../../../../../samples");
var first = args.Length > 4 ? int.Parse(args[4]) : 0;
var crashFolder = Path.Combine(AppContext.BaseDirectory, "../../../crashers");
// A hang is an input that takes over 10 s of CPU; wall time alone misjudges on a shared machine (at load 40 an input of
// 5.7 s of CPU took over a minute), so it only stops the run past five minutes.
var cpuLimit = TimeSpan.FromSeconds(10);
var wallLimit = TimeSpan.FromMinutes(5);

var format = target == "pipeline" ? "any" : target;
var extensions = format switch
{
    "text" => new[] { ".txt" }, "html" => [".html"], "markdown" => [".md"], "docx" => [".docx"], "pdf" => [".pdf"],
    _ => [".txt", ".html", ".md", ".docx", ".pdf"],
};
var seeds = Directory.EnumerateFiles(seedFolder).Where(f => extensions.Contains(Path.GetExtension(f))).Order().Select(File.ReadAllBytes).ToList();
if (seeds.Count == 0) { Console.Error.WriteLine($"no {target} seeds in {seedFolder}"); return 2; }

var options = new PipelineOptions();
var reader = ReaderFor(format, options);
var pipeline = new PipelineBuilder().UseOptions(options).Build();
var output = Directory.CreateTempSubdirectory("docreport-fuzz-").FullName;
var mutator = new Mutator(new Random(seedValue), seeds);
int crashes = 0, hangs = 0, refused = 0, read = 0, lost = 0, run = 0;
var reasons = new Dictionary<string, int>();
var slowest = TimeSpan.Zero;
var clock = Stopwatch.StartNew();

for (var i = 0; i < count; i++)
{
    var input = mutator.Next(format);
    if (i < first) continue;
    run++;
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var work = Task.Run(() => Exercise(input, i));
    if (!work.Wait(wallLimit))
    {
        hangs++;
        Save(input, i, "hang");
        Console.Error.WriteLine($"hang on input {i} (saved); stopping, since the hung work cannot be stopped; resume with FIRST {i + 1}");
        break;
    }
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    slowest = cpu > slowest ? cpu : slowest;
    if (cpu > cpuLimit) { hangs++; Save(input, i, "slow"); }
    switch (work.Result)
    {
        case Outcome.Read: read++; break;
        case Outcome.Refused: refused++; break;
        case Outcome.Lost: lost++; Save(input, i, "lost"); break;
        case Outcome.Crashed: crashes++; Save(input, i, "crash"); break;
    }
    // Running figures, so a long run stopped early still reports what it covered.
    if (run % (reader is null ? 100 : 5000) == 0)
        Console.Error.WriteLine($"{target}: {run} inputs to input {i} in {clock.Elapsed.TotalSeconds:0}s: {read} read, {refused} refused, {crashes} crashes, {hangs} hangs, {lost} lost");
}
Directory.Delete(output, recursive: true);
Console.WriteLine($"{target}: {run} inputs (seed {seedValue}, from input {first}) in {clock.Elapsed.TotalSeconds:0}s: {read} read, {refused} refused with a reason, "
    + $"{crashes} crashes, {hangs} hangs, {lost} lost outputs; slowest input {slowest.TotalSeconds:0.00}s of CPU; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
foreach (var (reason, times) in reasons.OrderByDescending(r => r.Value).Take(8)) Console.WriteLine($"  refused {times}: {reason}");
return crashes + hangs + lost == 0 ? 0 : 1;

Outcome Exercise(byte[] input, int n)
{
    try
    {
        if (reader is not null)
            return reader.Read(input) is { Succeeded: false } failed ? Refuse(failed.Error) : Outcome.Read;
        var result = pipeline.Convert(new SourceFile($"input{n}.bin", input));
        if (result.Dataset is null) return Refuse(result.Error);
        var folder = Path.Combine(output, $"d{n}");
        pipeline.Write(result.Dataset, folder, OutputFormats.All);
        var files = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).ToHashSet();
        var complete = files.IsSupersetOf(["brief.pdf", "dataset.xlsx", "dataset.json", "claims.csv"]) && !files.Any(f => f.EndsWith(".tmp"));
        Directory.Delete(folder, recursive: true);
        return complete ? Outcome.Read : Outcome.Lost;
    }
    catch (Exception e)
    {
        Console.Error.WriteLine($"input {n}: {e.GetType().Name}: {e.Message}\n{e.StackTrace?.Split('\n').FirstOrDefault()}");
        return Outcome.Crashed;
    }
}

// Refusals are tallied by the reason's kind: its words before any detail in brackets, digits left out.
Outcome Refuse(string? error)
{
    var kind = new string((error ?? "no reason").Split('(')[0].Where(c => !char.IsDigit(c)).Take(80).ToArray()).Trim();
    lock (reasons) reasons[kind] = reasons.GetValueOrDefault(kind) + 1;
    return Outcome.Refused;
}

void Save(byte[] input, int n, string kind)
{
    Directory.CreateDirectory(crashFolder);
    File.WriteAllBytes(Path.Combine(crashFolder, $"{target}-{kind}-{seedValue}-{n}.bin"), input);
}

// Runs saved inputs again through one reader, printing what each gives: the way to study a crasher.
static int Replay(string target, string[] files)
{
    var options = new PipelineOptions();
    var reader = ReaderFor(target, options);
    var pipeline = new PipelineBuilder().UseOptions(options).Build();
    foreach (var file in files)
    {
        try
        {
            if (reader is not null) { Console.WriteLine($"{Path.GetFileName(file)}: {reader.Read(File.ReadAllBytes(file)).Error ?? "read"}"); continue; }
            var result = pipeline.Convert(new SourceFile(file, File.ReadAllBytes(file)));
            if (result.Dataset is { } dataset) pipeline.Write(dataset, Directory.CreateTempSubdirectory("docreport-replay-").FullName);
            Console.WriteLine($"{Path.GetFileName(file)}: {result.Error ?? "converted and written"}");
        }
        catch (Exception e) { Console.WriteLine($"{Path.GetFileName(file)}: {e.GetType().Name}: {e.Message}\n  {e.StackTrace?.Split('\n').Take(3).Aggregate((a, b) => a + "\n  " + b)}"); }
    }
    return 0;
}

// The reader of one format, with the pipeline's default limits; null for the whole pipeline.
static IFormatReader? ReaderFor(string format, PipelineOptions options) => format switch
{
    "text" => new PlainTextReader(), "html" => new HtmlReader(options.MaxHtmlDepth, 10 * options.MaxParagraphs, options.MaxParagraphs), "markdown" => new MarkdownReader(),
    "docx" => new DocxReader(options.MaxDocxExpandedBytes, options.MaxParagraphs), "pdf" => new PdfTextReader(), _ => null,
};

internal enum Outcome { Read, Refused, Crashed, Lost }
