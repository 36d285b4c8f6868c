using System.Globalization;
using System.Text;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// The claim types DocReport writes against news-types.tsv: per type, precision and recall; over sentences, the share
/// whose set of types is exactly right. Each sentence goes through the whole pipeline as a one-line text document with
/// every sentence a claim, so the types are the dataset's (attribution and quote from the attribution extractor
/// included), read from the sentence alone. The mismatches are listed for the dev part only, so the test part's
/// sentences stay unread. The sentences of the gates' pages (rgate's Readability pages, round 26) are left out of both parts.
/// </summary>
internal static class TypeAccuracy
{
    public static void Run(string path, IReadOnlySet<string> gated)
    {
        var pipeline = new PipelineBuilder().UseOptions(new PipelineOptions { ClaimThreshold = 0 }).Build();
        var all = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t', 3)).Where(f => !gated.Contains(f[2])).Select(f =>
        {
            var gold = f[1].Split(',').Select(t => Enum.Parse<ClaimType>(t, ignoreCase: true)).ToHashSet();
            var predicted = TypesOf(pipeline, f[2]);
            return (Part: f[0], Gold: gold, Predicted: predicted, Text: f[2]);
        }).ToList();
        foreach (var part in all.GroupBy(r => r.Part))
        {
            Console.WriteLine($"part {part.Key}:");
            Report(part.Select(r => (r.Gold, r.Predicted, r.Text)).ToList(), listMismatches: part.Key == "dev");
        }
    }

    // The types of the claims the pipeline finds in the sentence (one, unless it splits the line).
    private static HashSet<ClaimType> TypesOf(DocReportPipeline pipeline, string sentence)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(sentence));
        var dataset = pipeline.ConvertAsync(input, "sentence.txt").GetAwaiter().GetResult().Dataset;
        return dataset?.Claims.SelectMany(c => c.Types).ToHashSet() ?? [ClaimType.Other];
    }

    private static void Report(IReadOnlyList<(HashSet<ClaimType> Gold, HashSet<ClaimType> Predicted, string Text)> rows, bool listMismatches)
    {
        foreach (var type in Enum.GetValues<ClaimType>())
        {
            var counts = BinaryCounts.Of(rows.Select(r => (r.Gold.Contains(type), r.Predicted.Contains(type))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type,-12} {counts}"));
        }
        var exact = rows.Count(r => r.Gold.SetEquals(r.Predicted));
        var noneWrong = rows.Count(r => r.Predicted.IsSubsetOf(r.Gold));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows.Count} claims: exact set of types {exact} ({(double)exact / rows.Count:P0}); no wrong type {noneWrong} ({(double)noneWrong / rows.Count:P0})"));
        foreach (var row in rows.Where(r => listMismatches && !r.Gold.SetEquals(r.Predicted)))
            Console.WriteLine($"  gold [{string.Join(",", row.Gold)}] got [{string.Join(",", row.Predicted)}] {row.Text[..Math.Min(100, row.Text.Length)]}");
    }
}
