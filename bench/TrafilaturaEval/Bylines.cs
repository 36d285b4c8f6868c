using System.Reflection;
using DocReport.Pipeline;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>
/// The hand-labelled bylines of dev pages (bylines-*.tsv beside this bench: a file name, its address, the names the page's
/// visible byline shows, "|" between them, empty where it shows none, and a note), scored against the authors DocReport
/// gives: right where the names are the same (any order, white space and case ignored), and an author given where none is
/// shown. Dev pages only, so each miss is listed to be read.
/// </summary>
internal static class Bylines
{
    public static void Print(string root, IReadOnlyList<EvalPage> pages)
    {
        var byFile = pages.Where(p => p.IsDev).ToDictionary(p => Path.GetFileName(p.Path), StringComparer.Ordinal);
        var extraction = new PageExtraction();
        foreach (var labels in Directory.GetFiles(Folder(), "bylines-*.tsv").Order(StringComparer.Ordinal))
        {
            int shown = 0, right = 0, unshown = 0, givenUnshown = 0;
            var misses = new List<string>();
            foreach (var (file, names) in BylineLabels.Read(labels))
            {
                if (!byFile.TryGetValue(file, out var page)) throw new InvalidDataException($"{Path.GetFileName(labels)}: {file} is no dev page of {root}");
                var given = extraction.Of(page, SourceFile.Load(page.Path)).Document?.Metadata.Authors ?? [];
                var ok = names.Count == 0 ? given.Count == 0 : LabelMatch.SameNames(given, names);
                if (names.Count == 0) { unshown++; givenUnshown += given.Count > 0 ? 1 : 0; }
                else { shown++; right += ok ? 1 : 0; }
                if (!ok) misses.Add($"  {file}\tshown: {string.Join(" | ", names)}\tgiven: {string.Join(" | ", given)}");
            }
            Console.WriteLine($"{Path.GetFileName(labels)}: bylines right {right}/{shown}; an author given where none is shown {givenUnshown}/{unshown}; all right {right + unshown - givenUnshown}/{shown + unshown}");
            foreach (var miss in misses) Console.WriteLine(miss);
        }
    }

    private static string Folder() =>
        Assembly.GetEntryAssembly()?.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "BenchFolder")?.Value
        ?? throw new InvalidOperationException("this program does not know where bench/TrafilaturaEval is");
}
