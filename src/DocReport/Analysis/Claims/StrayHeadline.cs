using DocReport.Model;

namespace DocReport.Analysis.Claims;

/// <summary>
/// A headline the structure stage left in the body: a text file whose first line is too long for a title, asks, exclaims
/// or closes with a full stop, gets a title made from that line (<see cref="TitleOrigin.FirstSentence"/>) and keeps it as
/// the first paragraph. When that paragraph is one sentence without a closing stop it is the headline; so is one closed by
/// a full stop and written as headlines are, when more paragraphs follow: title capitals, or at most 15 words with no
/// article ("Council approves new budget.") or with a label and a colon ("Poll: the race is tight."), a deck after a
/// semicolon judged alike. A headline is not a claim sentence (news-guideline.md: headings are No), however factual its words.
/// </summary>
internal static class StrayHeadline
{
    private const string Ellipsis = "…";
    // TitleSelector's limit for a headline-like first line.
    private const int MaxHeadlineWords = 15;
    // Title capitals mark a headline at any length a title may have (DocumentInfoValidator warns above 30 words).
    private const int MaxCapitalisedWords = 30;
    private const int LeastCapitalisedWords = 4;
    private const int MaxLabelWords = 3;
    private static readonly char[] ClosingQuotes = ['"', '\'', '’', '”'];
    private static readonly HashSet<string> Articles = new(["a", "an", "the"], StringComparer.Ordinal);

    /// <summary>Whether the first sentence of <paramref name="article"/> is its headline, kept as a paragraph.</summary>
    public static bool Opens(Article article)
    {
        if (article.Document.TitleOrigin != TitleOrigin.FirstSentence || article.Paragraphs is not [{ Sentences: [var only] }, ..]) return false;
        var title = article.Document.Title;
        var madeFrom = title.EndsWith(Ellipsis, StringComparison.Ordinal) ? title[..^Ellipsis.Length] : title;
        if (!only.Text.StartsWith(madeFrom, StringComparison.Ordinal)) return false;
        return !SentenceSignals.Read(only.Text).IsTerminated
            || (article.Paragraphs.Count > 1 && only.Text.TrimEnd().TrimEnd(ClosingQuotes).EndsWith('.') && only.Text.Split("; ").All(IsWrittenAsHeadline));
    }

    /// <summary>
    /// Whether the title is that headline whole (not shortened to an ellipsis): the input's own title, read from its first
    /// line, so "the input has no title" (DR-TITLE-DERIVED) would be wrong.
    /// </summary>
    public static bool IsTitle(Article article) => !article.Document.Title.EndsWith(Ellipsis, StringComparison.Ordinal) && Opens(article);

    // Headline style: few words, and most of them capitalised, no article among them (headlinese drops them), or a label first.
    // A headline and its deck joined by a semicolon ("Germany pledges to expand its military; Promise ... is met with relief")
    // are judged part by part.
    private static bool IsWrittenAsHeadline(string part)
    {
        var words = SentenceTokenizer.Tokenize(part).Where(t => char.IsLetter(t.Lower[0])).ToList();
        if (words.Count == 0 || words.Count > MaxCapitalisedWords) return false;
        var capitalised = words.Count(t => t.IsCapitalised(part));
        if (words.Count >= LeastCapitalisedWords && capitalised >= 0.7 * words.Count) return true;
        return words.Count <= MaxHeadlineWords && (!words.Any(t => Articles.Contains(t.Lower)) || OpensWithLabel(part));
    }

    // "Poll: ...", "The Latest: ...": a label of a few words, without figures (a time is "10:30"), then a colon and a space.
    private static bool OpensWithLabel(string sentence)
    {
        var colon = sentence.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0) return false;
        var label = sentence[..colon];
        return !label.Any(char.IsDigit) && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords;
    }
}
