using System.Diagnostics;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Model;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// CPU time per article of each step of attribution finding, to see where the time goes: one thread, after a warm-up,
/// the least of fifteen rounds over all the articles (the machine is shared, so a round's time is the time plus others' load).
/// </summary>
internal static class SpeedProbe
{
    private const int Rounds = 15;

    /// <summary><paramref name="loadTagger"/> reads the weights (embedded, or a folder's): its first call is timed as the process's load.</summary>
    public static void Run(IReadOnlyList<PolnearDocument> documents, Func<AttributionTagger> loadTagger, TextWriter output)
    {
        var (cpu, held) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalMemory(forceFullCollection: true));
        var tagger = loadTagger();
        var loaded = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        output.WriteLine($"{"load tagger weights (once)",-32} {loaded,8:0.00} ms CPU, {(GC.GetTotalMemory(forceFullCollection: true) - held) / 1048576.0:0.0} MB held");
        var articles = documents.Select(d => PlainTextArticle.Build(d.Name, d.Text)).ToList();
        var steps = new (string Name, Action<Article> Run)[]
        {
            ("quotations", a => QuotationFinder.Find(a)),
            ("tokens", a => { var q = QuotationFinder.Find(a); foreach (var (p, i) in a.Paragraphs.Select((p, i) => (p, i))) _ = new ParagraphTokens(a.Text, p, i, q); }),
            ("tagger (both passes)", a => tagger.Tag(a, QuotationFinder.Find(a))),
            ("rules", a => AttributionRules.Extract(a, QuotationFinder.Find(a))),
            ("extract (tagger+rules+attach)", a => AttributionExtractor.Extract(a, tagger)),
            ("whole analysis", a => new DocReport.Analysis.ArticleAnalyzer(new DocReport.Pipeline.PipelineOptions(), tagger).Analyze(a)),
        };
        foreach (var (name, run) in steps)
        {
            foreach (var a in articles.Take(3)) run(a);
            var least = Enumerable.Range(0, Rounds).Min(_ =>
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var a in articles) run(a);
                return (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / articles.Count;
            });
            output.WriteLine($"{name,-32} {least,8:0.00} ms CPU per article");
        }
    }
}
