using System.Globalization;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>The share of sentences flagged as claims in whole documents: per document, their mean, and over all of them.</summary>
internal static class FlaggedShare
{
    public static void Run(IReadOnlyList<string> inputs, ClaimDetection claims)
    {
        var pipeline = new PipelineBuilder().UseOptions(new PipelineOptions { Claims = claims }).Build();
        var files = inputs.SelectMany<string, string>(i => Directory.Exists(i) ? Directory.GetFiles(i, "*", SearchOption.AllDirectories).Where(IsArticle).Order(StringComparer.Ordinal) : [i]);
        int sentences = 0, flagged = 0, documents = 0, overSixty = 0;
        var shareSum = 0.0;
        foreach (var file in files)
        {
            if (pipeline.Convert(file).Dataset is not { } dataset) continue;
            var all = dataset.Paragraphs.Sum(p => p.Sentences.Count);
            var share = all == 0 ? 0 : (double)dataset.Claims.Count / all;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{share,7:P1}  {dataset.Claims.Count,4}/{all,-4}  {file}"));
            sentences += all;
            flagged += dataset.Claims.Count;
            documents++;
            shareSum += share;
            if (share > 0.6) overSixty++;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all: {flagged}/{sentences} = {(double)flagged / Math.Max(1, sentences):P1} flagged in {documents} documents; mean per document {shareSum / Math.Max(1, documents):P1}; {overSixty} documents over 60%"));
    }

    // Readability pages keep the page as source.html beside expected.html, which is Readability's own output.
    private static bool IsArticle(string path) =>
        Path.GetExtension(path) is ".txt" or ".md" or ".html" or ".docx" or ".pdf" && Path.GetFileName(path) is not ("expected.html" or "README.md" or "LICENSE.md");
}
