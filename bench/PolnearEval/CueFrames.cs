using System.Globalization;
using DocReport.Analysis;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Pipeline;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// The gold cues DocReport misses, by lemma (a rough stem of the cue's first word that says something) and frame (what
/// surrounds that word: a that-clause, a to-infinitive, a quotation, a noun after a determiner, "be" before it, a clause before
/// it closing the sentence ...), and how often each lemma in each frame is a gold cue wherever it occurs in the texts:
/// the precision a rule tagging that frame would have, counted over the uses DocReport does not tag already.
/// </summary>
internal static class CueFrames
{
    private sealed class Row
    {
        public int Missed, Uses, InCue, Untagged, UntaggedInCue, UntaggedNested, Free, FreeInCue;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "whose" };
    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re" };
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal) { "also", "not", "still", "now", "again", "even", "already", "never", "just", "always", "often", "publicly", "privately", "repeatedly", "later", "then" };
    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal) { "whether", "if", "why", "how", "what", "when", "where", "who" };
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "of", "on", "about", "for", "to", "in", "with", "against", "over" };

    public static void Run(IReadOnlyList<PolnearDocument> documents, AttributionTagger tagger, TextWriter output, int top, string? frame, string? reading = null)
    {
        var analyzer = new ArticleAnalyzer(new PipelineOptions { ClaimThreshold = 0 }, tagger);
        var rows = new Dictionary<(string Lemma, string Frame), Row>();
        var frames = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var text = document.Text;
            var article = PlainTextArticle.Build(document.Name, text);
            var dataset = analyzer.Analyze(article);
            var predictedCues = dataset.Attributions.Select(a => (a.Cue.Start, a.Cue.End)).ToList();
            var predictedSources = dataset.Attributions.Select(a => (a.Source.Start, a.Source.End)).ToList();
            var predictedContents = dataset.Attributions.Select(a => (a.Content.Start, a.Content.End)).ToList();
            var cues = document.Attributions.Where(a => a is { Cue: not null, Source: not null }).SelectMany(a => a.Cue!.Ranges).ToList();
            var contents = document.Attributions.SelectMany(a => a.Contents).SelectMany(c => c.Ranges).ToList();
            var missedHeads = new HashSet<int>();
            foreach (var a in document.Attributions.Where(a => a is { Cue: not null, Source: not null }).DistinctBy(a => a.Source!.Key))
                if (!predictedSources.Any(p => p.Start < a.Source!.End && a.Source.Start < p.End)
                    && Tokenizer.Tokens(text, a.Cue!.Start, a.Cue.End).FirstOrDefault(IsContentWord) is { Start: var head })
                    missedHeads.Add(head);
            foreach (var sentence in article.Paragraphs.SelectMany(p => p.Sentences))
            {
                var tokens = Tokenizer.Tokens(text, sentence.Start, sentence.End);
                for (var i = 0; i < tokens.Count; i++)
                {
                    var t = tokens[i];
                    if (!IsContentWord(t)) continue;
                    var listed = IsListed(t.Lower);
                    var key = (WordStem.Of(t.Lower) + (listed ? "" : "*"), FrameOf(tokens, i));
                    var row = rows.TryGetValue(key, out var r) ? r : rows[key] = new Row();
                    var frameKey = $"{key.Item2}, {(listed ? "listed" : "open class")}";
                    var all = frames.TryGetValue(frameKey, out var f) ? f : frames[frameKey] = new Row();
                    var (inCue, tagged) = (Inside(cues, t), Inside(predictedCues, t));
                    foreach (var x in new[] { row, all })
                    {
                        x.Uses++;
                        if (inCue) x.InCue++;
                        if (missedHeads.Contains(t.Start)) x.Missed++;
                        if (tagged) continue;
                        x.Untagged++;
                        if (inCue) x.UntaggedInCue++;
                        else if (Inside(contents, t)) x.UntaggedNested++;
                        if (Inside(predictedContents, t)) continue;
                        x.Free++;
                        if (inCue) x.FreeInCue++;
                        // --lemma L: each free use of that stem, for reading what a rule would tag
                        if (x == row && key.Item1 == reading) output.WriteLine($"  {(inCue ? "CUE " : "    ")}{key.Item2}: {text[Math.Max(0, t.Start - 70)..Math.Min(text.Length, t.End + 50)].Replace('\n', ' ')}");
                    }
                }
            }
        }
        output.WriteLine($"{documents.Count} articles; missed: gold cues (of an attribution with a source) whose source no predicted source overlaps, by their first word that says something (its rough stem; * a word no list of the lexicon holds)");
        output.WriteLine("precision: of the uses DocReport tags no cue on, the share inside a gold cue; nested: the share inside a gold content (a report inside another's, which PolNeAR never marks); free: those uses outside every content DocReport predicts (where a rule could tag), and their share inside a gold cue");
        output.WriteLine($"{"frame, word",-40} {"missed",7} {"in cue",7} {"uses",8} {"untagged",9} {"precision",10} {"nested",7} {"free",6} {"precision",10}");
        foreach (var (name, r) in frames.OrderByDescending(f => f.Value.Missed)) Write(output, name, r);
        output.WriteLine();
        output.WriteLine($"{"lemma / frame",-40} {"missed",7} {"in cue",7} {"uses",8} {"untagged",9} {"precision",10} {"nested",7} {"free",6} {"precision",10}");
        // --frame F: every lemma in that frame with 5 free uses or more, highest free precision first
        var shown = frame is null ? rows.Where(r => r.Value.Missed > 0).OrderByDescending(r => r.Value.Missed)
            : rows.Where(r => (frame == "all" || r.Key.Frame == frame) && r.Value.Free >= 5).OrderByDescending(r => (double)r.Value.FreeInCue / r.Value.Free);
        foreach (var ((lemma, f), r) in shown.ThenBy(r => r.Key.Lemma, StringComparer.Ordinal).Take(top))
            Write(output, $"{lemma} / {f}", r);
    }

    private static void Write(TextWriter output, string name, Row r) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} {r.Missed,7} {r.InCue,7} {r.Uses,8} {r.Untagged,9} {Share(r.UntaggedInCue, r.Untagged),10} {Share(r.UntaggedNested, r.Untagged),7} {r.Free,6} {Share(r.FreeInCue, r.Free),10}"));

    private static string Share(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);

    // a word the lexicon already reads as a cue: a reporting verb or noun, a belief, a stance verb, a speech act, or a word of the tagger's cue list
    private static bool IsListed(string lower) =>
        ReportingCues.IsReportingWord(lower) || ReportingCues.KnownWords.Contains(lower) || BeliefCues.Contains(lower) || StanceVerbs.Pattern.IsMatch(lower) || SpeechActs.Pattern.IsMatch(lower);

    private static bool Inside(List<(int Start, int End)> spans, Token t) => spans.Any(s => s.Start <= t.Start && t.End <= s.End);

    private static bool IsContentWord(Token t) =>
        t.Lower.Length > 1 && t.Lower.All(c => char.IsLetter(c) || c == '-') && !ReportingCues.IsFunctionWord(t.Lower) && !Adverbs.Contains(t.Lower) && !t.Lower.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>The frame of the word at <paramref name="i"/>, first that applies.</summary>
    internal static string FrameOf(List<Token> tokens, int i)
    {
        string At(int k) => k >= 0 && k < tokens.Count ? tokens[k].Lower : "";
        if (At(i) == "according" && At(i + 1) == "to") return "according to";
        var before = i - 1;
        while (before >= 0 && (Adverbs.Contains(At(before)) || At(before).EndsWith("ly", StringComparison.Ordinal))) before--;
        var after = i + 1;
        while (after < tokens.Count && (Adverbs.Contains(At(after)) || At(after).EndsWith("ly", StringComparison.Ordinal))) after++;
        var next = At(after);
        var follows = next == "that" ? "that" : IsQuote(next) || next is ":" || next is "," && IsQuote(At(after + 1)) ? "quotation"
            : next == "to" && !Determiners.Contains(At(after + 1)) ? "to-infinitive" : WhWords.Contains(next) ? "wh-clause" : next == "by" ? "by"
            : Prepositions.Contains(next) ? "preposition" : next is "" or "." or "!" or "?" ? "end" : "object or other";
        if (At(i - 1) is "'s" or "’s" || Determiners.Contains(At(i - 1)) || At(i - 2) == "in" && Determiners.Contains(At(i - 1))) return $"noun + {follows}";
        if (BeForms.Contains(At(before))) return $"be + word + {follows}";
        if (follows is "end" && tokens.Take(i).Skip(Math.Max(0, i - 6)).Any(t => t.Lower == ",")) return "closing after a comma";
        if (follows == "object or other" && tokens.Skip(after).Take(5).TakeWhile(t => t.Lower.Any(char.IsLetter)).Any(t => t.Lower == "that")) return "verb + object + that";
        return $"verb + {follows}";
    }

    private static bool IsQuote(string token) => token is "\"" or "“" or "''" or "``" or "‘" or "'";
}
