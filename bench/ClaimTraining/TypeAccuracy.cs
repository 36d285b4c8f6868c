using System.Globalization;
using DocReport.Analysis.Claims;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// The detector's claim types against news-types.tsv: per type, precision and recall; over sentences, the share whose
/// set of types is exactly right. A sentence the typer gives no type counts as Other, as the analyzer writes it. The
/// mismatches are listed for the dev part only, so the test part's sentences stay unread.
/// </summary>
internal static class TypeAccuracy
{
    public static void Run(string path)
    {
        var detector = new ClaimDetector(new PipelineOptions());
        var all = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t', 3)).Select(f =>
        {
            var gold = f[1].Split(',').Select(t => Enum.Parse<ClaimType>(t, ignoreCase: true)).ToHashSet();
            var predicted = detector.Assess(f[2]).Types.DefaultIfEmpty(ClaimType.Other).ToHashSet();
            return (Part: f[0], Gold: gold, Predicted: predicted, Text: f[2]);
        }).ToList();
        foreach (var part in all.GroupBy(r => r.Part))
        {
            Console.WriteLine($"part {part.Key}:");
            Report(part.Select(r => (r.Gold, r.Predicted, r.Text)).ToList(), listMismatches: part.Key == "dev");
        }
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
