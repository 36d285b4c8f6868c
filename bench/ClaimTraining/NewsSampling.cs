using System.Text.Json;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Draws news sentences to label: English pages converted by DocReport's own pipeline, and a fixed number of each
/// page's sentences drawn at random (furniture and captions included, as they reach the dataset).
/// </summary>
internal static class NewsSampling
{
    // Pages with no language in their metadata count as English when these words make up a fifth of their words.
    private static readonly HashSet<string> EnglishFunctionWords = ["the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with"];

    /// <summary>
    /// The evaluation set: every English Readability.js test page (a folder with source.html), each page whole in the dev
    /// or the test part by a hash of its folder name.
    /// </summary>
    public static void Evaluation(string pagesDirectory, int perPage, string output)
    {
        var pipeline = new PipelineBuilder().Build();
        var lines = new List<string> { "# split\tpage\tsentence\tlabel\ttext" };
        foreach (var folder in Directory.GetDirectories(pagesDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (pipeline.Convert(Path.Combine(folder, "source.html")).Dataset is not { } dataset || !IsEnglish(LanguageOf(folder), dataset.Text)) continue;
            var split = StableHash(name) % 2 == 0 ? "dev" : "test";
            lines.AddRange(Draw(dataset, name, perPage).Select(s => $"{split}\t{name}\t{s.Id}\t\t{OneLine(s.Text)}"));
        }
        Write(output, lines);
    }

    /// <summary>A training set from other pages: up to <paramref name="pages"/> English files of a folder, in an order fixed by a hash of their names.</summary>
    public static void Training(string directory, int pages, int perPage, string output)
    {
        var pipeline = new PipelineBuilder().Build();
        var lines = new List<string> { "# split\tpage\tsentence\tlabel\ttext" };
        var taken = 0;
        foreach (var file in Directory.GetFiles(directory).OrderBy(f => StableHash(Path.GetFileName(f))))
        {
            if (taken == pages) break;
            var name = Path.GetFileName(file);
            if (pipeline.Convert(file).Dataset is not { } dataset || !IsEnglish(null, dataset.Text)) continue;
            lines.AddRange(Draw(dataset, name, perPage).Select(s => $"train\t{name}\t{s.Id}\t\t{OneLine(s.Text)}"));
            taken++;
        }
        Write(output, lines);
    }

    private static IEnumerable<Sentence> Draw(ArticleDataset dataset, string name, int count)
    {
        var random = new Random(StableHash(name));
        return dataset.Paragraphs.SelectMany(p => p.Sentences)
            .Where(s => !s.Text.Contains("Lorem ipsum", StringComparison.OrdinalIgnoreCase))
            .Select(s => (s, Key: random.Next())).OrderBy(x => x.Key).Take(count).Select(x => x.s).OrderBy(s => s.Start);
    }

    private static string? LanguageOf(string folder)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected-metadata.json")));
        return metadata.RootElement.TryGetProperty("lang", out var lang) && lang.ValueKind == JsonValueKind.String ? lang.GetString() : null;
    }

    private static bool IsEnglish(string? language, string text)
    {
        if (language is not null) return language.StartsWith("en", StringComparison.OrdinalIgnoreCase) && !text.Contains("Lorem ipsum", StringComparison.OrdinalIgnoreCase);
        var words = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.Count(w => EnglishFunctionWords.Contains(w.ToLowerInvariant())) >= words.Length / 5.0
            && !text.Contains("Lorem ipsum", StringComparison.OrdinalIgnoreCase);
    }

    // string.GetHashCode differs between runs; this one does not.
    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c)) & int.MaxValue;

    private static string OneLine(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static void Write(string output, List<string> lines)
    {
        File.WriteAllLines(output, lines);
        Console.WriteLine($"wrote {lines.Count - 1} sentences to {output}");
    }
}
