using System.Globalization;
using System.Text.RegularExpressions;
using DocReport.Analysis;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Round 36 (issue 8): the people a reporting "he"/"she" may stand for, with features that hold on any article, one row a
/// candidate, for a learned ranking (pronoun-rank.py). PolNeAR marks no coreference, so a real pronoun's answer is unknown; the
/// labelled examples are gold sources of reports read as if they were a pronoun: "masked", a person's name DocReport resolves to
/// someone the text named before (of known sex; right is the person so resolved), and "described", one person described and
/// resolved to no one ("the partner told them"; right is the "none" row: a pronoun there stands for none of the named). Real
/// pronouns are written with the same candidates and what DocReport resolved them to (the "rule" column), unlabelled, to read the
/// ranking's choices by hand. Candidates: every person the text cites, and every person it names and cites nowhere ("~" before the
/// name: a full name with a listed given name, or a title and a surname), mentioned before the pronoun within its reach, whose sex
/// is the pronoun's or unknown; then the "none" row. Counts of what was written and left out go to standard error.
/// </summary>
internal static partial class PronounCandidates
{
    private const int Reach = 4000;

    private sealed record Mention(SourceEntry Entity, int Start, bool Speaker, bool Quoted, bool Opens, bool Full, bool Object);

    public static void Run(IReadOnlyList<PolnearDocument> documents, AttributionTagger tagger, TextWriter output, int folds)
    {
        output.WriteLine("example\tkind\tarticle\tfold\tlabel\trule\tcandidate\trecency\tlogchars\tsentences\tparagraphs\tspeaker\tspeakerrank\tcurrent\topens\tsubjectrank\tquoted\tknown\tlogmentions\townsentence\tobject\tfull\tshared\tsentencebefore\tnull\tdescbetween\tdescbefore\tcontext");
        var (example, counts) = (0, new SortedDictionary<string, int>(StringComparer.Ordinal));
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var text = document.Text;
            var article = PlainTextArticle.Build(document.Name, text);
            var (_, resolved, found) = SourceResolution.Resolve(article, AttributionExtractor.Extract(article, tagger));
            var quotations = QuotationFinder.Find(article);
            var sentences = article.Paragraphs.SelectMany(p => p.Sentences).Select(s => s.Start).ToArray();
            var paragraphs = article.Paragraphs.Select(p => p.Start).ToArray();
            var people = resolved.SelectMany(r => r).Where(IsPerson).Distinct().ToList();
            var cited = people.Count;
            people.AddRange(Uncited(text, people));
            var mentions = Mentions(text, people, found, resolved, quotations, sentences);
            foreach (var gold in document.Attributions.Where(a => a.Source is not null).DistinctBy(a => a.Source!.Key))
            {
                var cueClass = MissTally.CueClass(text, gold.Source!, gold.Cue);
                if (cueClass is not ("say, tell, ask, write" or "another reporting verb" or "reporting noun (a statement, remarks)" or "a preposition's (according to, in an interview with, per, in)")) continue;
                var (start, end) = (gold.Source!.Start, gold.Source.End);
                var span = text[start..end].Trim();
                var over = Enumerable.Range(0, found.Count).Where(i => found[i].Source.Start < end && start < found[i].Source.End).ToList();
                var resolvedTo = over.SelectMany(i => resolved[i]).Where(IsPerson).Distinct().ToList();
                string kind;
                char gender;
                SourceEntry? answer = null;
                if (span.ToLowerInvariant() is "he" or "she")
                {
                    (kind, gender) = ("pronoun", span.ToLowerInvariant() == "he" ? 'm' : 'f');
                    if (over.Count == 0 || !over.Any(i => found[i].Reports)) { Count(counts, "pronoun: no reporting attribution over it"); continue; }
                }
                else if (over.Count > 0 && over.All(i => found[i].Phrase is { Form: PhraseForm.Named }) && resolvedTo.Count == 1 && resolvedTo[0].Gender != '-'
                         && mentions.Any(m => m.Entity == resolvedTo[0] && m.Start < start && start - m.Start <= Reach))
                    (kind, gender, answer) = ("masked", resolvedTo[0].Gender, resolvedTo[0]);
                // "the partner told them", "a spokesman said": one person the text describes and names nowhere near; a pronoun in its
                // place would stand for none of the named candidates (the "none" row is right)
                else if (over.Count > 0 && resolvedTo.Count == 0 && over.All(i => found[i].Reports && found[i].Phrase is { Form: PhraseForm.Descriptor, Descriptor: { Kind: SourceKind.Person, IsGroup: false } })
                         && !span.EndsWith('s'))
                    (kind, gender) = ("described", '-');
                else continue;
                // the mention itself and the attribution found over it are not before it ("Sen. Ted Cruz" found, "Ted Cruz" gold)
                var position = over.Count == 0 ? start : Math.Min(start, over.Min(i => found[i].Source.Start));
                var candidates = Candidates(mentions, position, gender, sentences);
                if (candidates.Count == 0) { Count(counts, $"{kind}: no candidate"); continue; }
                if (answer is not null && !candidates.Any(c => c.Entity == answer)) { Count(counts, "masked: answer not a candidate"); continue; }
                Count(counts, $"{kind}: written ({(candidates.Count == 1 ? "one candidate" : "several")})");
                example++;
                var context = Context(text, start, end);
                var ownSentence = SentenceIndex(sentences, start);
                foreach (var c in candidates)
                {
                    var label = kind == "pronoun" ? "?" : c.Entity == answer ? "1" : "0";
                    var rule = resolvedTo.Contains(c.Entity) ? 1 : 0;
                    var name = people.IndexOf(c.Entity) < cited ? c.Entity.Name : $"~{c.Entity.Name}";
                    output.WriteLine(string.Join('\t', example, kind, document.Name, d % folds, label, rule, name, c.Recency,
                        F(Math.Log(1 + position - c.Last.Start)), Math.Min(10, ownSentence - SentenceIndex(sentences, c.Last.Start)),
                        Math.Min(5, SentenceIndex(paragraphs, start) - SentenceIndex(paragraphs, c.Last.Start)), c.Last.Speaker ? 1 : 0,
                        c.SpeakerRank, c.SpeakerRank == 0 ? 1 : 0, c.Last.Opens ? 1 : 0, c.SubjectRank, c.Last.Quoted ? 1 : 0,
                        c.Entity.Gender == gender ? 1 : 0, F(Math.Log(1 + c.Count)), SentenceIndex(sentences, c.Last.Start) == ownSentence ? 1 : 0,
                        c.Last.Object ? 1 : 0, c.Last.Full ? 1 : 0, c.Shared ? 1 : 0, c.OpensBefore ? 1 : 0, 0, 0, 0, c == candidates[0] ? context : ""));
                }
                // the "none" row: what tells that the pronoun may be someone unnamed (a described speaker since the latest candidate,
                // a sentence before opening with a description)
                var described = found.Any(f => f.Reports && f.Source.Start > candidates[0].Last.Start && f.Source.Start < position && f.Phrase is { Form: PhraseForm.Descriptor, Descriptor.Kind: SourceKind.Person });
                var before = ownSentence > 0 && DescriptionOpens().IsMatch(text[sentences[ownSentence - 1]..Math.Min(text.Length, sentences[ownSentence - 1] + 40)]);
                output.WriteLine(string.Join('\t', example, kind, document.Name, d % folds, kind == "pronoun" ? "?" : kind == "described" ? "1" : "0", 0, "<none>",
                    0, 0, 0, 0, 0, 9, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 1, described ? 1 : 0, before ? 1 : 0, ""));
            }
        }
        foreach (var (key, n) in counts) Console.Error.WriteLine($"  {key}: {n}");
    }

    private sealed record Candidate(SourceEntry Entity, Mention Last, int Count, bool Shared, bool OpensBefore)
    {
        public int Recency { get; set; }
        public int SpeakerRank { get; set; } = 9;
        public int SubjectRank { get; set; } = 9;
    }

    private static List<Candidate> Candidates(List<Mention> mentions, int position, char gender, int[] sentences)
    {
        var own = SentenceIndex(sentences, position);
        var before = mentions.Where(m => m.Start < position && position - m.Start <= Reach && m.Entity.Gender is var g && (g == '-' || gender == '-' || g == gender)).ToList();
        var surnames = before.Select(m => m.Entity).Distinct().GroupBy(e => e.Name.Split(' ')[^1]).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        var candidates = before.GroupBy(m => m.Entity).Select(g => new Candidate(g.Key, g.MaxBy(m => m.Start)!, g.Count(), surnames.Contains(g.Key),
            g.Any(m => m.Opens && !m.Quoted && SentenceIndex(sentences, m.Start) == own - 1))).OrderByDescending(c => c.Last.Start).ToList();
        for (var i = 0; i < candidates.Count; i++) candidates[i].Recency = Math.Min(i, 5);
        Rank(candidates, before, m => m.Speaker, (c, r) => c.SpeakerRank = r);
        Rank(candidates, before, m => m.Opens, (c, r) => c.SubjectRank = r);
        return candidates;
    }

    // each candidate's place among those with such a mention, by their last one (0 the latest), 9 for none
    private static void Rank(List<Candidate> candidates, List<Mention> before, Func<Mention, bool> which, Action<Candidate, int> set)
    {
        var order = before.Where(which).GroupBy(m => m.Entity).Select(g => (g.Key, Last: g.Max(m => m.Start))).OrderByDescending(x => x.Last).Select(x => x.Key).ToList();
        foreach (var c in candidates) set(c, order.IndexOf(c.Entity) is var r and >= 0 ? Math.Min(r, 5) : 9);
    }

    private static List<Mention> Mentions(string text, List<SourceEntry> people, IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved, IReadOnlyList<Quotation> quotations, int[] sentences)
    {
        var mentions = new Dictionary<(SourceEntry, int), Mention>();
        Mention Make(SourceEntry e, int start, int end, bool speaker, bool full)
        {
            var sentence = sentences[Math.Max(0, SentenceIndex(sentences, start))];
            var opening = text[sentence..start];
            var before = text[Math.Max(0, start - 25)..start];
            return new Mention(e, start, speaker, quotations.Any(q => q.Start < start && end <= q.End), OpensSentence().IsMatch(opening),
                full, ObjectBefore().IsMatch(before));
        }
        foreach (var e in people)
        {
            var words = e.Name.Split(' ');
            foreach (Match m in Regex.Matches(text, $@"\b{Regex.Escape(words[^1])}\b"))
            {
                var at = m.Index + words[^1].Length - e.Name.Length;
                var full = words.Length > 1 && at >= 0 && string.CompareOrdinal(text, at, e.Name, 0, e.Name.Length) == 0;
                var start = full ? at : m.Index;
                mentions[(e, m.Index)] = Make(e, start, m.Index + m.Length, false, full);
            }
        }
        for (var i = 0; i < found.Count; i++)
            foreach (var e in resolved[i].Where(IsPerson).Where(_ => found[i].Reports))
            {
                var key = mentions.Keys.FirstOrDefault(k => k.Item1 == e && k.Item2 >= found[i].Source.Start && k.Item2 < found[i].Source.End);
                var known = key.Item1 is not null ? mentions[key] : null;
                mentions[key.Item1 is not null ? key : (e, found[i].Source.Start)] = (known ?? Make(e, found[i].Source.Start, found[i].Source.End, true, false)) with { Speaker = true };
            }
        return mentions.Values.OrderBy(m => m.Start).ToList();
    }

    // people the text names and cites nowhere ("Ann Lee", "Ms. Lee"), each by surname: a pronoun may be theirs, so they compete;
    // a pronoun whose best candidate is one of them is left unresolved
    private static IEnumerable<SourceEntry> Uncited(string text, List<SourceEntry> cited)
    {
        var surnames = cited.SelectMany(e => e.Name.Split(' ')).ToHashSet(StringComparer.Ordinal);
        return PersonName().Matches(text).Select(m => (Last: m.Groups["last"].Value, Gender: SourceLexicon.GenderOf(m.Groups["first"].Success ? m.Groups["first"].Value : m.Groups["title"].Value),
                First: m.Groups["first"].Value))
            .Where(x => !surnames.Contains(x.Last) && (x.First.Length == 0 || SourceLexicon.IsFirstName(x.First)))
            .GroupBy(x => x.Last).Select(g => new SourceEntry(-1, g.Key, SourceKind.Person, null, g.Select(x => x.Gender).FirstOrDefault(x => x != '-', '-')));
    }

    [GeneratedRegex(@"\b(?:(?<title>Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+|(?<first>\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?)(?<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b")]
    private static partial Regex PersonName();

    private static bool IsPerson(SourceEntry e) => e.Kind == SourceKind.Person && !e.Name.StartsWith("unnamed ", StringComparison.Ordinal) && !e.Unsure;

    private static int SentenceIndex(int[] starts, int position)
    {
        var i = Array.BinarySearch(starts, position);
        return i >= 0 ? i : ~i - 1;
    }

    private static void Count(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Context(string text, int start, int end)
    {
        var from = Math.Max(0, start - 400);
        return (text[from..start] + "[[" + text[start..end] + "]]" + text[end..Math.Min(text.Length, end + 80)]).Replace('\n', ' ').Replace('\t', ' ');
    }

    // "The mega donor didn't ...", "A spokesman for ...": a sentence opening with someone described
    [GeneratedRegex(@"^[\s""“‘']*(?:The|A|An|This|That)\s+\p{Ll}")]
    private static partial Regex DescriptionOpens();

    // the name opens its sentence: only quotation marks, a joining word, or capitalised words (a title, given names) before it
    [GeneratedRegex(@"^[\s""“‘']*(?:(?:But|And|So|Yet|Still|Now|Then|Later|Meanwhile|However|Instead|Also)\b,?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$")]
    private static partial Regex OpensSentence();

    // the name follows a preposition or a verb of telling, meeting or attacking: it is spoken of, not speaking
    [GeneratedRegex(@"\b(?:to|with|by|for|against|about|of|from|on|at|than|told|asked|met|called|attacked|criticized|praised|endorsed|and)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$")]
    private static partial Regex ObjectBefore();
}
