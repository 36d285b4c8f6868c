using DocReport.Analysis.Attributions;
using DocReport.Analysis.Claims;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Analysis;

/// <summary>
/// A source only the headline cites, kept as the first paragraph of a text file (<see cref="StrayHeadline"/>): a headline
/// describes who the article cites ("Lawmaker urges ...", "SEIU chief says ...") and writes common words with capitals ("New
/// Polls Show ...", "Member of House Panel Says ..."), so what it names is a cited source only when the body writes that name too.
/// </summary>
internal static class HeadlineOnlySource
{
    /// <summary>True for an entry every reporting mention of which is in the headline, and whose name the body never writes.</summary>
    public static Func<SourceEntry, bool> Of(Article article, IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved)
    {
        if (!StrayHeadline.Opens(article)) return _ => false;
        var headline = article.Paragraphs[0].Sentences[0];
        var body = article.Text[headline.End..];
        var outside = found.SelectMany((f, i) => f.Reports && f.Sentence.Start != headline.Start ? resolved[i] : []).ToHashSet();
        return entry => !outside.Contains(entry) && !body.Contains(entry.Name, StringComparison.Ordinal);
    }
}
