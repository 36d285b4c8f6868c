using System.Globalization;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Every sentence of each labelled news page as the library reads it (round 36): the pages of the news files given (the
/// gates' pages and the test part's never converted) run through DocReport's pipeline, one line a sentence with its claim score, whether it is
/// flagged, and its text. news-train labels one to six sentences a page, so what a page's own scores say of its kind (the
/// per-page calibration tried in round 36) must come from all its sentences, which only a conversion gives.
/// </summary>
internal static class PageProfiles
{
    public static void Run(IReadOnlyList<string> files, GatedPages gates, IReadOnlyList<string> folders, string output)
    {
        var pipeline = new PipelineBuilder().Build();
        var pages = files.SelectMany(f => NewsSet.Read(f)).Where(s => s.Split != "test").Select(s => s.Page).Where(p => gates.Reason(p) is null).Distinct(StringComparer.Ordinal).ToList();
        using var writer = new StreamWriter(output);
        writer.WriteLine("# page\tscore\tflagged\tsentence");
        var missing = 0;
        foreach (var page in pages)
        {
            var path = NewsContexts.Locate(folders, page);
            var sentences = path is null ? null : pipeline.Convert(path).Dataset?.Paragraphs.SelectMany(p => p.Sentences).ToList();
            if (sentences is not { Count: > 0 })
            {
                missing++;
                continue;
            }
            foreach (var s in sentences)
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page}\t{s.Score:F4}\t{(s.IsClaim ? "Yes" : "No")}\t{NewsContexts.Key(s.Text)}"));
        }
        Console.WriteLine($"{pages.Count - missing} of {pages.Count} pages read into {output}; {missing} not found or empty");
    }
}
