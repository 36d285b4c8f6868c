namespace DocReport.Bench.TrafilaturaEval;

/// <summary>A file of hand-labelled bylines (bylines-*.tsv): a header line opening with "#", then one row a page, its file
/// name first; the names the page's visible byline shows in the column whose header opens with "authors", "|" between
/// names, empty where the page shows none. The files differ in their other columns (an address, a language, a note).</summary>
internal static class BylineLabels
{
    /// <summary>Each row's file and the names its byline shows (none where it shows none).</summary>
    public static IEnumerable<(string File, IReadOnlyList<string> Names)> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var column = Array.FindIndex(lines[0].TrimStart('#', ' ').Split('\t'), h => h.StartsWith("authors", StringComparison.Ordinal));
        if (column < 0) throw new InvalidDataException($"{path}: no 'authors' column in its header");
        foreach (var cells in lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')))
            yield return (cells[0], cells.Length > column ? cells[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : []);
    }
}
