using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DocReport.Bench;

/// <summary>
/// The halves of trafilatura's evaluation set: a page is "test" when the first byte of the SHA-256 of its URL (its key in
/// evaldata.json) is odd; a dev page is "dev-a" or "dev-b" by the second byte. Extraction rules are chosen on the dev half
/// (bench/TrafilaturaEval), the lead's blind field sets come from the test half, so no test page may be trained on
/// (bench/ClaimTraining). A page file evaldata.json does not list has no URL and is in neither half. Some of the lead's
/// held-out field pages (bench/FieldEval/gold/heldout) hash to a dev half all the same: they are held out of both dev
/// halves, never scored, listed, dumped or drawn there.
/// </summary>
internal sealed class TrafilaturaHalves
{
    private readonly IReadOnlyDictionary<string, string> byFile;
    private readonly IReadOnlySet<string> heldOut;

    private TrafilaturaHalves(IReadOnlyDictionary<string, string> byFile, IReadOnlySet<string> heldOut) => (this.byFile, this.heldOut) = (byFile, heldOut);

    public static string Of(string url)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(url));
        return hash[0] % 2 == 1 ? "test" : hash[1] % 2 == 0 ? "dev-a" : "dev-b";
    }

    /// <summary>The page files of <paramref name="root"/>/evaldata.json, by file name, and the held-out pages named in
    /// <paramref name="heldOutGold"/> (by default the repository's bench/FieldEval/gold/heldout); fails when either is
    /// missing, so a caller that must leave those pages out cannot go on without knowing it.</summary>
    public static TrafilaturaHalves Load(string root, string? heldOutGold = null)
    {
        var path = Path.Combine(root, "evaldata.json");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} is needed to tell trafilatura's test pages; unpack the set there or pass its folder.", path);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return new(json.RootElement.EnumerateObject().ToDictionary(p => p.Value.GetProperty("file").GetString()!, p => Of(p.Name), StringComparer.Ordinal),
            HeldOutPages(heldOutGold ?? DefaultHeldOutGold()));
    }

    /// <summary>The trafilatura page files the gold files of <paramref name="folder"/> judge: only each file's leading
    /// comment lines are read, for its <c># page: trafilatura/...</c> line (FORMAT.md), never a gold row.</summary>
    public static IReadOnlySet<string> HeldOutPages(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder} is needed to leave the lead's held-out pages out of the dev halves.");
        return Directory.GetFiles(folder, "*.tsv")
            .Select(file => File.ReadLines(file).TakeWhile(l => l.Length == 0 || l[0] == '#').Select(l => l.TrimStart('#').Trim())
                .FirstOrDefault(l => l.StartsWith("page:", StringComparison.Ordinal)) is { } line ? line[5..].Trim().Split(' ')[0] : "")
            .Where(page => page.StartsWith("trafilatura/", StringComparison.Ordinal)).Select(Path.GetFileName).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The held-out pages the repository's bench/FieldEval/gold/heldout judges (see <see cref="HeldOutPages(string)"/>).</summary>
    public static IReadOnlySet<string> RepositoryHeldOutPages() => HeldOutPages(DefaultHeldOutGold());

    private static string DefaultHeldOutGold() =>
        Assembly.GetEntryAssembly()?.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "HeldOutGold")?.Value
        ?? throw new InvalidOperationException("this program does not know where bench/FieldEval/gold/heldout is: pass the folder");

    /// <summary>The files of the test half, by name.</summary>
    public IEnumerable<string> TestFiles => byFile.Where(p => p.Value == "test").Select(p => p.Key).Order(StringComparer.Ordinal);

    /// <summary>"test", "dev-a" or "dev-b" for a page file of the set (a name or a path: the set's file names are unique), or null.</summary>
    public string? OfFile(string file) => byFile.GetValueOrDefault(Path.GetFileName(file));

    public bool IsTest(string file) => OfFile(file) == "test";

    /// <summary>Whether the page is one of the lead's held-out field pages (in whichever half its URL hashes to).</summary>
    public bool IsHeldOut(string file) => heldOut.Contains(Path.GetFileName(file));

    /// <summary>The held-out pages of the dev halves, by name: the pages a dev run leaves out.</summary>
    public IEnumerable<string> HeldOutDevFiles => heldOut.Where(f => OfFile(f) is "dev-a" or "dev-b").Order(StringComparer.Ordinal);

    /// <summary>Whether a page may be drawn for training: never a test page nor a held-out one; with <paramref name="half"/>
    /// ("dev-a" or "dev-b"), only that half's pages (a file the set does not annotate is in neither).</summary>
    public bool Admits(string file, string? half) => half switch
    {
        null => !IsTest(file),
        "dev-a" or "dev-b" => OfFile(file) == half,
        _ => throw new ArgumentException($"a page half to draw from is dev-a or dev-b, not {half}", nameof(half)),
    } && !IsHeldOut(file);
}
