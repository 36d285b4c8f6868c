namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Where the labelled news sentences of each file come from: trafilatura's test half (none may be trained on: the lead's
/// blind sets are drawn from it), the lead's held-out pages that hash to its dev half, the rest of its dev half, its page
/// files without a URL (in neither half), or elsewhere (PolNeAR, Readability.js pages). A line's page is its second column when the first is a part (train, dev, test), else its first
/// (news-train-second.tsv, news-contexts.tsv).
/// </summary>
internal static class TrafilaturaShares
{
    public static void Run(IReadOnlyList<string> files, TrafilaturaHalves halves, string root)
    {
        var withoutUrl = new[] { "eval", "cache" }.Select(d => Path.Combine(root, d)).Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles).Select(Path.GetFileName).OfType<string>().Where(f => halves.OfFile(f) is null).ToHashSet(StringComparer.Ordinal);
        string Origin(string page) => halves.OfFile(page) switch
        {
            "test" => "test half",
            null => withoutUrl.Contains(page) ? "no URL" : "elsewhere",
            _ when halves.IsHeldOut(page) => "held out",
            _ => "dev half",
        };
        string[] origins = ["test half", "held out", "dev half", "no URL", "elsewhere"];
        Console.WriteLine($"{"sentences / pages",-36} {string.Join(" ", origins.Select(o => $"{o,14}"))}");
        foreach (var file in files)
        {
            var pages = File.ReadLines(file).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
                .Select(f => f[0] is "train" or "dev" or "test" ? f[1] : f[0]).ToList();
            var byOrigin = pages.ToLookup(Origin);
            Console.WriteLine($"{Path.GetFileName(file),-36} {string.Join(" ", origins.Select(o => $"{$"{byOrigin[o].Count()} / {byOrigin[o].Distinct().Count()}",14}"))}");
        }
    }
}
