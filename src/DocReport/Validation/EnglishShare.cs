using System.Globalization;
using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;
using DocReport.Model;

namespace DocReport.Validation;

/// <summary>
/// How much of an article's text is English, told by the share of its words that are English function words ("the",
/// "of", "and"...): claims, attributions and sources are found with English word lists and models, so a text in another
/// language gets few claims and next to no sources, and its reader must be told why.
/// </summary>
internal sealed partial record EnglishShare(double Share, int Words, string? DeclaredLanguage, bool Unspaced = false)
{
    // On trafilatura's dev half (461 pages, bench/BriefReview round 25) texts in English had 0.20 or more, texts in
    // other languages 0.11 or less, pages of German mixed with English 0.13 to 0.19.
    private const double EnglishFrom = 0.12;

    // Fewer words say too little: a caption or a title alone.
    private const int MinWords = 30;

    /// <summary>True when the text has enough words to tell and few of them are English function words.</summary>
    public bool NotEnglish => Words >= MinWords && Share < EnglishFrom;

    /// <summary>The validation message: the share found, the language the document declares, and what it means for the dataset.</summary>
    public string Describe() =>
        $"{{PropertyPath}}: the article does not read as English ({Math.Round(Share * 100)}% of its {Words:N0} words{(Unspaced ? " (each Han, kana or Hangul character counted as one)" : "")} are English function words such as 'the' and 'of', against a fifth or more in English text"
        + (DeclaredLanguage is { } language ? $"; the document declares {Named(language)}" : "")
        + "): claims, attributions and sources are found with English word lists and models, so its claims are scored as if it were English and its sources are next to none.";

    public static EnglishShare Of(ArticleDataset dataset) => Of(dataset.Text, dataset.Document.Language);

    /// <summary>The share in a text, as the analysis measures it for its article (the same text the dataset carries).</summary>
    public static EnglishShare Of(string text, string? declaredLanguage)
    {
        var (words, function, unspaced) = (0, 0, 0);
        foreach (var word in Word().EnumerateMatches(text))
        {
            // Chinese and Japanese put no space between words: a page of them was a handful of "words", too few to tell
            // (NHK's easy-Japanese story: 27), so each of their characters counts as one, as the short-article rule counts them
            var letters = 0;
            foreach (var c in text.AsSpan(word.Index, word.Length)) if (RuleExtensions.IsUnspacedScript(c)) letters++;
            (words, unspaced) = (words + Math.Max(letters, 1), unspaced + letters);
            if (ReportingCues.IsFunctionWord(text.Substring(word.Index, word.Length))) function++;
        }
        // the message explains the count only where those characters make a tenth of it, not for one name in a French page
        return new(words == 0 ? 0 : (double)function / words, words, declaredLanguage, unspaced > 0 && unspaced * 10 >= words);
    }

    private static string Named(string tag)
    {
        try { return $"{CultureInfo.GetCultureInfo(tag).EnglishName} ('{tag}')"; }
        catch (CultureNotFoundException) { return $"'{tag}'"; }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
