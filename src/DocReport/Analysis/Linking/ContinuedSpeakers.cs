using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Linking;

/// <summary>
/// A row for each sentence that goes on with what a speaker named in another sentence says ("“A,” she said. “B.”": the
/// second sentence is hers too), so that every sentence a source is credited with has an attribution, claim or not. The row
/// keeps the source and cue spans of the sentence that names the speaker; its content is what the sentence quotes or
/// reports. A sentence with an attribution of its own that names a source, or one the speaker's source is unknown for, gets none;
/// one whose own attribution names no one ("“We don't know. We asked and they told us nothing,” she said": "they told") is still the speaker's.
/// </summary>
internal static class ContinuedSpeakers
{
    /// <summary>The rows, in the order of their sentences, numbered on from <paramref name="firstNumber"/>.</summary>
    public static IEnumerable<Attribution> Rows(string text, IReadOnlyList<FoundAttribution> found, IReadOnlyList<IReadOnlyList<SourceEntry>> resolved,
        ClaimSourceLinks links, int firstNumber)
    {
        var taken = found.Where((f, i) => resolved[i].Count > 0).Select(f => f.Sentence.Id).ToHashSet();
        var number = firstNumber;
        foreach (var (sentence, i) in links.Continued.OrderBy(c => c.Sentence.Start))
        {
            var f = found[i];
            if (resolved[i].Count == 0 || ContentIn(f, sentence)?.Trim(text) is not { IsEmpty: false } content || !taken.Add(sentence.Id)) continue;
            yield return new Attribution($"A{number++}", sentence.Id, f.Source, f.Cue, AttributionRules.SpanOf(text, content))
            {
                SourceId = resolved[i][0].Id,
                Kind = f.Kind,
            };
        }
    }

    // The stretch of the sentence from the first to the last of the attribution's content that it holds.
    private static TextRange? ContentIn(FoundAttribution f, Sentence sentence)
    {
        var parts = f.ContentParts.Append(new TextRange(f.Content.Start, f.Content.End)).Concat(f.Quotations.Select(q => new TextRange(q.Start, q.End)))
            .Select(p => (Start: Math.Max(p.Start, sentence.Start), End: Math.Min(p.End, sentence.End))).Where(p => p.Start < p.End).ToList();
        return parts.Count == 0 ? null : new TextRange(parts.Min(p => p.Start), parts.Max(p => p.End));
    }
}
