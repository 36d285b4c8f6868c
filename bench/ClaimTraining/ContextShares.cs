using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Each context feature (<see cref="DocReport.Analysis.Claims.SentenceContext"/>) on its own: how many labelled news
/// sentences have it and what share of them are check-worthy, in news-train and in the news dev part (never the test part).
/// A feature whose share is near the overall one tells the model little.
/// </summary>
internal static class ContextShares
{
    public static void Run(GatedPages gates, string newsTrainPath, string newsEvalPath, NewsContexts contexts)
    {
        var parts = new[]
        {
            ("news-train", gates.Read(newsTrainPath, contexts).Sentences.Select(s => s.Sentence).ToList()),
            ("news-dev", gates.Read(newsEvalPath, contexts).Sentences.Where(s => s.Split == "dev").Select(s => s.Sentence).ToList()),
        };
        foreach (var (name, sentences) in parts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {sentences.Count} sentences, {sentences.Count(s => s.Context is null)} not found in their page; check-worthy {sentences.Count(s => s.IsClaim) / (double)sentences.Count:P1}"));
            foreach (var feature in sentences.Where(s => s.Context is not null).SelectMany(s => s.Context!.Features().Select(f => (Feature: f, s.IsClaim)))
                         .GroupBy(x => x.Feature).OrderBy(g => g.Key, StringComparer.Ordinal))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {feature.Key,-22} n={feature.Count(),5}  check-worthy {feature.Count(x => x.IsClaim) / (double)feature.Count():P1}"));
        }
    }
}
