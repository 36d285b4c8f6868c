using System.Reflection;
using DocReport.Bench.FieldEval;
using DocReport.Bench.FieldEval.Gold;
using DocReport.Bench.FieldEval.Scoring;

// Scores DocReport's sources, speaker links and claims against the field gold; see README.md.
var arguments = BenchArguments.Parse(args);
if (arguments.Problem is not null)
{
    Console.Error.WriteLine($"fieldeval: {arguments.Problem}");
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/FieldEval -- [--set dev|dev2|dev3|dev4|dev5|mixed|rgate|wgate|heldout|check] [--data DIR] [--trafilatura DIR] [--outputs DIR] [--write-pages DIR] [--errors] [--article ID] [--claims-model DIR] [--listing FILE] [--brief FILE]");
    return 2;
}
var benchFolder = typeof(ArticleOutputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BenchFolder").Value!;
var goldFolder = Path.Combine(benchFolder, "gold", arguments.Set);
if (!Directory.Exists(goldFolder))
{
    Console.Error.WriteLine($"fieldeval: {goldFolder} does not exist");
    return 2;
}
var goldProblems = GoldSums.Problems(goldFolder).Select(p => "GOLD NOT AS FROZEN: " + p).ToList();
var articles = Directory.GetFiles(goldFolder, "*.tsv").Order(StringComparer.Ordinal).Select(GoldFile.Read)
    .Where(a => arguments.Article is null || a.Id == arguments.Article).ToList();
if (articles.Count == 0)
{
    Console.Error.WriteLine($"fieldeval: no gold article{(arguments.Article is null ? "" : " " + arguments.Article)} in {goldFolder}");
    return 2;
}
if (arguments.WritePages is not null)
{
    Directory.CreateDirectory(arguments.WritePages);
    foreach (var article in articles)
        File.Copy(arguments.PagePath(article.Page), Path.Combine(arguments.WritePages, ArticleOutputs.PageName(article.Id, article.Page)), overwrite: true);
    Console.WriteLine($"{articles.Count} pages written to {arguments.WritePages}; convert them with: docreport convert {arguments.WritePages} -o OUTPUTS -f json");
    return 0;
}

if (arguments.Set is "dev" or "dev2" or "dev4" or "dev5" or "mixed") goldProblems.AddRange(GoldOrigin.DevProblems(articles, arguments.Trafilatura));
// The check set is scored as a whole: no line per article and no amendment text, so a change is judged without reading it.
var wholeOnly = BenchArguments.IsGate(arguments.Set);
if (wholeOnly) Console.WriteLine($"gold amendments logged in the {arguments.Set} set: {articles.Sum(a => a.Amendments.Count)}");
else GoldWarnings.PrintAmendments(articles);
GoldWarnings.Print(goldProblems, articles);
var outputs = new ArticleOutputs(arguments.Outputs, arguments.ClaimsModel);
var training = new TrainingSentences(Path.Combine(benchFolder, "..", "ClaimTraining"),
    TrainingSentences.GatePages([.. new[] { "heldout", "check", "dev3", "rgate", "wgate" }.Select(set => Path.Combine(benchFolder, "gold", set))]));
var pooled = ArticleScore.Zero;
var listing = arguments.Listing is null ? null : ListingRows.Open(arguments.Listing);
var briefRows = arguments.Brief is null ? null : new StreamWriter(arguments.Brief);
briefRows?.WriteLine(BriefShown.RowHeader);
var briefTemplate = DocReport.Output.Brief.BriefTemplateLoader.Load("default").Value!;
var brief = BriefShown.Zero;
var failed = new List<string>();
Console.WriteLine($"set {arguments.Set}: {articles.Count} articles, {(arguments.Outputs is null ? "converted in process" : "outputs from " + arguments.Outputs)}{(arguments.ClaimsModel is null ? "" : ", accurate claims from " + arguments.ClaimsModel)}");
if (!wholeOnly) Console.WriteLine(ScoreReport.Header);
foreach (var article in articles)
{
    var (dataset, error) = outputs.For(article.Id, arguments.PagePath(article.Page));
    if (dataset is null)
    {
        var name = wholeOnly ? "an article" : article.Id;
        failed.Add($"{name}: {error}");
        Console.WriteLine($"{name,-28} no dataset: {error}");
        continue;
    }
    var score = ArticleScore.Of(article, dataset, training);
    pooled += score;
    if (!wholeOnly) Console.WriteLine(ScoreReport.Line(article.Id, score));
    if (arguments.Errors) foreach (var item in score.Errors) Console.WriteLine("    " + item);
    if (listing is not null) ListingRows.Write(listing, arguments.Set, article, outputs.Converted!, score.Errors);
    if (briefRows is not null) brief += BriefShown.Of(arguments.Set, article, outputs.Converted!, briefTemplate, briefRows);
}
briefRows?.Dispose();
if (briefRows is not null) brief.Print();
listing?.Dispose();
ScoreReport.PrintPooled(pooled, articles.Count - failed.Count, failed);
GoldWarnings.Print(goldProblems, articles);
return goldProblems.Count > 0 || failed.Count > 0 ? 1 : 0;
