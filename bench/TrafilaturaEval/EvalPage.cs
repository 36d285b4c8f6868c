using System.Text.Json;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>One annotated page of evaldata.json: its file, the snippets that must and must not be extracted, and its date.</summary>
internal sealed record EvalPage(string Url, string Path, IReadOnlyList<string> With, IReadOnlyList<string> Without, string? Date)
{
    /// <summary>Dev or test, from the URL (<see cref="TrafilaturaHalves"/>): the same page always falls in the same half.</summary>
    public bool IsDev => Half != "test";

    /// <summary>"dev-a" or "dev-b" for a dev page (a rule is developed on one and checked on the other); "test" for a test page.</summary>
    public string Half => TrafilaturaHalves.Of(Url);

    /// <summary>"fold-a" or "fold-b" for a dev page, by its site (<see cref="SiteFold"/>); "test" for a test page.</summary>
    public string Fold => IsDev ? "fold-" + SiteFold.Of(Url) : "test";

    /// <summary>The pages of <paramref name="root"/>/evaldata.json, in URL order, each file found under cache/ or eval/ as eval_common.resolve does.</summary>
    public static IReadOnlyList<EvalPage> Load(string root)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(root, "evaldata.json")));
        var pages = new List<EvalPage>();
        foreach (var item in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var file = item.Value.GetProperty("file").GetString()!;
            var path = new[] { "cache", "eval" }.Select(d => System.IO.Path.Combine(root, d, file)).FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException($"{item.Name}: HTML file not found: {file}");
            var date = item.Value.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String && d.GetString() is { Length: > 0 } s ? s : null;
            pages.Add(new EvalPage(item.Name, path, Strings(item.Value, "with"), Strings(item.Value, "without"), date));
        }
        return pages;
    }

    private static IReadOnlyList<string> Strings(JsonElement item, string property) =>
        item.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();
}
