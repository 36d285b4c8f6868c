using System.Globalization;
using AngleSharp.Html.Parser;
using DocReport.Pipeline;
using DocReport.Reading;
using DocReport.Reading.Html;
using DocReport.Structure;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>
/// Trains a <see cref="BlockFurnitureModel"/> on the dev-a pages (round 19; tried and not kept, see README.md). Each block is
/// labelled from its page's snippets: one holding a `with` snippet is text, one holding only `without` snippets furniture,
/// the rest unlabelled (weighed <see cref="BlockTrainingSettings.UnlabelledWeight"/> as text). The blocks are those the HTML
/// reader keeps ("content") or every block of the page's body ("page"). Each threshold is scored by five-fold cross-validation
/// on dev-a, the whole pipeline run on each fold's pages with the model trained on the other four; the F1-best is written.
/// </summary>
internal static class BlockTraining
{
    private const int Folds = 5;
    private static readonly double[] Thresholds = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01];

    public static void Run(IReadOnlyList<EvalPage> pages, string weightsPath, BlockTrainingSettings settings)
    {
        var train = pages.Where(p => p.Half == "dev-a").ToList();
        var examples = train.ToDictionary(p => p, p => settings.WholePage ? PageExamples(p) : ContentExamples(p));
        var all = examples.Values.SelectMany(e => e).ToList();
        Console.WriteLine($"dev-a ({settings}): {all.Count} blocks, {all.Count(e => e.Label == true)} furniture, {all.Count(e => e.Label == false)} text, {all.Count(e => e.Label is null)} unlabelled");
        var foldModels = Enumerable.Range(0, Folds).Select(k => FitPages(train.Where(p => Fold(p) != k).Select(p => examples[p]).ToList(), settings)).ToList();
        var best = (Threshold: Thresholds[^1], F1: -1.0);
        foreach (var threshold in Thresholds)
        {
            var counts = SnippetCounts.Zero;
            for (var k = 0; k < Folds; k++)
                counts += Measure(train.Where(p => Fold(p) == k), foldModels[k].WithThreshold(threshold).Selector);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"threshold {threshold:0.00}: dev-a cross-validated P {counts.Precision:0.000} R {counts.Recall:0.000} F1 {counts.F1:0.0000}, kept wrongly {counts.FalsePositives}, missed {counts.FalseNegatives}"));
            if (counts.F1 > best.F1 + 1e-9) best = (threshold, counts.F1);
        }
        var model = FitPages([.. examples.Values], settings).WithThreshold(best.Threshold);
        model.Write(weightsPath, $"bench/TrafilaturaEval --train-blocks ({settings}); threshold F1-best by {Folds}-fold cross-validation on dev-a");
        Console.WriteLine($"threshold {best.Threshold}; weights written to {weightsPath}");
    }

    // One model on these pages' blocks; stacked, a second one over the first's out-of-fold decisions on the same pages.
    private static BlockFurnitureModel FitPages(IReadOnlyList<List<(string[] Features, bool? Label)>> pages, BlockTrainingSettings settings)
    {
        var first = Fit(pages.SelectMany(p => p), settings);
        if (!settings.Stacked) return first;
        var stacked = new List<(string[] Features, bool? Label)>();
        for (var k = 0; k < Folds; k++)
        {
            var inner = Fit(pages.Where((_, i) => i % Folds != k).SelectMany(p => p), settings);
            foreach (var page in pages.Where((_, i) => i % Folds == k))
            {
                var decisions = inner.Scores([.. page.Select(e => e.Features)]);
                stacked.AddRange(page.Select((e, i) => ((string[])[.. e.Features, .. NeighbourDecisions.Of(decisions, i)], e.Label)));
            }
        }
        return Fit(stacked, settings).StackedOn(first);
    }

    private static BlockFurnitureModel Fit(IEnumerable<(string[] Features, bool? Label)> examples, BlockTrainingSettings settings)
    {
        var (weights, bias) = BlockRegression.Train(examples
            .Select(e => (e.Features, e.Label == true, e.Label switch { true => settings.FurnitureWeight, false => 1.0, null => settings.UnlabelledWeight }))
            .Where(e => e.Item3 > 0).ToList(), settings.L2);
        return new BlockFurnitureModel(weights, bias, 1);
    }

    // The third byte of the URL's SHA-256: the first two choose the half (TrafilaturaHalves).
    private static int Fold(EvalPage page) => System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(page.Url))[2] % Folds;

    // The blocks the HTML reader keeps on a page (the last attempt's, when it reads a page twice).
    private static List<(string[] Features, bool? Label)> ContentExamples(EvalPage page)
    {
        var recorded = new List<(string[] Features, bool? Label)>();
        BlockSelector record = (blocks, content, title) =>
        {
            recorded = Labelled(page, blocks, content, title);
            return blocks.Select(b => b.Block);
        };
        new FormatDetectingReader(new PipelineOptions(), record).Read(SourceFile.Load(page.Path));
        return recorded;
    }

    // Every block of the page's body, scripts, styles and hidden elements left out as the reader does.
    private static List<(string[] Features, bool? Label)> PageExamples(EvalPage page)
    {
        var file = SourceFile.Load(page.Path);
        var document = new HtmlParser().ParseDocument(FormatSniffer.Detect(file.Bytes, ".html").Value?.Text ?? "");
        DocumentPreparer.Prepare(document);
        return document.Body is { } body ? Labelled(page, BlockCollector.CollectOwned(body, null), body, document.Title) : [];
    }

    // Each block's features and label (true: furniture, false: text, null: no snippet).
    private static List<(string[] Features, bool? Label)> Labelled(EvalPage page, IReadOnlyList<OwnedBlock> blocks, AngleSharp.Dom.IElement content, string? title)
    {
        var features = BlockFeatures.Of(blocks, content, title);
        return blocks.Select((b, i) =>
        {
            var text = SnippetCounts.Normalize(b.Block.Text);
            bool Holds(string snippet) => text.Contains(SnippetCounts.Normalize(snippet), StringComparison.Ordinal);
            return (features[i], page.With.Any(Holds) ? false : page.Without.Any(Holds) ? true : (bool?)null);
        }).ToList();
    }

    private static SnippetCounts Measure(IEnumerable<EvalPage> pages, BlockSelector selector)
    {
        var reader = new FormatDetectingReader(new PipelineOptions(), selector);
        var builder = new ArticleBuilder();
        var counts = SnippetCounts.Zero;
        foreach (var page in pages)
        {
            var document = reader.Read(SourceFile.Load(page.Path)).Value;
            var article = document is null ? null : builder.Build(document).Value;
            counts += SnippetCounts.OfPage(article is null ? null : DatasetText.Of(article, withTitle: false), page.With, page.Without);
        }
        return counts;
    }
}

/// <summary>How <see cref="BlockTraining"/> trains: from which blocks, the weight of a furniture and of an unlabelled block, and L2.</summary>
internal sealed record BlockTrainingSettings(bool WholePage, double FurnitureWeight, double UnlabelledWeight, double L2, bool Stacked)
{
    /// <summary>"--blocks content|page", "--furniture-weight W", "--unlabelled-weight W", "--l2 X"; round 19's best by cross-validation by default.</summary>
    public static BlockTrainingSettings From(IReadOnlyList<string> args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        double Number(string name, double fallback) => Value(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new(Value("--blocks") == "page", Number("--furniture-weight", 1), Number("--unlabelled-weight", 0), Number("--l2", 0.01), args.Contains("--stacked"));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"blocks {(WholePage ? "page" : "content")}, furniture weight {FurnitureWeight}, unlabelled weight {UnlabelledWeight}, L2 {L2}{(Stacked ? ", stacked on neighbours' decisions" : "")}");
}
