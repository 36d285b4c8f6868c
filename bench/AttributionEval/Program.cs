using DocReport.Bench.AttributionEval;
using DocReport.Pipeline;

// Scores attribution extraction, source kinds and claim links on the annotated articles.
// Usage: dotnet run --project bench/AttributionEval -- [articles-folder] [--verbose]
var verbose = args.Contains("--verbose");
var folder = args.FirstOrDefault(a => !a.StartsWith("--")) ?? Path.Combine(AppContext.BaseDirectory, "articles");
var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
var log = verbose ? Console.Out : TextWriter.Null;
// Threshold 0 makes every sentence a claim, so claim links measure linking rather than claim detection.
var linkOptions = new PipelineOptions { ClaimThreshold = 0 };
var total = new Tally();
Console.WriteLine($"{"article",-32} {"exp",4} {"pred",4} {"P",6} {"R",6} {"F1",6} {"kind",6} {"links P",8} {"links R",8}");
foreach (var file in files)
{
    var annotated = AnnotatedArticle.Load(file);
    if (verbose) Console.WriteLine($"{annotated.File}");
    var tally = Evaluator.Score(annotated, linkOptions, log);
    total.Add(tally);
    Console.WriteLine($"{annotated.File,-32} {tally.Expected,4} {tally.Predicted,4} {tally.Precision,6:0.000} {tally.Recall,6:0.000} {tally.F1,6:0.000} {Tally.Ratio(tally.KindRight, tally.Matched),6:0.000} {tally.LinkPrecision,8:0.000} {tally.LinkRecall,8:0.000}");
}
Console.WriteLine();
Console.WriteLine($"articles: {files.Count}, expected attributions: {total.Expected}, predicted: {total.Predicted}, matched: {total.Matched}");
Console.WriteLine($"attribution source  precision {total.Precision:0.000}  recall {total.Recall:0.000}  F1 {total.F1:0.000}");
Console.WriteLine($"exact source span   {Tally.Ratio(total.Exact, total.Matched):0.000} of matched ({Tally.Ratio(total.ExactModuloDeterminer, total.Matched):0.000} ignoring a leading determiner)");
Console.WriteLine($"source kind         accuracy {Tally.Ratio(total.KindRight, total.Matched):0.000} of matched");
Console.WriteLine($"merged source name  accuracy {Tally.Ratio(total.NameRight, total.Matched):0.000} of matched");
Console.WriteLine($"claim links         precision {total.LinkPrecision:0.000}  recall {total.LinkRecall:0.000}  ({total.LinksMatched}/{total.LinksPredicted} predicted, {total.LinksMatched}/{total.LinksExpected} expected; every sentence a claim)");
