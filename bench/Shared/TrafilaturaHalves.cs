using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DocReport.Bench;

/// <summary>
/// The halves of trafilatura's evaluation set: a page is "test" when the first byte of the SHA-256 of its URL (its key in
/// evaldata.json) is odd; a dev page is "dev-a" or "dev-b" by the second byte. Extraction rules are chosen on the dev half
/// (bench/TrafilaturaEval), the lead's blind field sets come from the test half, so no test page may be trained on
/// (bench/ClaimTraining). A page file evaldata.json does not list has no URL and is in neither half.
/// </summary>
internal sealed class TrafilaturaHalves
{
    private readonly IReadOnlyDictionary<string, string> byFile;

    private TrafilaturaHalves(IReadOnlyDictionary<string, string> byFile) => this.byFile = byFile;

    public static string Of(string url)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(url));
        return hash[0] % 2 == 1 ? "test" : hash[1] % 2 == 0 ? "dev-a" : "dev-b";
    }

    /// <summary>The page files of <paramref name="root"/>/evaldata.json, by file name; fails when the file is missing, so a
    /// caller that must leave the test half out cannot go on without knowing it.</summary>
    public static TrafilaturaHalves Load(string root)
    {
        var path = Path.Combine(root, "evaldata.json");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} is needed to tell trafilatura's test pages; unpack the set there or pass its folder.", path);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return new(json.RootElement.EnumerateObject().ToDictionary(p => p.Value.GetProperty("file").GetString()!, p => Of(p.Name), StringComparer.Ordinal));
    }

    /// <summary>The files of the test half, by name.</summary>
    public IEnumerable<string> TestFiles => byFile.Where(p => p.Value == "test").Select(p => p.Key).Order(StringComparer.Ordinal);

    /// <summary>"test", "dev-a" or "dev-b" for a page file of the set (a name or a path: the set's file names are unique), or null.</summary>
    public string? OfFile(string file) => byFile.GetValueOrDefault(Path.GetFileName(file));

    public bool IsTest(string file) => OfFile(file) == "test";

    /// <summary>Whether a page may be drawn for training: never a test page; with <paramref name="half"/> ("dev-a" or
    /// "dev-b"), only that half's pages (a file the set does not annotate is in neither).</summary>
    public bool Admits(string file, string? half) => half switch
    {
        null => !IsTest(file),
        "dev-a" or "dev-b" => OfFile(file) == half,
        _ => throw new ArgumentException($"a page half to draw from is dev-a or dev-b, not {half}", nameof(half)),
    };
}
