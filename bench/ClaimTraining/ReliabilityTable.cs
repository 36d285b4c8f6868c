using System.Globalization;
using System.Text;

namespace DocReport.Bench.ClaimTraining;

/// <summary>Scores in ten bins of width 0.1: how many sentences, their mean score, and the share that is check-worthy.</summary>
internal static class ReliabilityTable
{
    public static string Of(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var text = new StringBuilder("| score | sentences | mean score | check-worthy |\n|---|---|---|---|\n");
        foreach (var bin in Enumerable.Range(0, 10))
        {
            var members = scores.Select((s, i) => (Score: s, Gold: labels[i])).Where(x => Math.Min((int)(x.Score * 10), 9) == bin).ToList();
            if (members.Count == 0) continue;
            text.Append(string.Create(CultureInfo.InvariantCulture,
                $"| {bin / 10.0:F1}-{(bin + 1) / 10.0:F1} | {members.Count} | {members.Average(m => m.Score):F2} | {members.Count(m => m.Gold) / (double)members.Count:F2} |\n"));
        }
        return text.ToString();
    }
}
