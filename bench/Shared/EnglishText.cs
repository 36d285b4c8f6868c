namespace DocReport.Bench;

/// <summary>
/// Whether a page counts as English for the news training draw (bench/ClaimTraining's news-train-sample): by its language
/// metadata when it has one, else by its words, a fifth of which must be common English function words. The word test
/// takes short, list-like or quote-heavy English texts (polls, briefings, transcripts, tweets) for another language, so a
/// folder known to be English (PolNeAR) is drawn with <c>known</c> set and no test at all.
/// </summary>
internal static class EnglishText
{
    private static readonly HashSet<string> FunctionWords = ["the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with"];

    public static bool Admits(string? language, string text, bool known = false)
    {
        if (text.Contains("Lorem ipsum", StringComparison.OrdinalIgnoreCase)) return false;
        if (known) return true;
        if (language is not null) return language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var words = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.Count(w => FunctionWords.Contains(w.ToLowerInvariant())) >= words.Length / 5.0;
    }
}
