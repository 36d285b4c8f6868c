using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Claims;

/// <summary>Finds numbers, amounts, dates, durations, ages and named entities in a sentence; spans never overlap.</summary>
internal static class EvidenceFinder
{
    // Earlier patterns win an overlap: "$3.5 billion" is money, not a number; "September 2023" is a date.
    // Percentages, quantities and bare years hold a digit, and money a digit or a currency word: most sentences hold
    // neither, and those patterns, which may open at almost any letter, are then not run at all.
    private static readonly (string Kind, Regex Pattern, Needs Needs)[] PatternsByPriority =
    [
        (EvidenceKind.Money, EvidencePatterns.Money(), Needs.DigitOrCurrency),
        (EvidenceKind.Percent, EvidencePatterns.Percent(), Needs.Digit),
        (EvidenceKind.Date, EvidencePatterns.Date(), Needs.Nothing),
        (EvidenceKind.Age, EvidencePatterns.Age(), Needs.Nothing),
        (EvidenceKind.Duration, EvidencePatterns.Duration(), Needs.Nothing),
        (EvidenceKind.Quantity, EvidencePatterns.Quantity(), Needs.Digit),
        (EvidenceKind.Date, EvidencePatterns.BareYear(), Needs.Digit),
        (EvidenceKind.Number, EvidencePatterns.Number(), Needs.Nothing),
    ];

    private enum Needs { Nothing, Digit, DigitOrCurrency }

    // Compared by upper case ('ſ' is 'S'), which joins every pair of letters the pattern's case-insensitive matching joins in
    // these words: they hold no 'k' (the Kelvin sign upper-cases to itself) nor 'i' (the Turkish dotted and dotless i).
    private static readonly SearchValues<string> CurrencyWords =
        SearchValues.Create(EvidencePatterns.CurrencyWords.Split('|'), StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<Evidence> Find(string sentence, IReadOnlyList<SentenceToken> tokens)
    {
        var found = new List<Evidence>();
        var digit = HoldsDigit(sentence);
        var currency = digit || sentence.AsSpan().IndexOfAny(CurrencyWords) >= 0;
        foreach (var (kind, pattern, needs) in PatternsByPriority)
        {
            if (needs == Needs.Digit && !digit || needs == Needs.DigitOrCurrency && !currency) continue;
            foreach (var match in pattern.EnumerateMatches(sentence))
                TryAdd(found, sentence, kind, match.Index, match.Index + match.Length);
        }
        foreach (var (start, end) in EntityFinder.Find(sentence, tokens))
            TryAdd(found, sentence, EvidenceKind.Entity, start, end);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    // What \d matches: any decimal digit ("٣" too), not only the ASCII ones.
    private static bool HoldsDigit(string sentence) =>
        sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || !Ascii.IsValid(sentence) && sentence.Any(char.IsDigit);

    private static void TryAdd(List<Evidence> found, string sentence, string kind, int start, int end)
    {
        if (end <= start || found.Any(e => e.Start < end && start < e.End)) return;
        found.Add(new Evidence(kind, sentence[start..end], start, end));
    }
}
