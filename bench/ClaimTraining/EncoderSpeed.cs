using System.Diagnostics;
using System.Globalization;
using DocReport.Claims.Accurate;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Time and memory of one sentence encoder alone (round 18: arctic against minilm), embedding documents of 30 sentences drawn
/// in turn from CT24 dev-test and the news set as the accurate model does: the first document (which loads the encoder) apart,
/// then wall and process CPU time per 1,000 sentences and the peak working set.
/// </summary>
internal static class EncoderSpeed
{
    private const int DocumentLength = 30;

    public static void Run(string data, string newsEvalPath, string encoder, int count)
    {
        var pool = Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevTestFile)).Select(s => s.Text)
            .Concat(NewsSet.Read(newsEvalPath).Select(s => s.Sentence.Text)).ToList();
        var sentences = Enumerable.Range(0, count).Select(i => pool[i % pool.Count]).ToList();
        var process = Process.GetCurrentProcess();
        var wall = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed = encoder == "minilm" ? new MiniLmEncoder().Embed : new ArcticClaimModel().Embed;
        embed(sentences.Take(DocumentLength).ToList());
        process.Refresh();
        var (loadWall, loadCpu) = (wall.Elapsed, process.TotalProcessorTime - cpu);
        wall.Restart();
        cpu = process.TotalProcessorTime;
        for (var start = 0; start < sentences.Count; start += DocumentLength) embed(sentences.Skip(start).Take(DocumentLength).ToList());
        process.Refresh();
        var perThousand = 1000.0 / sentences.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{encoder}: first document (encoder load) {loadWall.TotalSeconds:F2} s wall, {loadCpu.TotalSeconds:F2} s CPU; then {wall.Elapsed.TotalSeconds * perThousand:F2} s wall and "
            + $"{(process.TotalProcessorTime - cpu).TotalSeconds * perThousand:F2} s CPU per 1,000 sentences ({sentences.Count} sentences); peak working set {process.PeakWorkingSet64 / 1048576} MB"));
    }
}
