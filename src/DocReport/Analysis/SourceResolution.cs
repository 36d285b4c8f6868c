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
        var linkStarts = links.Select(l => l.Start).ToArray();
        var citedBy = found.Select(f => CitedLink(links, linkStarts, f.Source)).ToArray();
        var cited = citedBy.Where(i => i >= 0).ToHashSet();
        var resolved = new SourceEntry?[found.Count];
        var mentions = found.Select((f, i) => (f.Source.Start, Attribution: i, Link: -1))
            .Concat(links.Select((l, i) => (l.Start, Attribution: -1, Link: i)))
            .OrderBy(m => m.Start).ThenBy(m => m.Link);
        foreach (var (_, attribution, link) in mentions)
        {
            if (attribution >= 0)
            {
                var f = found[attribution];
                var citation = citedBy[attribution];
                resolved[attribution] = citation >= 0 ? registry.Document(links[citation].Name, links[citation].Url)
                    : f.Phrase is { } phrase ? registry.Resolve(phrase, f.Source.Start, ReportedSubject(f)) : null;
            }
            else if (!cited.Contains(link))
            {
                registry.Document(links[link].Name, links[link].Url);
            }
        }
        return (registry, resolved);
    }

    // A link over the source phrase ("according to [a report]") is the source itself.
    private static int CitedLink(IReadOnlyList<LinkMention> links, int[] starts, Span source)
    {
        // links do not overlap each other: only the last one starting before the phrase ends can overlap it
        var last = SortedSearch.LowerBound(starts, source.End) - 1;
        return last >= 0 && source.Start < links[last].End ? last : -1;
    }

    // "SkyJet will cut 40 routes, the airline said": the name the reported clause opens with, when the clause opens the sentence.
    private static SourcePhrase? ReportedSubject(FoundAttribution f)
    {
        if (f.Content.End > f.Source.Start || f.Content.Start > f.Sentence.Start + 1) return null;
        var words = PhraseTokens.Of(f.Content.Text).TakeWhile(PhraseTokens.IsCapitalized).SkipWhile(w => w is "The" or "A" or "An").ToList();
        return words.Count > 0 && SourcePhrase.Parse(string.Join(' ', words)) is { Form: PhraseForm.Named } subject ? subject : null;
    }
}
