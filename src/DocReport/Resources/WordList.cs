using System.Reflection;

namespace DocReport.Resources;

/// <summary>Reads the data files embedded beside each stage (<c>Structure/Data/x.txt</c> and the like).</summary>
internal static class WordList
{
    /// <summary>The text of an embedded data file, named by its path under src/DocReport, e.g. <c>Structure/Data/boilerplate.txt</c>.</summary>
    public static string ReadText(string relativePath)
    {
        var name = "DocReport." + relativePath.Replace('/', '.').Replace('\\', '.');
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file '{relativePath}' is missing: add it under src/DocReport/{relativePath}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The lines of an embedded list, trimmed, without blank lines and '#' comments.</summary>
    public static IReadOnlyList<string> Load(string relativePath) =>
        ReadText(relativePath).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
}
