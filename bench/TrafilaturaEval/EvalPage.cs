using System.Text.Json;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>One annotated page of evaldata.json (or of the fresh set, fresh/freshdata.json, in the same shape): its file, the
/// snippets that must and must not be extracted, its date, and the title and author where the annotation gives them.</summary>
internal sealed record EvalPage(string Url, string Path, IReadOnlyList<string> With, IReadOnlyList<string> Without, string? Date, string? Title = null, string? Author = null)
{
    /// <summary>Dev or test, from the URL (<see cref="TrafilaturaHalves"/>): the same page always falls in the same half.</summary>
    public bool IsDev => Half != "test";

    /// <summary>"dev-a" or "dev-b" for a dev page (a rule is developed on one and checked on the other); "test" for a test page.</summary>
    public string Half => TrafilaturaHalves.Of(Url);

    /// <summary>"fold-a" or "fold-b" for a dev page, by its site (<see cref="SiteFold"/>); "test" for a test page.</summary>
    public string Fold => IsDev ? "fold-" + SiteFold.Of(Url) : "test";

    /// <summary>The pages of <paramref name="annotations"/> (by default <paramref name="root"/>/evaldata.json), in URL order,
    /// each file found under <paramref name="root"/>'s cache/ or eval/ as eval_common.resolve does.</summary>
    public static IReadOnlyList<EvalPage> Load(string root, string? annotations = null)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(annotations ?? System.IO.Path.Combine(root, "evaldata.json")));
        var pages = new List<EvalPage>();
        foreach (var item in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var file = item.Value.GetProperty("file").GetString()!;
            var path = new[] { "cache", "eval" }.Select(d => System.IO.Path.Combine(root, d, file)).FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException($"{item.Name}: HTML file not found: {file}");
            pages.Add(new EvalPage(item.Name, path, Strings(item.Value, "with"), Strings(item.Value, "without"),
                Text(item.Value, "date"), Text(item.Value, "title"), Text(item.Value, "author")));
        }
        return pages;
    }

    /// <summary>A string property; absent or empty is null (the page shows none).</summary>
    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static IReadOnlyList<string> Strings(JsonElement item, string property) =>
        item.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();
}
