using System.Globalization;
using System.Reflection;
using DocReport.Pipeline;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>
/// The fresh set (fresh/freshdata.json, round 37): the 43 pages of trafilatura's archive that evaldata.json does not
/// annotate, labelled by us from their HTML alone. A gate: only totals are printed (body snippets as the other rows, and
/// the date, title and author each page shows), never a page's misses or text.
/// </summary>
internal static class FreshSet
{
    public static void Print(string root)
    {
        var pages = EvalPage.Load(root, Annotations());
        var extraction = new PageExtraction();
        var body = SnippetCounts.Zero;
        var withTitle = SnippetCounts.Zero;
        int failures = 0, datesRight = 0, datesOf = 0, datesUnshown = 0, undatedPages = 0, titlesRight = 0, authorsRight = 0, authorsOf = 0, authorsUnshown = 0;
        var output = new System.Text.StringBuilder();
        foreach (var page in pages)
        {
            var (document, article) = extraction.Of(page, SourceFile.Load(page.Path));
            if (article is null) failures++;
            var text = article is null ? null : DatasetText.Of(article, withTitle: false);
            body += SnippetCounts.OfPage(text, page.With, page.Without);
            withTitle += SnippetCounts.OfPage(article is null ? null : DatasetText.Of(article, withTitle: true), page.With, page.Without);
            var published = document?.Metadata.Published;
            var authors = document?.Metadata.Authors ?? [];
            output.Append(text).Append(published).Append(document?.Metadata.Title).AppendJoin(";", authors).Append('\u0001');
            if (page.Date is null) { undatedPages++; datesUnshown += published is null ? 0 : 1; }
            else { datesOf++; datesRight += published?.StartsWith(page.Date, StringComparison.Ordinal) == true ? 1 : 0; }
            titlesRight += LabelMatch.Same(document?.Metadata.Title, page.Title) ? 1 : 0;
            if (page.Author is null) authorsUnshown += authors.Count > 0 ? 1 : 0;
            else { authorsOf++; authorsRight += LabelMatch.SameNames(authors, page.Author.Split("; ")) ? 1 : 0; }
        }
        Console.WriteLine($"fresh set ({pages.Count} pages, our labels, bench/TrafilaturaEval/fresh): a gate, totals only; no article: {failures}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"body: P {body.Precision:0.000} R {body.Recall:0.000} accuracy {body.Accuracy:0.000} F1 {body.F1:0.000}; snippets kept wrongly / missed: {body.FalsePositives} / {body.FalseNegatives}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"body with the title as a first line: P {withTitle.Precision:0.000} R {withTitle.Recall:0.000} F1 {withTitle.F1:0.000}"));
        Console.WriteLine($"dates right: {Share(datesRight, datesOf)}; a date given where the page shows none: {datesUnshown}/{undatedPages}");
        Console.WriteLine($"titles right (the headline shown; white space and case ignored): {Share(titlesRight, pages.Count)}");
        Console.WriteLine($"authors right (the names of the byline, any order, case ignored): {Share(authorsRight, authorsOf)}; an author given where the page shows no byline: {authorsUnshown}/{pages.Count - authorsOf}");
        Console.WriteLine($"output digest: fresh {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(output.ToString())))[..16]}");
    }

    /// <summary>The repository's fresh/freshdata.json, whose place the build records (TrafilaturaEval.csproj).</summary>
    private static string Annotations() =>
        Assembly.GetEntryAssembly()?.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "FreshSet")?.Value
        ?? throw new InvalidOperationException("this program does not know where bench/TrafilaturaEval/fresh/freshdata.json is");

    private static string Share(int right, int of) =>
        string.Create(CultureInfo.InvariantCulture, $"{right}/{of} = {(of == 0 ? 0 : 100.0 * right / of):0.0}%");
}
