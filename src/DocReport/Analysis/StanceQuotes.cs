using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Analysis;

/// <summary>
/// "Christie attacked Rubio for not answering. “It is clear he did not fight for it,” Christie said.": a verb of criticism,
/// praise or defence whose own sentence shows no speech (<see cref="FoundAttribution.AwaitsQuote"/>) reports when the next
/// sentence opens with a quotation that a report of the same source gives, or that no report in it gives (the quotation goes on
/// from the verb), when the verb's subject opens its clause. A deed's next sentence ("The senator blasted through the doors. “Stop,” a guard shouted.") quotes someone else.
/// </summary>
internal static partial class StanceQuotes
{
    // The verb's subject opens the sentence or its main clause ("When asked, she defended ...", "But Lee attacked ..."), not a clause
    // inside another ("politicians like Pat Robertson, who had condemned ...")
    [GeneratedRegex(@"^\s*(?:(?:[^,]*,\s*)?(?:(?i:and|but|so|then|yet)\s+)?)$")]
    private static partial Regex OpensClause();

    // A quotation shorter than this is a title or a scare quote, not words the verb's subject goes on to say.
    private const int MinWords = 4;

    /// <summary>The attributions, with each stance cue the next sentence's quotation confirms made a report of speech.</summary>
    public static IReadOnlyList<FoundAttribution> Confirm(Article article, IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved)
    {
        if (!found.Any(f => f.AwaitsQuote)) return found;
        var sentences = article.Paragraphs.SelectMany(p => p.Sentences).ToList();
        var order = sentences.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i);
        return found.Select((f, i) => f.AwaitsQuote && resolved[i].Any(e => !e.Unsure) && f.Source.Start >= f.Sentence.Start && OpensClause().IsMatch(article.Text[f.Sentence.Start..f.Source.Start])
            && (order[f.Sentence.Id] + 1 < sentences.Count && QuotesNext(article.Text, sentences[order[f.Sentence.Id] + 1], found, resolved, resolved[i])
                || order[f.Sentence.Id] > 0 && ReportedBefore(sentences[order[f.Sentence.Id] - 1], found, resolved, resolved[i]))
                ? f with { Kind = AttributionKind.Speech, Reports = true, AwaitsQuote = false } : f).ToList();
    }

    private static bool QuotesNext(string text, Sentence next, IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved, IReadOnlyList<SourceEntry> speaker)
    {
        var body = text[next.Start..next.End].TrimStart();
        if (body.Length == 0 || body[0] is not ('“' or '"') && !body.StartsWith("''", StringComparison.Ordinal)) return false;
        var reports = Enumerable.Range(0, found.Count).Where(j => found[j].Reports
            && (found[j].Sentence.Id == next.Id || found[j].Quotations.Any(q => q.Overlaps(next.Start, next.End)))).ToList();
        return reports.Count == 0 ? body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords : reports.Any(j => resolved[j].Intersect(speaker).Any());
    }

    // "The president admitted that ... However, he defended his decision": the sentence before reports the same source's speech
    private static bool ReportedBefore(Sentence previous, IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved, IReadOnlyList<SourceEntry> speaker) =>
        Enumerable.Range(0, found.Count).Any(j => found[j].Reports && found[j].Kind == AttributionKind.Speech && found[j].LinksClaims
            && (found[j].Sentence.Id == previous.Id || found[j].Quotations.Any(q => q.Overlaps(previous.Start, previous.End))) && resolved[j].Intersect(speaker).Any());
}
