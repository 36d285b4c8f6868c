using System.Text.Json;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Draws the news evaluation sentences: the Readability.js test pages in English, each converted by DocReport's own
/// pipeline, and a fixed number of its sentences drawn at random (furniture and captions included, as they reach the
/// dataset). Each article goes whole to the dev or the test part, by a hash of its folder name.
/// </summary>
internal static class NewsSampling
{
    // Pages with no language in their metadata count as English when these words make up a fifth of their words.
    private static readonly HashSet<string> EnglishFunctionWords = ["the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with"];

    public static void Run(string pagesDirectory, int perArticle, string output)
    {
        var pipeline = new PipelineBuilder().Build();
        var lines = new List<string> { "# split\tarticle\tsentence\tlabel\ttext" };
        foreach (var folder in Directory.GetDirectories(pagesDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var dataset = pipeline.Convert(Path.Combine(folder, "source.html")).Dataset;
            if (dataset is null || !IsEnglish(folder, dataset.Text) || dataset.Text.Contains("Lorem ipsum", StringComparison.OrdinalIgnoreCase)) continue;
            var sentences = dataset.Paragraphs.SelectMany(p => p.Sentences).ToList();
            var random = new Random(StableHash(name));
            var drawn = sentences.Select((s, i) => (s, Key: random.Next())).OrderBy(x => x.Key).Take(perArticle).Select(x => x.s).OrderBy(s => s.Start);
            var split = StableHash(name) % 2 == 0 ? "dev" : "test";
            lines.AddRange(drawn.Select(s => $"{split}\t{name}\t{s.Id}\t\t{OneLine(s.Text)}"));
        }
        File.WriteAllLines(output, lines);
        Console.WriteLine($"wrote {lines.Count - 1} sentences to {output}");
    }

    private static bool IsEnglish(string folder, string text)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected-metadata.json")));
        if (metadata.RootElement.TryGetProperty("lang", out var lang) && lang.ValueKind == JsonValueKind.String)
            return lang.GetString()!.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var words = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.Count(w => EnglishFunctionWords.Contains(w.ToLowerInvariant())) >= words.Length / 5.0;
    }

    // string.GetHashCode differs between runs; this one does not.
    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c)) & int.MaxValue;

    private static string OneLine(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
