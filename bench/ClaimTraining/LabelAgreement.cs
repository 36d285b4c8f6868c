using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// How far two labellings of the same news sentences agree: the share of equal labels, Cohen's kappa (agreement beyond
/// what the two labellers' rates of Yes would give by chance) and the F1 of one labelling scored against the other (the
/// same either way round), with the sentences they disagree on. The second labelling's lines are "page TAB sentence id
/// TAB Yes|No", with the sentence's text as a fourth column when the first file holds one page and id twice (news-train's
/// pages were split again between rounds). The gates' pages are left out of both.
/// </summary>
internal static class LabelAgreement
{
    public static void Run(GatedPages gates, string firstPath, string secondPath, int randomDraws)
    {
        var first = NewsSet.Read(firstPath).Where(s => gates.Reason(s.Page) is null).Select((s, i) => (s.Sentence, Index: i)).ToLookup(x => x.Sentence.Id);
        var pairs = File.ReadLines(secondPath).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .Where(f => gates.Reason(f[0]) is null).Select(f => (First: first[f[0] + "/" + f[1]].Single(x => f.Length < 4 || x.Sentence.Text == f[3]), Second: f[2] == "Yes"))
            .Select(p => (p.First.Sentence, p.First.Index, p.Second)).ToList();
        Report($"{pairs.Count} sentences", pairs.Select(p => (p.Sentence, p.Second)).ToList());
        if (randomDraws > 0)
        {
            Report($"  of them drawn without a pattern (the first {randomDraws})", pairs.Where(p => p.Index < randomDraws).Select(p => (p.Sentence, p.Second)).ToList());
            Report("  of them drawn by a pattern", pairs.Where(p => p.Index >= randomDraws).Select(p => (p.Sentence, p.Second)).ToList());
        }
        foreach (var (sentence, _, second) in pairs.Where(p => p.Sentence.IsClaim != p.Second))
            Console.WriteLine($"  first {(sentence.IsClaim ? "Yes" : "No ")} second {(second ? "Yes" : "No ")}  {sentence.Text}");
    }

    private static void Report(string name, IReadOnlyList<(LabelledSentence First, bool Second)> pairs)
    {
        if (pairs.Count == 0) return;
        var n = (double)pairs.Count;
        var observed = pairs.Count(p => p.First.IsClaim == p.Second) / n;
        var (yesFirst, yesSecond) = (pairs.Count(p => p.First.IsClaim) / n, pairs.Count(p => p.Second) / n);
        var chance = yesFirst * yesSecond + (1 - yesFirst) * (1 - yesSecond);
        var f1 = BinaryCounts.Of(pairs.Select(p => (p.First.IsClaim, p.Second))).F1;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}; Yes: first {yesFirst:P1}, second {yesSecond:P1}; agreement {observed:P1}; Cohen's kappa {(observed - chance) / (1 - chance):F3}; F1 of one against the other {f1:F3}"));
    }
}
