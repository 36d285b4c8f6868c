using System.Reflection;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// The pages FieldEval's unread gates judge, whose labelled sentences no command that trains or tunes may read (round 23):
/// the lead's held-out field pages (bench/FieldEval/gold/heldout), the check set's PolNeAR train articles
/// (bench/PolnearEval/check-set.txt), dev3's PolNeAR dev articles (the <c># polnear:</c> lines of bench/FieldEval/gold/dev3) and,
/// from round 26, rgate's Readability pages (the names of bench/FieldEval/gold/rgate's gold files, whose rows news-eval.tsv holds) and,
/// from round 35, wgate's trafilatura test-half pages (the <c># page:</c> lines of bench/FieldEval/gold/wgate; news-test-trafilatura.tsv
/// holds test rows of most of them, which no command trains or tunes on either way).
/// Their rows stay in the news files with their labels; <see cref="Read"/> leaves them out and says how many. A page may be
/// named with or without its extension (the PolNeAR lists name a text by its stem; the news files by "STEM.txt").
/// </summary>
internal sealed class GatedPages
{
    private readonly Dictionary<string, string> reasons = new(StringComparer.Ordinal);

    public GatedPages(IEnumerable<string> heldOut, IEnumerable<string> checkSet, IEnumerable<string> dev3, IEnumerable<string> rgate, IEnumerable<string> wgate)
    {
        foreach (var (names, reason) in new[] { (heldOut, HeldOut), (checkSet, CheckSet), (dev3, Dev3), (rgate, Rgate), (wgate, Wgate) })
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        foreach (var form in new[] { name, name + ".txt", name + ".html" })
            reasons.TryAdd(form, reason);
    }

    public const string HeldOut = "the lead's held-out pages";
    public const string CheckSet = "FieldEval's check set";
    public const string Dev3 = "FieldEval's dev3";
    public const string Rgate = "FieldEval's rgate";
    public const string Wgate = "FieldEval's wgate";

    /// <summary>The repository's gates, from the folders and list this program was built with.</summary>
    public static GatedPages Repository() =>
        new(TrafilaturaHalves.RepositoryHeldOutPages(), File.ReadAllLines(Metadata("CheckSet")), PolnearFiles(Metadata("Dev3Gold")), GoldFileNames(Metadata("RgateGold")),
            TrafilaturaPages(Metadata("WgateGold")));

    /// <summary>The trafilatura page files a gold folder judges (wgate), from each file's <c># page: trafilatura/...</c> line; no gold
    /// row is read. Fails when the folder is missing, so that training cannot go on without knowing the gate's pages.</summary>
    public static IReadOnlyList<string> TrafilaturaPages(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder} is needed to leave wgate's pages out of training and tuning.");
        return [.. TrafilaturaHalves.HeldOutPages(folder).Order(StringComparer.Ordinal)];
    }

    /// <summary>The pages a gold folder judges by its files' names ("aclu.tsv" judges the Readability page "aclu"); no file is opened.</summary>
    public static IReadOnlyList<string> GoldFileNames(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder} is needed to leave rgate's Readability pages out of training and tuning.");
        return [.. Directory.GetFiles(folder, "*.tsv").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];
    }

    /// <summary>The PolNeAR files the gold files of <paramref name="folder"/> judge: only each file's leading comment lines are
    /// read, for its <c># polnear: NAME</c> line, never a gold row.</summary>
    public static IReadOnlyList<string> PolnearFiles(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder} is needed to leave dev3's PolNeAR files out of training.");
        return [.. Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal)
            .Select(file => File.ReadLines(file).TakeWhile(l => l.Length == 0 || l[0] == '#').Select(l => l.TrimStart('#').Trim())
                .FirstOrDefault(l => l.StartsWith("polnear:", StringComparison.Ordinal)) is { } line ? line["polnear:".Length..].Trim() : "")
            .Where(name => name.Length > 0)];
    }

    /// <summary>Every name a page of the gates goes by (with and without ".txt" and ".html").</summary>
    public IEnumerable<string> Names => reasons.Keys;

    /// <summary>Why <paramref name="page"/> (a file name) is left out of training, or null when it is not.</summary>
    public string? Reason(string page) => reasons.GetValueOrDefault(page);

    /// <summary>The labelled sentences of a news file that training may read, each with its place among the file's sentences;
    /// prints how many were left out, of how many pages, and why.</summary>
    public TrainingNews Read(string path, NewsContexts? contexts = null)
    {
        var all = NewsSet.Read(path, contexts);
        var rows = Enumerable.Range(0, all.Count).Where(i => Reason(all[i].Page) is null).ToList();
        var left = all.Where(s => Reason(s.Page) is not null).GroupBy(s => Reason(s.Page)!).ToList();
        Console.WriteLine($"{Path.GetFileName(path)}: {all.Count - rows.Count} of {all.Count} sentences left out of training and tuning"
            + (left.Count == 0 ? "" : ": " + string.Join(", ", left.Select(g => $"{g.Count()} of {g.Select(s => s.Page).Distinct().Count()} pages of {g.Key}")))
            + " (their rows stay in the file)");
        return new TrainingNews([.. rows.Select(i => all[i])], rows, all.Count - rows.Count);
    }

    /// <summary>The rows of a news file that training and tuning may read, as "row TAB split TAB page TAB id TAB label TAB sentence"
    /// lines, row being the sentence's number in the file (1-based among its sentences, as <c>--random-draws</c> and
    /// <c>--rows-weight</c> count): what a relabelling may read, the gates' rows left out (round 29, `readable`).</summary>
    public IEnumerable<string> ReadableLines(string path)
    {
        var readable = Read(path);
        return readable.Sentences.Select((s, i) =>
            $"{readable.Rows[i] + 1}\t{s.Split}\t{s.Page}\t{s.Sentence.Id[(s.Page.Length + 1)..]}\t{(s.Sentence.IsClaim ? "Yes" : "No")}\t{s.Sentence.Text}");
    }

    /// <summary>The texts of a news file's sentences on the gates' pages, to leave out of a file that names no page (news-types.tsv).</summary>
    public HashSet<string> TextsOn(string path) =>
        NewsSet.Read(path).Where(s => Reason(s.Page) is not null).Select(s => s.Sentence.Text).ToHashSet(StringComparer.Ordinal);

    private static string Metadata(string key) =>
        Assembly.GetEntryAssembly()?.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"this program does not know where its {key} is");
}
