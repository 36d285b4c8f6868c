using System.Globalization;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Every gold cue span of a split by its head (round 28): the cue's first word that says something, as a lemma (its rough stem,
/// named by the shortest form of it seen; "said", "told", "wrote" by hand), with its particle when the word alone is no reporting
/// word ("spoke to", "talked about"), counted in attributions and in those with a source; and how the lexicon reads each gold cue
/// span as it stands: reports (<see cref="ReportingCues.Reports"/>), a stance verb (reports with evidence), a speech act or
/// ruling, a belief, a word of the tagger's cue list only, or nothing. The lemmas read as reports in fewer than half their
/// attributions are the missing cues. Reads no DocReport output: the lexicon's tests on the gold spans only.
/// </summary>
internal static class CueLemmas
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["said"] = "say", ["says"] = "say", ["saying"] = "say", ["told"] = "tell", ["tells"] = "tell", ["telling"] = "tell",
        ["wrote"] = "write", ["writes"] = "write", ["writing"] = "write", ["written"] = "write", ["thought"] = "think", ["spoke"] = "speak",
        ["spoken"] = "speak", ["found"] = "find", ["shown"] = "show", ["sought"] = "seek", ["knew"] = "know", ["known"] = "know",
        ["felt"] = "feel", ["held"] = "hold", ["made"] = "make", ["took"] = "take", ["taken"] = "take", ["gave"] = "give", ["given"] = "give",
        ["went"] = "go", ["gone"] = "go", ["goes"] = "go", ["saw"] = "see", ["seen"] = "see", ["heard"] = "hear", ["meant"] = "mean",
        ["led"] = "lead", ["began"] = "begin", ["begun"] = "begin", ["brought"] = "bring", ["struck"] = "strike", ["stood"] = "stand",
        ["fought"] = "fight", ["kept"] = "keep", ["laid"] = "lay", ["paid"] = "pay", ["ran"] = "run", ["came"] = "come", ["got"] = "get",
        ["put"] = "put", ["puts"] = "put", ["read"] = "read", ["reads"] = "read", ["forecast"] = "forecast", ["hit"] = "hit", ["spelled"] = "spell",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "to", "about", "out", "up", "on", "with", "at", "back", "over", "off", "for", "in", "into", "of", "after" };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal) { "also", "not", "still", "now", "again", "even", "already", "never", "just", "always", "often", "later", "then", "n't", "once" };

    private sealed class Row
    {
        public int Attributions, Sourced, Reports, Stance, Act, Belief, Tagger, None;
        public readonly Dictionary<string, int> Forms = new(StringComparer.Ordinal);
    }

    public static void Run(IReadOnlyList<PolnearDocument> documents, TextWriter output, int top)
    {
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        var spans = 0;
        foreach (var document in documents)
            foreach (var a in document.Attributions.Where(a => a.Cue is not null))
            {
                spans++;
                var cueText = string.Join(" ", a.Cue!.Ranges.Select(r => document.Text[r.Start..r.End])).Trim();
                var tokens = a.Cue.Ranges.SelectMany(r => Tokenizer.Tokens(document.Text, r.Start, r.End)).ToList();
                var (key, form) = HeadOf(tokens, cueText);
                var row = rows.TryGetValue(key, out var r) ? r : rows[key] = new Row();
                row.Attributions++;
                if (a.Source is not null) row.Sourced++;
                row.Forms[form] = row.Forms.GetValueOrDefault(form) + 1;
                var lower = cueText.ToLowerInvariant();
                var head = form.Split(' ')[0];
                if (ReportingCues.Reports(cueText)) row.Reports++;
                else if (StanceVerbs.IsStanceCue(lower)) row.Stance++;
                else if (SpeechActs.Pattern.IsMatch(lower)) row.Act++;
                else if (BeliefCues.Contains(head) || BeliefCues.Pattern.IsMatch(lower)) row.Belief++;
                else if (tokens.Any(t => ReportingCues.KnownWords.Contains(t.Lower))) row.Tagger++;
                else row.None++;
            }

        var named = rows.GroupBy(r => Name(r.Key, r.Value)).ToDictionary(g => g.Key, g => Merge(g.Select(x => x.Value)), StringComparer.Ordinal);
        output.WriteLine($"{documents.Count} articles, {spans} gold cue spans; each cue by its head lemma (+ particle where the word alone reports nothing), how the lexicon reads the gold span:");
        output.WriteLine("reports (ReportingCues.Reports), stance (a stance verb: reports with evidence), act (speech act or ruling), belief, tagger (a word of cue-words.txt only: reports before a that-clause or quotation at most), none");
        Table(output, "all heads, most attributions first", named.OrderByDescending(n => n.Value.Attributions).Take(top));
        output.WriteLine();
        Table(output, "missing: read as reports in under half their attributions, beliefs left out", named.Where(n => n.Value.Reports * 2 < n.Value.Attributions && n.Value.Belief * 2 < n.Value.Attributions)
            .OrderByDescending(n => n.Value.Attributions).Take(top));
    }

    private static void Table(TextWriter output, string title, IEnumerable<KeyValuePair<string, Row>> rows)
    {
        output.WriteLine(title);
        output.WriteLine($"{"lemma",-22} {"attrib",6} {"source",6} {"reports",7} {"stance",6} {"act",4} {"belief",6} {"tagger",6} {"none",5}  forms");
        foreach (var (name, r) in rows)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} {r.Attributions,6} {r.Sourced,6} {r.Reports,7} {r.Stance,6} {r.Act,4} {r.Belief,6} {r.Tagger,6} {r.None,5}  {string.Join(", ", r.Forms.OrderByDescending(f => f.Value).Take(6).Select(f => $"{f.Key} {f.Value}"))}"));
    }

    // the key groups a head's forms: the hand lemma of an irregular verb, else the rough stem; a particle stays apart
    private static (string Key, string Form) HeadOf(List<Token> tokens, string cueText)
    {
        var i = tokens.FindIndex(IsContentWord);
        if (i < 0) return ("(" + cueText.ToLowerInvariant() + ")", cueText.ToLowerInvariant());
        var word = tokens[i].Lower;
        var particle = i + 1 < tokens.Count && Particles.Contains(tokens[i + 1].Lower) && !ReportingCues.IsReportingWord(word) && !ReportingCues.IsReportingNoun(word) ? " " + tokens[i + 1].Lower : "";
        var stem = Stem(Irregular.TryGetValue(word, out var lemma) ? lemma : word);
        return (stem + particle, word + particle);
    }

    // WordStem's endings, with a stem of three letters allowed ("asked", "added", "noted" -> "ask", "add", "not" as their other forms)
    private static string Stem(string lower)
    {
        foreach (var ending in (string[])["ing", "ies", "ied", "es", "ed", "s", "e", "y"])
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal)) return lower[..^ending.Length];
        return lower;
    }

    // a stem's name: the lemma of an irregular verb seen, else the shortest form seen
    private static string Name(string key, Row row)
    {
        if (key.StartsWith('(')) return key;
        var particle = key.Contains(' ') ? key[key.IndexOf(' ')..] : "";
        if (row.Forms.Keys.Select(f => f.Split(' ')[0]).FirstOrDefault(Irregular.ContainsKey) is { } irregular) return Irregular[irregular] + particle;
        return row.Forms.Keys.Select(f => f.Split(' ')[0]).OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).First() + particle;
    }

    private static Row Merge(IEnumerable<Row> rows)
    {
        var all = new Row();
        foreach (var r in rows)
        {
            all.Attributions += r.Attributions; all.Sourced += r.Sourced; all.Reports += r.Reports; all.Stance += r.Stance; all.Act += r.Act;
            all.Belief += r.Belief; all.Tagger += r.Tagger; all.None += r.None;
            foreach (var (f, n) in r.Forms) all.Forms[f] = all.Forms.GetValueOrDefault(f) + n;
        }
        return all;
    }

    private static bool IsContentWord(Token t) =>
        t.Lower.Length > 1 && t.Lower.All(c => char.IsLetter(c) || c == '-') && !ReportingCues.IsFunctionWord(t.Lower) && !Adverbs.Contains(t.Lower) && !t.Lower.EndsWith("ly", StringComparison.Ordinal);
}
