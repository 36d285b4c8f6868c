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

    /// <summary>The endings of the files a folder gives, as a user types them: ".txt .text .md ...".</summary>
    public static string ArticleEndings => string.Join(' ', ArticleExtensions);

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

    /// <summary>How many symbolic links to article files the folders among <paramref name="inputs"/> hold (in folders that
    /// are no links themselves): skipped by <see cref="Expand"/>, counted so that a run that finds nothing can say why.</summary>
    public static int LinksSkipped(IEnumerable<string> inputs) =>
        inputs.Where(i => InputArgument.IsFile(i) && !File.Exists(i) && Directory.Exists(i))
            .SelectMany(folder => Directory.EnumerateDirectories(folder, "*", Options).Prepend(folder))
            .SelectMany(d => Directory.EnumerateFiles(d, "*", new EnumerationOptions { AttributesToSkip = System.IO.FileAttributes.Hidden }))
            .Count(f => ArticleExtensions.Contains(Path.GetExtension(f)) && new FileInfo(f).LinkTarget is not null);

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = System.IO.FileAttributes.Hidden | System.IO.FileAttributes.ReparsePoint,
    };

    // Symbolic links are skipped, files and folders alike: a link to a parent folder would loop, one to /etc would read
    // system files into the outputs. A link named on the command line is still read.
    private static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", Options)
            .Where(f => ArticleExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
}
