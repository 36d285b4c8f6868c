namespace DocReport.Bench.PolnearEval;

/// <summary>One PolNeAR article: its text and one annotator's attributions.</summary>
internal sealed record PolnearDocument(string Name, string Text, IReadOnlyList<GoldAttribution> Attributions);

/// <summary>
/// Reads a PolNeAR split (<c>DIR/train</c>, <c>DIR/dev</c>): <c>text/NAME.txt</c> and <c>attributions/NAME_XXXX.ann</c>.
/// An article annotated by several annotators is scored against the first file by name, so every article counts once.
/// </summary>
internal static class PolnearCorpus
{
    public const string DefaultFolder = "../shared/data/attributions/polnear";

    public static IReadOnlyList<PolnearDocument> Load(string folder, string split)
    {
        var root = Path.Combine(folder, split);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"No PolNeAR split at {Path.GetFullPath(root)}: pass --data DIR (the folder holding train/ and dev/).");
        var annotations = Directory.GetFiles(Path.Combine(root, "attributions"), "*.ann")
            .GroupBy(f => ArticleName(Path.GetFileName(f)))
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).First());
        var left = split == "train" ? CheckSet() : [];
        return Directory.GetFiles(Path.Combine(root, "text"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileNameWithoutExtension(path), Path: path))
            .Where(t => annotations.ContainsKey(t.Name) && !left.Contains(t.Name))
            .Select(t => new PolnearDocument(t.Name, File.ReadAllText(t.Path), BratAnnotation.Read(annotations[t.Name])))
            .ToList();
    }

    /// <summary>
    /// The train articles FieldEval's check set judges by hand (bench/FieldEval/gold/check): left out of every use of train
    /// here (training, cross-validation, word lists), so that the check set stays unseen.
    /// </summary>
    private static HashSet<string> CheckSet()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "check-set.txt");
        return File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    // "nyt_2016-04-18_for-news-outlets_4e07.ann" -> "nyt_2016-04-18_for-news-outlets": the last '_' part names the annotator.
    private static string ArticleName(string file) => file[..file.LastIndexOf('_')];
}
