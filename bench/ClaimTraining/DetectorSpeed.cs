using System.Diagnostics;
using System.Globalization;
using DocReport.Analysis.Claims;
using DocReport.Claims.Accurate;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Time and memory of the detector, or of one sentence encoder alone (round 18: arctic against minilm): the first document
/// (which loads the model) apart, then documents of 30 sentences drawn in turn from CT24 dev-test and the news set, as the
/// analyzer passes them; wall and process CPU time per 1,000 sentences, the bytes allocated per 1,000 sentences, and the peak
/// working set.
/// </summary>
internal static class DetectorSpeed
{
    private const int DocumentLength = 30;

    public static void Run(string data, string newsEvalPath, ClaimDetection claims, int count) =>
        Measure(claims.ToString(), () =>
        {
            var detector = new ClaimDetector(new PipelineOptions { Claims = claims });
            return sentences => detector.AssessAll(sentences);
        }, Sentences(data, newsEvalPath, count));

    public static void Encoder(string data, string newsEvalPath, string encoder, int count) =>
        Measure(encoder, () =>
        {
            Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed = encoder switch
            {
                "arctic" => new ArcticClaimModel().Embed,
                "minilm" => new MiniLmEncoder().Embed,
                _ => throw new ArgumentException($"unknown encoder {encoder}: encoder-speed times arctic or minilm"),
            };
            return sentences => embed(sentences);
        }, Sentences(data, newsEvalPath, count));

    private static List<string> Sentences(string data, string newsEvalPath, int count)
    {
        var pool = Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevTestFile)).Select(s => s.Text)
            .Concat(NewsSet.Read(newsEvalPath).Select(s => s.Sentence.Text)).ToList();
        return Enumerable.Range(0, count).Select(i => pool[i % pool.Count]).ToList();
    }

    private static void Measure(string name, Func<Action<IReadOnlyList<string>>> load, List<string> sentences)
    {
        var process = Process.GetCurrentProcess();
        var wall = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        var run = load();
        run(sentences.Take(DocumentLength).ToList());
        process.Refresh();
        var startWall = wall.Elapsed;
        var startCpu = process.TotalProcessorTime - cpu;
        wall.Restart();
        cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var start = 0; start < sentences.Count; start += DocumentLength)
            run(sentences.Skip(start).Take(DocumentLength).ToList());
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        var perThousand = 1000.0 / sentences.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: first document (model load) {startWall.TotalSeconds:F2} s wall, {startCpu.TotalSeconds:F2} s CPU; "
            + $"then {wall.Elapsed.TotalSeconds * perThousand:F2} s wall and {(process.TotalProcessorTime - cpu).TotalSeconds * perThousand:F2} s CPU per 1,000 sentences, "
            + $"{allocated * perThousand / 1048576:F1} MB allocated per 1,000 sentences ({sentences.Count} sentences); peak working set {process.PeakWorkingSet64 / 1048576} MB"));
    }
}
