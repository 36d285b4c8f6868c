namespace DocReport.Bench.FieldEval.Matching;

/// <summary>
/// A gold sentence's first words, normalized (<see cref="TextNormalizer"/>). A sentence fits it when it contains the
/// anchor, or contains the anchor's first eight words, or is the anchor's beginning up to a word's end (a splitter
/// that cut early).
/// </summary>
internal sealed class Anchor
{
    private const int LeadingWords = 8;
    private readonly string[] words;

    public Anchor(string text)
    {
        Normalized = TextNormalizer.Normalize(text);
        words = Normalized.Split(' ');
        Leading = string.Join(' ', words.Take(LeadingWords));
    }

    public string Normalized { get; }

    public int WordCount => words.Length;

    /// <summary>The anchor's first eight words (all of it when shorter).</summary>
    public string Leading { get; }

    /// <param name="sentence">A sentence normalized by <see cref="TextNormalizer"/>.</param>
    public bool Fits(string sentence) =>
        sentence.Any(char.IsLetterOrDigit)
        && (sentence.Contains(Normalized, StringComparison.Ordinal)
            || sentence.Contains(Leading, StringComparison.Ordinal)
            || (Normalized.StartsWith(sentence, StringComparison.Ordinal) && (Normalized.Length == sentence.Length || Normalized[sentence.Length] == ' ')));

    /// <summary>Each beginning of the anchor of at least <paramref name="minWords"/> whole words, the anchor last.</summary>
    public IEnumerable<string> Beginnings(int minWords) =>
        Enumerable.Range(minWords, Math.Max(0, words.Length - minWords + 1)).Select(n => string.Join(' ', words.Take(n)));
}
