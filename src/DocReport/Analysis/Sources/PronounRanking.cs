using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Round 36 experiment (issue 8): a reporting "he"/"she" the rules left unresolved goes to the person a learned ranking puts first
/// among the people mentioned before it, when its probability is at least <see cref="Threshold"/> and that person is cited.
/// Weights: bench/PolnearEval/pronoun-rank.py on PolNeAR train (masked names).
/// </summary>
internal static partial class PronounRanking
{
    private const int Reach = 4000;
    private const double Threshold = 0.9;

    private static readonly double[] Weights = [-0.0182, 0.1612, 0.2891, 0.0826, 0.0276, 0.0624, -0.1152, -0.5363, 0.0240, -0.0083, -0.0642, -0.4349, -0.0279,
        -0.0642, -0.1649, -0.1273, -0.0007, -0.1285, -0.1979, -1.3738, 3.9613, 0.2281, -1.4153, -0.0855, 1.2626, 0.1450, 0.5839];

    private sealed record Mention(SourceEntry Entity, int Start, bool Speaker, bool Quoted, bool Opens, bool Full, bool Object);

    private sealed record Candidate(SourceEntry Entity, Mention Last, int Count, bool Shared, bool OpensBefore)
    {
        public int Recency { get; set; }
        public int SpeakerRank { get; set; } = 9;
        public int SubjectRank { get; set; } = 9;
    }

    public static void Fill(Article article, IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved)
    {
        var open = Enumerable.Range(0, found.Count).Where(i => resolved[i].Count == 0 && found[i].Reports && found[i].Phrase is { Form: PhraseForm.Pronoun, Name: "he" or "she" }).ToList();
        if (open.Count == 0) return;
        var text = article.Text;
        var sentences = article.Paragraphs.SelectMany(p => p.Sentences).Select(s => s.Start).ToArray();
        var paragraphs = article.Paragraphs.Select(p => p.Start).ToArray();
        var quotations = QuotationFinder.Find(article);
        var people = resolved.SelectMany(r => r).Where(IsPerson).Distinct().ToList();
        var cited = people.Count;
        people.AddRange(Uncited(text, people));
        var mentions = Mentions(text, people, found, resolved, quotations, sentences);
        var answers = new Dictionary<int, SourceEntry>();
        foreach (var i in open)
        {
            var position = found[i].Source.Start;
            var gender = found[i].Phrase!.Name == "he" ? 'm' : 'f';
            var candidates = Candidates(mentions, position, gender, sentences);
            if (candidates.Count == 0) continue;
            var own = SentenceIndex(sentences, position);
            var scores = candidates.Select(c => Score(Features(c, position, own, gender, sentences, paragraphs))).ToList();
            var top = scores.Max();
            var z = scores.Sum(s => Math.Exp(s - top));
            var best = scores.IndexOf(top);
            if (1 / z >= Threshold && people.IndexOf(candidates[best].Entity) < cited) answers[i] = candidates[best].Entity;
        }
        foreach (var (i, entry) in answers) resolved[i] = [entry];
    }

    private static double Score(double[] x) => x.Zip(Weights, (a, b) => a * b).Sum();

    private static double[] Features(Candidate c, int position, int own, char gender, int[] sentences, int[] paragraphs)
    {
        var x = new List<double>();
        void Add(double v, int oneHot = 0)
        {
            x.Add(v);
            for (var k = 0; k < oneHot; k++) x.Add((int)v == k ? 1 : 0);
        }
        Add(c.Recency, 4);
        Add(Math.Round(Math.Log(1 + position - c.Last.Start), 3));
        Add(Math.Min(10, own - SentenceIndex(sentences, c.Last.Start)));
        Add(Math.Min(5, SentenceIndex(paragraphs, position) - SentenceIndex(paragraphs, c.Last.Start)));
        Add(c.Last.Speaker ? 1 : 0);
        Add(c.SpeakerRank, 3);
        Add(c.SpeakerRank == 0 ? 1 : 0);
        Add(c.Last.Opens ? 1 : 0);
        Add(c.SubjectRank, 3);
        Add(c.Last.Quoted ? 1 : 0);
        Add(c.Entity.Gender == gender ? 1 : 0);
        Add(Math.Round(Math.Log(1 + c.Count), 3));
        Add(SentenceIndex(sentences, c.Last.Start) == own ? 1 : 0);
        Add(c.Last.Object ? 1 : 0);
        Add(c.Last.Full ? 1 : 0);
        Add(c.Shared ? 1 : 0);
        Add(c.OpensBefore ? 1 : 0);
        return [.. x];
    }

    private static List<Candidate> Candidates(List<Mention> mentions, int position, char gender, int[] sentences)
    {
        var own = SentenceIndex(sentences, position);
        var before = mentions.Where(m => m.Start < position && position - m.Start <= Reach && m.Entity.Gender is var g && (g == '-' || g == gender)).ToList();
        var surnames = before.Select(m => m.Entity).Distinct().GroupBy(e => e.Name.Split(' ')[^1]).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        var candidates = before.GroupBy(m => m.Entity).Select(g => new Candidate(g.Key, g.MaxBy(m => m.Start)!, g.Count(), surnames.Contains(g.Key),
            g.Any(m => m.Opens && !m.Quoted && SentenceIndex(sentences, m.Start) == own - 1))).OrderByDescending(c => c.Last.Start).ToList();
        for (var i = 0; i < candidates.Count; i++) candidates[i].Recency = Math.Min(i, 5);
        Rank(candidates, before, m => m.Speaker, (c, r) => c.SpeakerRank = r);
        Rank(candidates, before, m => m.Opens, (c, r) => c.SubjectRank = r);
        return candidates;
    }

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
            var opening = text[Math.Min(sentence, start)..start];
            var before = text[Math.Max(0, start - 25)..start];
            return new Mention(e, start, speaker, quotations.Any(q => q.Start < start && end <= q.End), OpensSentence().IsMatch(opening), full, ObjectBefore().IsMatch(before));
        }
        foreach (var e in people)
        {
            var words = e.Name.Split(' ');
            foreach (Match m in Regex.Matches(text, $@"\b{Regex.Escape(words[^1])}\b"))
            {
                var at = m.Index + words[^1].Length - e.Name.Length;
                var full = words.Length > 1 && at >= 0 && string.CompareOrdinal(text, at, e.Name, 0, e.Name.Length) == 0;
                mentions[(e, m.Index)] = Make(e, full ? at : m.Index, m.Index + m.Length, false, full);
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

    private static IEnumerable<SourceEntry> Uncited(string text, List<SourceEntry> cited)
    {
        var surnames = cited.SelectMany(e => e.Name.Split(' ')).ToHashSet(StringComparer.Ordinal);
        return PersonName().Matches(text).Select(m => (Last: m.Groups["last"].Value, Gender: SourceLexicon.GenderOf(m.Groups["first"].Success ? m.Groups["first"].Value : m.Groups["title"].Value),
                First: m.Groups["first"].Value))
            .Where(x => !surnames.Contains(x.Last) && (x.First.Length == 0 || SourceLexicon.IsFirstName(x.First)))
            .GroupBy(x => x.Last).Select(g => new SourceEntry(-1, g.Key, SourceKind.Person, null, g.Select(x => x.Gender).FirstOrDefault(x => x != '-', '-')));
    }

    private static bool IsPerson(SourceEntry e) => e.Kind == SourceKind.Person && !e.Name.StartsWith("unnamed ", StringComparison.Ordinal) && !e.Unsure;

    private static int SentenceIndex(int[] starts, int position)
    {
        var i = Array.BinarySearch(starts, position);
        return i >= 0 ? i : ~i - 1;
    }

    [GeneratedRegex(@"\b(?:(?<title>Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+|(?<first>\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?)(?<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^[\s""“‘']*(?:(?:But|And|So|Yet|Still|Now|Then|Later|Meanwhile|However|Instead|Also)\b,?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$")]
    private static partial Regex OpensSentence();

    [GeneratedRegex(@"\b(?:to|with|by|for|against|about|of|from|on|at|than|told|asked|met|called|attacked|criticized|praised|endorsed|and)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$")]
    private static partial Regex ObjectBefore();
}
