namespace DocReport.Cli.Convert;

/// <summary>Turns the INPUT arguments into inputs: a folder gives its article files, recursively, in a stable order; URLs and "-" pass as they are.</summary>
internal static class InputExpander
{
    // A folder may hold other things (notes, images); only these are taken from it. Files named directly are always tried.
    private static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".pdf",
    };

    public static (List<string> Files, List<(string Path, string Reason)> Missing) Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var missing = new List<(string, string)>();
        foreach (var input in inputs)
        {
            if (!InputArgument.IsFile(input) || File.Exists(input)) files.Add(input);
            else if (Directory.Exists(input)) files.AddRange(FilesIn(input));
            else missing.Add((input, "no such file or folder"));
        }
        return (files, missing);
    }

    private static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = System.IO.FileAttributes.Hidden })
            .Where(f => ArticleExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
}
