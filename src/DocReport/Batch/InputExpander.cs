using DocReport.Pipeline;

namespace DocReport.Batch;

/// <summary>Turns the INPUT arguments into inputs: a folder gives its article files, recursively, in a stable order; URLs and "-" pass as they are.</summary>
internal static class InputExpander
{
    // A folder may hold other things (notes, images); only these are taken from it. Files named directly are always tried.
    private static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".pdf",
    };

    /// <summary>
    /// The files in argument order, a folder's files sorted, each with a key that names it the same on every machine (its
    /// path relative to the folder argument, or the argument itself); an argument that names nothing comes back with its reason.
    /// </summary>
    public static IEnumerable<(string Path, string Key, string? Problem)> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (!InputArgument.IsFile(input) || File.Exists(input)) yield return (input, input, null);
            else if (Directory.Exists(input))
                foreach (var file in FilesIn(input)) yield return (file, Path.GetRelativePath(input, file), null);
            else yield return (input, input, InputLoader.MissingReason(input, "no such file or folder"));
        }
    }

    // Symbolic links are skipped, files and folders alike: a link to a parent folder would loop, one to /etc would read
    // system files into the outputs. A link named on the command line is still read.
    private static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = System.IO.FileAttributes.Hidden | System.IO.FileAttributes.ReparsePoint,
        })
            .Where(f => ArticleExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
}
