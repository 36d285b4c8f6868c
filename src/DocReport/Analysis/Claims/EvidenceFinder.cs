using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Claims;

/// <summary>Finds numbers, amounts, dates, durations, ages and named entities in a sentence; spans never overlap.</summary>
internal static class EvidenceFinder
{
    // Earlier patterns win an overlap: "$3.5 billion" is money, not a number; "September 2023" is a date.
    private static readonly (string Kind, Regex Pattern)[] PatternsByPriority =
    [
        (EvidenceKind.Money, EvidencePatterns.Money()),
        (EvidenceKind.Percent, EvidencePatterns.Percent()),
        (EvidenceKind.Date, EvidencePatterns.Date()),
        (EvidenceKind.Age, EvidencePatterns.Age()),
        (EvidenceKind.Duration, EvidencePatterns.Duration()),
        (EvidenceKind.Quantity, EvidencePatterns.Quantity()),
        (EvidenceKind.Date, EvidencePatterns.BareYear()),
        (EvidenceKind.Number, EvidencePatterns.Number()),
    ];

    public static IReadOnlyList<Evidence> Find(string sentence, IReadOnlyList<SentenceToken> tokens)
    {
        var found = new List<Evidence>();
        foreach (var (kind, pattern) in PatternsByPriority)
        {
            foreach (var match in pattern.EnumerateMatches(sentence))
                TryAdd(found, sentence, kind, match.Index, match.Index + match.Length);
        }
        foreach (var (start, end) in EntityFinder.Find(sentence, tokens))
            TryAdd(found, sentence, EvidenceKind.Entity, start, end);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void TryAdd(List<Evidence> found, string sentence, string kind, int start, int end)
    {
        if (end <= start || found.Any(e => e.Start < end && start < e.End)) return;
        found.Add(new Evidence(kind, sentence[start..end], start, end));
    }
}
