using System.Text.Json;
using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Draws news sentences to label: English pages converted by DocReport's own pipeline, and a fixed number of each
/// page's sentences drawn at random (furniture and captions included, as they reach the dataset).
/// </summary>
internal static class NewsSampling
{
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
            if (pipeline.Convert(Path.Combine(folder, "source.html")).Dataset is not { } dataset || !EnglishText.Admits(LanguageOf(folder), dataset.Text)) continue;
            var split = StableHash.Of(name) % 2 == 0 ? "dev" : "test";
            lines.AddRange(Draw(dataset, name, perPage).Select(s => $"{split}\t{name}\t{s.Id}\t\t{OneLine(s.Text)}"));
        }
        Write(output, lines);
    }

    /// <summary>
    /// A training set from other pages: up to <paramref name="pages"/> English files of a folder, in an order fixed by a hash
    /// of their names, and from each up to <paramref name="perPage"/> sentences not yet labelled in <paramref name="labelled"/>.
    /// A page of trafilatura's test half (the lead's blind sets come from it), a page of <paramref name="gates"/> (FieldEval's
    /// unread gates) and a page that shares a sentence with a Readability.js page (the evaluation set's source) are left out,
    /// so that no evaluated text is trained on; with
    /// <paramref name="half"/> ("dev-a" or "dev-b"), only pages of that dev half are drawn. With <paramref name="matching"/>, only sentences that match it are drawn: a family of
    /// sentences the training set is thin on (a draw selected on the sentence, never on its label). With <paramref name="english"/>
    /// the folder is known to be English (PolNeAR) and <see cref="EnglishText"/>'s word test is skipped: it had kept 115 of
    /// PolNeAR's 840 train texts out of every earlier round.
    /// </summary>
    public static void Training(string directory, int pages, int perPage, string output, IReadOnlyList<string> labelled, string readabilityPages, TrafilaturaHalves halves, GatedPages gates,
        string? half, Regex? matching, bool english = false)
    {
        // a wrong --half fails before the minutes spent reading the Readability pages, not at the first page drawn
        if (half is not (null or "dev-a" or "dev-b")) throw new ArgumentException($"--half is dev-a or dev-b, not '{half}'", nameof(half));
        var pipeline = new PipelineBuilder().Build();
        var done = labelled.SelectMany(path => NewsSet.Read(path)).Select(s => Key(s.Sentence.Text)).ToHashSet(StringComparer.Ordinal);
        var evaluated = EvaluatedSentences(pipeline, readabilityPages);
        var lines = new List<string> { "# split\tpage\tsentence\tlabel\ttext" };
        var taken = 0;
        foreach (var file in Directory.GetFiles(directory).OrderBy(f => StableHash.Of(Path.GetFileName(f))))
        {
            if (taken == pages) break;
            var name = Path.GetFileName(file);
            if (gates.Reason(name) is { } reason)
            {
                Console.WriteLine($"left out {name}: a page of {reason}");
                continue;
            }
            if (!halves.Admits(name, half))
            {
                if (halves.IsTest(name)) Console.WriteLine($"left out {name}: a page of trafilatura's test half");
                continue;
            }
            if (pipeline.Convert(file).Dataset is not { } dataset || !EnglishText.Admits(null, dataset.Text, english)) continue;
            if (Sentences(dataset).Any(s => evaluated.Contains(Key(s.Text))))
            {
                Console.WriteLine($"left out {name}: it shares a sentence with a Readability.js page");
                continue;
            }
            lines.AddRange(Draw(dataset, name, perPage, s => !done.Contains(Key(s.Text)) && (matching?.IsMatch(s.Text) ?? true)).Select(s => $"train\t{name}\t{s.Id}\t\t{OneLine(s.Text)}"));
            taken++;
        }
        Write(output, lines);
    }

    // Sentences of 60 characters or more, as keys: short ones ("Share this article") recur on unrelated pages.
    private static HashSet<string> EvaluatedSentences(DocReportPipeline pipeline, string readabilityPages) =>
        Directory.GetDirectories(readabilityPages)
            .Select(folder => pipeline.Convert(Path.Combine(folder, "source.html")).Dataset)
            .OfType<ArticleDataset>()
            .SelectMany(Sentences).Select(s => Key(s.Text)).Where(k => k.Length >= 60)
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<Sentence> Sentences(ArticleDataset dataset) => dataset.Paragraphs.SelectMany(p => p.Sentences);

    private static string Key(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static IEnumerable<Sentence> Draw(ArticleDataset dataset, string name, int count, Func<Sentence, bool>? wanted = null)
    {
        var random = new Random(StableHash.Of(name));
        return Sentences(dataset)
            .Where(s => !s.Text.Contains("Lorem ipsum", StringComparison.OrdinalIgnoreCase) && (wanted?.Invoke(s) ?? true))
            .Select(s => (s, Key: random.Next())).OrderBy(x => x.Key).Take(count).Select(x => x.s).OrderBy(s => s.Start);
    }

    private static string? LanguageOf(string folder)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected-metadata.json")));
        return metadata.RootElement.TryGetProperty("lang", out var lang) && lang.ValueKind == JsonValueKind.String ? lang.GetString() : null;
    }

    private static string OneLine(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static void Write(string output, List<string> lines)
    {
        File.WriteAllLines(output, lines);
        Console.WriteLine($"wrote {lines.Count - 1} sentences to {output}");
    }
}
