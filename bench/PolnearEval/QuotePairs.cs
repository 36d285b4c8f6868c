using DocReport.Analysis;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Round 35: how the quotation finder pairs marks, against PolNeAR's quoted contents. Each gold content range that opens with a
/// quotation mark and ends with a closing one (the quoted piece of a report, "“A,” she said, “B.”" being two) is compared with
/// the quotation the finder opens at its mark (<see cref="QuotationFinder.Find"/> with doubled marks, as the attaching reads them):
/// the same (its end within two characters), cut short (ended at an inner or another closing mark, or at a paragraph's end), run
/// over (on past the gold closing mark), or missed (no quotation opens there: inside another one, or a mark not read as opening).
/// Each found quotation that holds a gold cue standing outside every gold content (the narrator's words: "“A,” she said. “B.”"
/// read as one quotation) is counted too, by the marks it pairs. One line a case to FILE.
/// </summary>
internal static class QuotePairs
{
    private const string Opening = "\"“„«‘‚'";
    private const string Closing = "\"”“»’‘'";

    public static void Run(IReadOnlyList<PolnearDocument> documents, AttributionTagger tagger, TextWriter output, TextWriter log)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Count(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
        var quotationsFound = 0;
        var carried = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var text = document.Text;
            var article = PlainTextArticle.Build(document.Name, text);
            var quotations = QuotationFinder.Find(article, doubled: true);
            quotationsFound += quotations.Count;
            Carried(document, article, tagger, carried, log);
            var contents = document.Attributions.SelectMany(a => a.Contents).SelectMany(c => c.Ranges).ToList();
            var cues = document.Attributions.Where(a => a.Cue is not null).SelectMany(a => a.Cue!.Ranges).ToList();
            foreach (var q in quotations)
            {
                var outside = cues.Where(c => c.Start > q.Start && c.End < q.End && !contents.Any(r => r.Start <= c.Start && c.End <= r.End)).ToList();
                if (outside.Count == 0) continue;
                var kind = $"found quotation over a narrator's cue: {Pair(text, q)}{(Paragraphs(text, q.Start, q.End) > 1 ? ", over paragraphs" : "")}";
                Count(kind);
                log.WriteLine($"{kind}\t{document.Name}\t{q.Start}\tcue <{text[outside[0].Start..outside[0].End]}>\t{Around(text, q.Start, q.End)}");
            }
            foreach (var range in contents.Distinct())
            {
                var (start, end) = Trim(text, range.Start, range.End);
                if (end - start < 3 || !Opening.Contains(text[start]) || !Closing.Contains(text[end - 1])) continue;
                // a range holding its own cue is no quoted piece ("“A,” she said, “B.”" as one range)
                if (cues.Any(c => c.Start >= start && c.End <= end && !InsideMarks(text, start, c.Start))) continue;
                if (text[start] == '\'' && !(start + 1 < end && text[start + 1] == '\'')) continue;
                var goldMarks = $"{Mark(text, start)}...{CloseMark(text, end)}";
                var q = quotations.FirstOrDefault(x => x.Start == start || x.Start == start + 1 && text[start] == '\'');
                string kind;
                if (q is null)
                {
                    var holder = quotations.FirstOrDefault(x => x.Start < start && start < x.End);
                    kind = holder is not null ? $"missed: inside a quotation found from {Pair(text, holder)}" : $"missed: {goldMarks} not read";
                }
                else if (Math.Abs(q.End - end) <= 2) kind = "same";
                else if (q.End < end)
                    kind = $"cut short: {Pair(text, q)} (gold {goldMarks}){(Paragraphs(text, start, end) > Paragraphs(text, q.Start, q.End) ? ", gold over paragraphs" : "")}";
                else kind = $"run over: {Pair(text, q)} (gold {goldMarks}){(Paragraphs(text, q.Start, q.End) > Paragraphs(text, start, end) ? ", found over paragraphs" : "")}";
                Count(kind);
                if (kind != "same")
                    log.WriteLine($"{kind}\t{document.Name}\t{start}\tgold [{Flat(text[start..end])}]\tfound [{(q is null ? "" : Flat(text[q.Start..Math.Min(q.End, q.Start + 400)]))}]");
            }
        }
        output.WriteLine("quotations given to a speaker named in another sentence (carried on, or after a narration), against the gold source over them:");
        foreach (var (key, n) in carried) output.WriteLine($"  {n,6}  {key}");
        output.WriteLine($"{documents.Count} articles, {quotationsFound} quotations found; gold quoted content ranges against them:");
        foreach (var (key, n) in counts) output.WriteLine($"  {n,6}  {key}");
    }

    // Each quotation an attribution holds outside its own sentence: right when a gold attribution over the quotation has a source
    // span the attribution's source overlaps or resolves as, another's when the gold sources over it resolve otherwise, none when
    // no gold content covers it; by where it stands from the speaker's sentence
    private static void Carried(PolnearDocument document, DocReport.Model.Article article, AttributionTagger tagger, SortedDictionary<string, int> counts, TextWriter log)
    {
        var text = document.Text;
        var extracted = AttributionExtractor.Extract(article, tagger);
        var (_, resolved, found) = SourceResolution.Resolve(article, extracted);
        var paragraphStarts = article.Paragraphs.Select(p => p.Start).ToArray();
        int ParagraphOf(int at) => Array.FindLastIndex(paragraphStarts, s => s <= at);
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            var ids = resolved[i].Select(e => e.Id).ToHashSet();
            foreach (var q in f.Quotations.Where(q => q.Start >= f.Sentence.End || q.End <= f.Sentence.Start))
            {
                var gold = document.Attributions.Where(a => a.Source is not null && a.Contents.Any(c => c.Ranges.Any(r => r.Start < q.End - 1 && q.Start + 1 < r.End))).ToList();
                string verdict;
                if (gold.Count == 0) verdict = "no gold content";
                else if (gold.Any(a => a.Source!.Start < f.Source.End && f.Source.Start < a.Source.End)) verdict = "right";
                else
                {
                    var goldIds = gold.SelectMany(a => Enumerable.Range(0, found.Count).Where(j => found[j].Source.Start < a.Source!.End && a.Source.Start < found[j].Source.End)
                        .SelectMany(j => resolved[j].Select(e => e.Id))).ToHashSet();
                    verdict = goldIds.Overlaps(ids) ? "right" : goldIds.Count == 0 ? "gold source unresolved" : "another's";
                }
                var distance = ParagraphOf(q.Start) - ParagraphOf(f.Sentence.Start);
                var where = f.SpokenIn is not null ? "after a narration" : distance == 0 ? "same paragraph" : distance == 1 ? "next paragraph" : "later paragraph";
                var key = $"{where}: {verdict}";
                counts[key] = counts.GetValueOrDefault(key) + 1;
                if (verdict is not "right" || where is not "same paragraph")
                    log.WriteLine($"carried {key}\t{document.Name}\t{q.Start}\tspeaker [{f.Source.Text}] <{f.Cue.Text}> gold [{string.Join(" | ", gold.Select(a => text[a.Source!.Start..a.Source.End]))}]\t{Flat(text[Math.Max(0, f.Sentence.Start)..Math.Min(q.End, f.Sentence.Start + 700)])}");
            }
        }
    }

    private static string Pair(string text, Quotation q) =>
        $"{Mark(text, q.Start)}...{(q.End > 0 && Closing.Contains(text[q.End - 1]) ? CloseMark(text, q.End) : "(none)")}";

    private static string Mark(string text, int at) => at + 1 < text.Length && text[at] == '\'' && text[at + 1] == '\'' ? "''" : text[at].ToString();

    private static string CloseMark(string text, int end) => end >= 2 && text[end - 1] == '\'' && text[end - 2] == '\'' ? "''" : text[end - 1].ToString();

    private static bool InsideMarks(string text, int start, int at) => Quotation.OpenIn(text.AsSpan(start, at - start));

    private static int Paragraphs(string text, int start, int end) => text.AsSpan(start, end - start).TrimEnd().Count('\n') + 1;

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',')) end--;
        return (start, end);
    }

    private static string Flat(string s) => s.Replace('\n', '/').Replace('\t', ' ');

    private static string Around(string text, int start, int end) =>
        Flat(text[Math.Max(0, start - 80)..start] + "[[" + text[start..Math.Min(end, start + 500)] + "]]" + text[end..Math.Min(text.Length, end + 60)]);
}
