using System.Reflection;
using System.Text;

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
        // one read and one decode: the tagger's weights (3.8 MB) are read at the start of every process
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var text = bytes.AsSpan();
        return Encoding.UTF8.GetString(text.StartsWith(Encoding.UTF8.Preamble) ? text[Encoding.UTF8.Preamble.Length..] : text);
    }

    /// <summary>The lines of an embedded list, trimmed, without blank lines and '#' comments.</summary>
    public static IReadOnlyList<string> Load(string relativePath) =>
        ReadText(relativePath).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
}
