using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// How far two labellings of the same news sentences agree: the share of equal labels and Cohen's kappa (agreement
/// beyond what the two labellers' rates of Yes would give by chance), with the sentences they disagree on.
/// </summary>
internal static class LabelAgreement
{
    public static void Run(string newsEvalPath, string secondPath)
    {
        var first = NewsSet.Read(newsEvalPath).ToDictionary(s => s.Sentence.Id, s => s.Sentence);
        var pairs = File.ReadLines(secondPath).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .Select(f => (First: first[f[0] + "/" + f[1]], Second: f[2] == "Yes")).ToList();
        var n = (double)pairs.Count;
        var observed = pairs.Count(p => p.First.IsClaim == p.Second) / n;
        var (yesFirst, yesSecond) = (pairs.Count(p => p.First.IsClaim) / n, pairs.Count(p => p.Second) / n);
        var chance = yesFirst * yesSecond + (1 - yesFirst) * (1 - yesSecond);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pairs.Count} sentences; Yes: first {yesFirst:P1}, second {yesSecond:P1}; agreement {observed:P1}; Cohen's kappa {(observed - chance) / (1 - chance):F3}"));
        foreach (var (sentence, second) in pairs.Where(p => p.First.IsClaim != p.Second))
            Console.WriteLine($"  first {(sentence.IsClaim ? "Yes" : "No ")} second {(second ? "Yes" : "No ")}  {sentence.Text}");
    }
}
