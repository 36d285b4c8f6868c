using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocReport.Structure;

// Measures BoilerplateFilter on the Readability.js test pages:
//  - false positives: lines of the extracted article (expected.html) it calls furniture, and characters it
//    removes from the article's lists and tables copied as text, one item a line;
//  - sentences: how SentenceSplitter cuts the article's English paragraphs, and the pieces where false splits
//    show: one or two words (rarely a sentence), or ending in a short capitalised word (perhaps an abbreviation);
//  - template removal: each outermost <nav>, <footer>, <aside>, <header> of the page (source.html) as a scraper
//    would copy it, one text node a line; the share of its characters the filter removes.
// Usage: dotnet run --project bench/StructureEval -- ../shared/data/readability-pages
// Set SHOW_REMOVED=1 to print the article lists and tables it cuts into.
// `-- readers` measures the Markdown and PDF readers instead (ReaderFidelity.cs), `-- pre READABILITY TRAFILATURA` the HTML
// reader's <pre> blocks (PreformattedBlocks.cs), `-- made bench/StructureEval/made` the made-up inputs against the structure
// each should give (MadeInputs.cs).
if (args is ["readers", ..]) return DocReport.Bench.StructureEval.ReaderFidelity.Run(args[1..]);
if (args is ["made", var folder, ..]) return DocReport.Bench.StructureEval.MadeInputs.Run(folder, args is [_, _, "--write", var to] ? to : null);
if (args is ["dump", ..]) return DocReport.Bench.StructureEval.ReadersDump.Dump(args[1..]);
if (args is ["timelines", ..]) return DocReport.Bench.StructureEval.ReadersDump.TimeLines(args[1..]);
if (args is ["pre", var readability, var trafilatura]) return DocReport.Bench.StructureEval.PreformattedBlocks.Run(readability, trafilatura);
var root = args.Length > 0 ? args[0] : "../shared/data/readability-pages";
var showRemoved = Environment.GetEnvironmentVariable("SHOW_REMOVED") is not null;
var parser = new HtmlParser();
var filter = BoilerplateFilter.Default;
int articleLines = 0, falsePositives = 0, pages = 0;
long templateChars = 0, templateRemoved = 0, listChars = 0, listRemoved = 0;
var falseExamples = new List<string>();
int paragraphs = 0, sentences = 0, fragments = 0;
var fragmentExamples = new List<string>();

foreach (var page in Directory.GetDirectories(root).Order())
{
    var expected = Path.Combine(page, "expected.html");
    var source = Path.Combine(page, "source.html");
    if (!File.Exists(expected) || !File.Exists(source)) continue;
    pages++;
    var article = parser.ParseDocument(File.ReadAllText(expected));
    foreach (var list in article.QuerySelectorAll("ul, ol, table"))
    {
        var (chars, removed) = Removal(list.QuerySelectorAll("li, td, th"), showRemoved);
        listChars += chars;
        listRemoved += removed;
    }
    foreach (var text in Texts(article, "p, li, h1, h2, h3, h4, h5, h6, blockquote, td, figcaption"))
    {
        articleLines++;
        if (!filter.IsFurniture(text)) continue;
        falsePositives++;
        if (falseExamples.Count < 100) falseExamples.Add($"{Path.GetFileName(page)}: {text}");
    }
    var english = File.ReadAllText(Path.Combine(page, "expected-metadata.json")).Contains("\"lang\": \"en", StringComparison.OrdinalIgnoreCase);
    foreach (var paragraph in english ? Texts(article, "p") : [])
    {
        paragraphs++;
        var pieces = SentenceSplitter.Default.Split(paragraph, 0, paragraph.Length).Select(r => paragraph[r.Start..r.End]).ToList();
        sentences += pieces.Count;
        foreach (var piece in pieces.SkipLast(1).Where(p => p.Split(' ').Length <= 2 || EndsInShortCapitalisedWord(p)))
        {
            fragments++;
            if (fragmentExamples.Count < 60) fragmentExamples.Add($"{Path.GetFileName(page)}: [{piece}] in {paragraph[..Math.Min(160, paragraph.Length)]}");
        }
    }
    foreach (var region in TemplateRegions(parser.ParseDocument(File.ReadAllText(source))))
    {
        var (chars, removed) = Removal(region.Descendants<IText>(), false);
        templateChars += chars;
        templateRemoved += removed;
    }
}

Console.WriteLine($"pages: {pages}");
Console.WriteLine($"article lines: {articleLines}, called furniture: {falsePositives} ({Percent(falsePositives, articleLines)})");
Console.WriteLine($"article list and table characters: {listChars}, removed: {listRemoved} ({Percent(listRemoved, listChars)})");
Console.WriteLine($"template characters: {templateChars}, removed: {templateRemoved} ({Percent(templateRemoved, templateChars)})");
Console.WriteLine($"English paragraphs: {paragraphs}, sentences: {sentences}, pieces of one or two words or ending in a short capitalised word: {fragments}");
Console.WriteLine("article lines called furniture (first 100):");
foreach (var example in falseExamples) Console.WriteLine("  " + example);
Console.WriteLine("suspect pieces (first 60):");
foreach (var example in fragmentExamples) Console.WriteLine("  " + example);
return 0;

static IEnumerable<string> Texts(IDocument document, string selector) =>
    document.QuerySelectorAll(selector)
        .Select(e => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        .Where(t => t.Length > 0);

// Characters of the texts copied one a line into a block, and how many of them the filter removes.
(long Chars, long Removed) Removal(IEnumerable<INode> nodes, bool show)
{
    var lines = string.Join('\n', nodes.Select(n => n.TextContent)
        .Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        .Where(t => t.Length > 0));
    var kept = filter.Filter(new DocReport.Model.Block(DocReport.Model.BlockKind.Paragraph, lines))?.Text ?? "";
    if (show && lines.Length > kept.Length)
        Console.WriteLine($"removed from: {lines.Replace('\n', '¶')[..Math.Min(300, lines.Length)]}");
    return (lines.Length, lines.Length - kept.Length);
}

static IEnumerable<IElement> TemplateRegions(IDocument document)
{
    const string selector = "nav, footer, aside, header, [role=navigation]";
    return document.QuerySelectorAll(selector).Where(e => e.ParentElement?.Closest(selector) is null);
}

// "... by Gen." or "... in Calif.": a piece cut after a short capitalised word may have been cut at an abbreviation.
static bool EndsInShortCapitalisedWord(string piece) =>
    System.Text.RegularExpressions.Regex.IsMatch(piece, @"(^|\s)[A-Z][a-z]{0,3}\.$");

static string Percent(long part, long whole) => whole == 0 ? "-" : $"{100.0 * part / whole:F2}%";
