using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Analysis;

/// <summary>Resolves every source mention, attributions and links together in reading order, so that sources are numbered by first mention.</summary>
internal static class SourceResolution
{
    public static (SourceRegistry Registry, SourceEntry?[] Resolved) Resolve(Article article, IReadOnlyList<FoundAttribution> found)
    {
        var registry = new SourceRegistry(article.Text);
        var links = LinkMention.Find(article);
        var resolved = new SourceEntry?[found.Count];
        var mentions = found.Select((f, i) => (f.Source.Start, Attribution: i, Link: -1))
            .Concat(links.Select((l, i) => (l.Start, Attribution: -1, Link: i)))
            .OrderBy(m => m.Start).ThenBy(m => m.Link);
        foreach (var (_, attribution, link) in mentions)
        {
            if (attribution >= 0)
            {
                var f = found[attribution];
                var cited = links.FirstOrDefault(l => l.Start < f.Source.End && f.Source.Start < l.End);
                resolved[attribution] = cited is null ? registry.Resolve(f.Phrase, f.Source.Start, ReportedSubject(f)) : registry.Document(cited.Name, cited.Url);
            }
            else if (!found.Any(f => links[link].Start < f.Source.End && f.Source.Start < links[link].End))
            {
                registry.Document(links[link].Name, links[link].Url);
            }
        }
        return (registry, resolved);
    }

    // "SkyJet will cut 40 routes, the airline said": the name the reported clause opens with, when the clause opens the sentence.
    private static SourcePhrase? ReportedSubject(FoundAttribution f)
    {
        if (f.Content.End > f.Source.Start || f.Content.Start > f.Sentence.Start + 1) return null;
        var words = PhraseTokens.Of(f.Content.Text).TakeWhile(PhraseTokens.IsCapitalized).SkipWhile(w => w is "The" or "A" or "An").ToList();
        return words.Count > 0 && SourcePhrase.Parse(string.Join(' ', words)) is { Form: PhraseForm.Named } subject ? subject : null;
    }
}
