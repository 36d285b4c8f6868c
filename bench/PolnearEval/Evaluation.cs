using System.Diagnostics;
using DocReport.Analysis;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Bench.PolnearEval;

/// <summary>Runs DocReport's analysis on every article of a split and scores its attributions against the annotation.</summary>
internal static class Evaluation
{
    /// <param name="unlinkedPath">With --unlinked FILE: each unlinked attributed sentence with why (<see cref="UnlinkedTally"/>), the counts after the links.</param>
    public static void Run(IReadOnlyList<PolnearDocument> documents, AttributionTagger tagger, TextWriter output, TextWriter log, string? unlinkedPath = null)
    {
        // every sentence a claim, so that links are measured apart from claim detection
        var analyzer = new ArticleAnalyzer(new PipelineOptions { ClaimThreshold = 0 }, tagger);
        var (source, cue, content, links, misses) = (new SpanScore(), new SpanScore(), new SpanScore(), new LinkScore(), new MissTally());
        var pronouns = new PronounTally();
        var (wall, cpu, words) = (TimeSpan.Zero, TimeSpan.Zero, 0L);
        var unlinked = new UnlinkedTally();
        using var unlinkedLog = unlinkedPath is null ? TextWriter.Null : new StreamWriter(unlinkedPath);
        analyzer.Analyze(PlainTextArticle.Build("warm-up", "Warm-up, he said."));
        foreach (var document in documents)
        {
            var article = PlainTextArticle.Build(document.Name, document.Text);
            var (clock, cpuBefore) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);
            var dataset = analyzer.Analyze(article);
            (wall, cpu) = (wall + clock.Elapsed, cpu + Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
            words += document.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            var (gold, predicted) = (document.Attributions, dataset.NamingAttributions().ToList());
            source.Add(document.Text, gold.Select(a => a.Source).OfType<GoldSpan>().Select(s => s.Ranges), predicted.Select(a => Ranges(a.Source)));
            cue.Add(document.Text, gold.Select(a => a.Cue).OfType<GoldSpan>().Select(s => s.Ranges), predicted.Select(a => Ranges(a.Cue)));
            content.Add(document.Text, gold.SelectMany(a => a.Contents).Select(s => s.Ranges), predicted.Select(a => Ranges(a.Content)));
            if (log != TextWriter.Null) MissLog.Write(log, misses, document, article, dataset, tagger.Tag(article, QuotationFinder.Find(article)));
            // an attribution keeps the first of the sources its span names ("Sens. Ana Ruiz and Tom Pell said"); the links count all of them
            var (_, resolved, read) = SourceResolution.Resolve(article, AttributionExtractor.Extract(article, tagger));
            links.Add(dataset, resolved.Select(r => r.Select(e => e.Id).ToList()).ToList(), gold, log);
            if (unlinkedPath is not null) unlinked.Add(document, article, dataset, read.Select(f => f.Moved).ToList(), resolved, unlinkedLog);
            if (log != TextWriter.Null) pronouns.Add(document.Name, document.Text, read, resolved, dataset, gold);
        }
        output.WriteLine($"{documents.Count} articles, {words} words");
        output.WriteLine($"{"role",-8} {"gold",6} {"pred",6} {"exact P",8} {"R",6} {"F1",6} {"overlap P",10} {"R",6} {"F1",6}");
        foreach (var (name, s) in new[] { ("source", source), ("cue", cue), ("content", content) })
            output.WriteLine($"{name,-8} {s.Gold,6} {s.Predicted,6} {s.Precision(s.Exact),8:0.000} {s.Recall(s.Exact),6:0.000} {s.ExactF1,6:0.000} {s.Precision(s.Overlap),10:0.000} {s.Recall(s.Overlap),6:0.000} {s.OverlapF1,6:0.000}");
        output.WriteLine($"attributed sentences {links.Attributed}: linked to the right source {Share(links.Right, links.Attributed)}, to a wrong one {Share(links.Wrong, links.Attributed)}, unlinked {Share(links.Unlinked, links.Attributed)}; " +
                         $"links right {Share(links.Right, links.Right + links.Wrong + links.LinkedOutside)} of linked sentences ({links.LinkedOutside} linked outside any gold content)");
        output.WriteLine($"attributed sentences read as FieldEval's speaker sentences (any attribution on the sentence): right {Share(links.SpeakerRight, links.Attributed)}, wrong {Share(links.SpeakerWrong, links.Attributed)}, unlinked {Share(links.SpeakerUnlinked, links.Attributed)}");
        if (log != TextWriter.Null)
        {
            misses.Write(output);
            pronouns.Write(output);
            pronouns.WriteExamples(log);
        }
        if (unlinkedPath is not null) unlinked.Write(output);
        output.WriteLine($"analyse: {wall.TotalMilliseconds / documents.Count:0.00} ms wall, {cpu.TotalMilliseconds / documents.Count:0.00} ms CPU per article ({words / documents.Count} words on average)");
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : $"{(double)part / whole:0.000} ({part})";

    private static IReadOnlyList<(int, int)> Ranges(Span span) => [(span.Start, span.End)];
}
