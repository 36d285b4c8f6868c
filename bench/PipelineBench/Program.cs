// Times each pipeline stage per document over samples/ and a long synthetic article.
// Usage: dotnet run -c Release --project bench/PipelineBench -- [ROUNDS] [SAMPLES_DIR]
//    or: ... -- long POLNEAR_DIR CHECK_SET_FILE OUT_DIR [PAGES] (writes long.pdf, long.docx, long.md: LongDocuments.cs)
//    or: ... -- profile FORMATS FILE... (one cold conversion per file, stage by stage: StageProfile.cs)
//    or: ... -- writers FORMATS DATASET_JSON [KEEP_DIR] (each writer's own peak memory on a dataset read back: WriterMemory.cs)
//    or: ... -- memory N ACCURATE_MODEL_DIR FILE... (memory over N conversions with the accurate claim model, MemoryLoop.cs)
//    or: ... -- holders DATASET_JSON (the title-holder look-ups alone over a long text: HolderLookups.cs)
//    or: ... -- progress PASSES FILE... (CPU with and without progress reports, interleaved passes: ProgressCost.cs)
using System.Diagnostics;
using DocReport.Analysis;
using DocReport.Model;
using DocReport.Output.Brief;
using DocReport.Output.Csv;
using DocReport.Output.Json;
using DocReport.Output.Workbook;
using DocReport.Pipeline;
using DocReport.Reading;
using DocReport.Structure;
using DocReport.Validation;
using PipelineBench;
using DocReport.Layout;

if (args is ["long", var polnear, var checkSet, var outFolder, .. var rest])
{
    LongDocuments.Write(polnear, checkSet, outFolder, rest.Length > 0 ? int.Parse(rest[0]) : 3000);
    return;
}
if (args is ["profile", var formats, .. var profiled])
{
    StageProfile.Run(profiled, formats);
    return;
}
if (args is ["writers", var writerFormats, var datasetJson, .. var keep])
{
    WriterMemory.Run(datasetJson, writerFormats, keep.FirstOrDefault());
    return;
}
if (args is ["memory", var count, var modelFolder, .. var files])
{
    MemoryLoop.Run(int.Parse(count), modelFolder, files);
    return;
}
if (args is ["holders", var holdersDataset])
{
    HolderLookups.Run(holdersDataset);
    return;
}
if (args is ["progress", var passes, .. var progressFiles])
{
    ProgressCost.Run(int.Parse(passes), progressFiles);
    return;
}
var rounds = args.Length > 0 ? int.Parse(args[0]) : 20;
var samplesDir = args.Length > 1 ? args[1] : FindSamples();
var inputs = Directory.GetFiles(samplesDir).Order(StringComparer.Ordinal)
    .Select(SourceFile.Load).Append(LongArticle.Create(40)).ToList();

var options = new PipelineOptions();
var reader = new FormatDetectingReader();
var structure = new ArticleBuilder();
var analyzer = new ArticleAnalyzer(options);
var validator = new DatasetValidator();
var template = BriefTemplateLoader.Load(null).Value!;
IDatasetWriter[] writers = [new BriefWriter(template), new WorkbookWriter(), new JsonDatasetWriter(), new CsvDatasetWriter()];
var OneLine = OneLineDocument();
var folder = Directory.CreateTempSubdirectory("pipelinebench").FullName;

Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}  cores: {Environment.ProcessorCount}  rounds: {rounds}");
var all = new List<StageFigures>();
foreach (var input in inputs)
{
    var raw = reader.Read(input).Value!;
    var article = structure.Build(raw).Value!;
    var dataset = analyzer.Analyze(article);
    dataset = dataset with { Validation = validator.Validate(dataset) };
    var figures = new List<StageFigures>
    {
        StageTimer.Measure("read", rounds, () => reader.Read(input)),
        StageTimer.Measure("structure", rounds, () => structure.Build(raw)),
        StageTimer.Measure("analyse", rounds, () => analyzer.Analyze(article)),
        StageTimer.Measure("validate", rounds, () => validator.Validate(dataset)),
    };
    figures.AddRange(writers.Select(w => StageTimer.Measure(w.Format, rounds, () => w.Write(dataset, folder))));
    // The brief in parts: composing the element tree, then laying it out and writing the PDF (to no file), with the
    // outline the writer gives a document too long for the page limit.
    var outline = OutlineBudget.Paragraphs(dataset, template, BriefWriter.DefaultMaxPages);
    figures.Add(StageTimer.Measure("pdf.compose", rounds, () => BriefDocument.Compose(dataset, template, outline)));
    var brief = BriefDocument.Compose(dataset, template, outline);
    figures.Add(StageTimer.Measure("pdf.render", rounds, () => brief.GeneratePdf(Stream.Null)));
    figures.Add(StageTimer.Measure("pdf.1line", rounds, () => OneLine.GeneratePdf(Stream.Null)));
    Console.WriteLine($"\n{Path.GetFileName(input.Path)} ({input.Bytes.Length} bytes, {dataset.Paragraphs.Count} paragraphs, {dataset.Claims.Count} claims)");
    Print(figures);
    all.AddRange(figures);
}

Console.WriteLine($"\nmean per document over {inputs.Count} documents");
Print(all.GroupBy(f => f.Stage).Select(g => new StageFigures(g.Key, g.Average(f => f.WallMs), g.Average(f => f.CpuMs),
    g.Average(f => f.AllocatedKb), g.Average(f => f.FirstCallMs))).ToList());
Directory.Delete(folder, true);

static Document OneLineDocument() => Document.Create(d => d.Page(p => p.Content().Text("One line of text.")));

static void Print(IReadOnlyList<StageFigures> figures)
{
    Console.WriteLine($"  {"stage",-10}{"wall ms",10}{"cpu ms",10}{"alloc KB",12}{"1st call ms",13}");
    foreach (var f in figures)
        Console.WriteLine($"  {f.Stage,-10}{f.WallMs,10:F2}{f.CpuMs,10:F2}{f.AllocatedKb,12:F0}{f.FirstCallMs,13:F1}");
    Console.WriteLine($"  {"total",-10}{figures.Sum(f => f.WallMs),10:F2}{figures.Sum(f => f.CpuMs),10:F2}{figures.Sum(f => f.AllocatedKb),12:F0}");
}

static string FindSamples()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (Directory.Exists(Path.Combine(dir.FullName, "samples"))) return Path.Combine(dir.FullName, "samples");
    throw new DirectoryNotFoundException("samples/ not found; pass it as the second argument");
}
