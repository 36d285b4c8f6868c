using DocReport.Model;

namespace DocReport.Analysis.Claims;

/// <summary>
/// A headline the structure stage left in the body: a text file whose first line is too long for a title, or asks or
/// exclaims, gets a title made from that line (<see cref="TitleOrigin.FirstSentence"/>) and keeps it as the first
/// paragraph. When that paragraph is one sentence without a closing stop it is the headline, and a headline is not a claim
/// sentence (news-guideline.md: headings are No), however factual its words.
/// </summary>
internal static class StrayHeadline
{
    private const string Ellipsis = "…";

    /// <summary>Whether the first sentence of <paramref name="article"/> is its headline, kept as a paragraph.</summary>
    public static bool Opens(Article article)
    {
        if (article.Document.TitleOrigin != TitleOrigin.FirstSentence || article.Paragraphs is not [{ Sentences: [var only] }, ..]) return false;
        var title = article.Document.Title;
        var madeFrom = title.EndsWith(Ellipsis, StringComparison.Ordinal) ? title[..^Ellipsis.Length] : title;
        return only.Text.StartsWith(madeFrom, StringComparison.Ordinal) && !SentenceSignals.Read(only.Text).IsTerminated;
    }
}
