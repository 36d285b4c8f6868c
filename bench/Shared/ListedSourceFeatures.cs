using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Bench;

/// <summary>
/// What the analysis already knows of each listed source, as numbers a learned decision can weigh (round 26, issue 8): how
/// many sentences are attributed to it and by which cues, how it is named, its kind, where it first speaks. Read from the
/// dataset alone (the public model), so that FieldEval's sets and PolNeAR's are described alike. Round 26 found that they
/// do not tell the field sets' wrong sources from the right ones (bench/FieldEval/README.md, "Round 26, learned listing").
/// </summary>
internal static partial class ListedSourceFeatures
{
    /// <summary>The features' names, in the order of each vector.</summary>
    public static readonly string[] Names =
    [
        "bias", "cues", "continued", "document cues", "view cues", "according to", "said-like cue", "pronoun mentions", "described mentions",
        "name words", "name capitalised", "unnamed", "person", "organization", "government", "media", "document", "platform",
        "mentions", "url", "first position", "first in headline", "only in headline", "inside quotation", "source after cue", "claims",
        "one word", "mention span words", "belief cues",
    ];

    /// <summary>One vector per source of the dataset, in its order.</summary>
    public static IReadOnlyList<double[]> Of(ArticleDataset dataset)
    {
        var paragraphOf = dataset.Paragraphs.SelectMany(p => p.Sentences.Select(s => (s.Id, p.Ordinal))).ToDictionary(x => x.Id, x => x.Ordinal);
        var paragraphs = Math.Max(1, dataset.Paragraphs.Count);
        var bySource = dataset.Attributions.Where(a => a.SourceId is not null).ToLookup(a => a.SourceId!);
        return dataset.Sources.Select(source =>
        {
            var all = bySource[source.Id].ToList();
            var own = all.DistinctBy(a => (a.Source.Start, a.Cue.Start)).ToList();
            var n = Math.Max(1, own.Count);
            var words = source.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var positions = all.Select(a => paragraphOf.GetValueOrDefault(a.SentenceId)).ToList();
            var first = positions.Count == 0 ? 0 : positions.Min();
            return new double[]
            {
                1,
                Math.Log(1 + own.Count),
                Math.Log(1 + all.Count - own.Count),
                own.Count(a => a.Kind == AttributionKind.Document) / (double)n,
                own.Count(a => a.Kind == AttributionKind.View) / (double)n,
                own.Any(a => AccordingTo().IsMatch(a.Cue.Text)) ? 1 : 0,
                own.Any(a => SaidLike().IsMatch(a.Cue.Text)) ? 1 : 0,
                own.Count(a => Pronoun().IsMatch(a.Source.Text.Trim())) / (double)n,
                own.Count(a => Described().IsMatch(a.Source.Text.Trim())) / (double)n,
                Math.Min(5, words.Length),
                words.All(w => w.Length > 0 && !char.IsLower(w[0])) ? 1 : 0,
                source.Name.StartsWith("unnamed", StringComparison.OrdinalIgnoreCase) ? 1 : 0,
                source.Kind == SourceKind.Person ? 1 : 0,
                source.Kind == SourceKind.Organization ? 1 : 0,
                source.Kind == SourceKind.Government ? 1 : 0,
                source.Kind == SourceKind.Media ? 1 : 0,
                source.Kind == SourceKind.Document ? 1 : 0,
                source.Kind == SourceKind.Platform ? 1 : 0,
                Math.Log(1 + source.Mentions),
                source.Url is null ? 0 : 1,
                (first - 1) / (double)paragraphs,
                first == 1 ? 1 : 0,
                positions.Count > 0 && positions.All(p => p == 1) ? 1 : 0,
                own.Count(a => InsideQuotation(dataset.Text, a.Source.Start)) / (double)n,
                own.Count(a => a.Source.Start > a.Cue.Start) / (double)n,
                Math.Log(1 + source.ClaimIds.Count),
                words.Length == 1 ? 1 : 0,
                Math.Min(8, own.Average(a => (double?)a.Source.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length) ?? 0),
                own.Count(a => a.Kind == AttributionKind.Belief) / (double)n,
            };
        }).ToList();
    }

    /// <summary>
    /// Round 36: the words a learned decision may weigh one by one, per source of the dataset in its order: the cue's words
    /// ("cue:said"), the name's words ("name:officials"), the first word of each mention ("first:the"), lower-cased and distinct.
    /// </summary>
    public static IReadOnlyList<string> Words(ArticleDataset dataset)
    {
        var bySource = dataset.Attributions.Where(a => a.SourceId is not null).ToLookup(a => a.SourceId!);
        return dataset.Sources.Select(source =>
        {
            var own = bySource[source.Id].DistinctBy(a => (a.Source.Start, a.Cue.Start)).ToList();
            var words = own.SelectMany(a => Tokens(a.Cue.Text).Select(w => "cue:" + w))
                .Concat(Tokens(source.Name).Select(w => "name:" + w))
                .Concat(own.Select(a => Tokens(a.Source.Text).FirstOrDefault()).OfType<string>().Select(w => "first:" + w));
            return string.Join(' ', words.Distinct());
        }).ToList();
    }

    private static IEnumerable<string> Tokens(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}']+|[:\u201c\u201d\u0022]")]
    private static partial Regex Word();

    // an opening curly quotation mark since the paragraph began and not closed again
    private static bool InsideQuotation(string text, int position)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        var before = text.AsSpan(start, position - start);
        return before.Count('“') > before.Count('”') || before.Count('"') % 2 == 1;
    }

    [GeneratedRegex(@"^\s*according\s+to\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b(?:said|says|say|saying|told|tells|tell|stated|states|added|adds|wrote|writes|reported|reports|announced|explained)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaidLike();

    [GeneratedRegex(@"^(?:he|she|they|it|we|I|him|her|them|you|his|its|their)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:the|a|an|this|that|these|those|one|some|many|several|two|three)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Described();
}
