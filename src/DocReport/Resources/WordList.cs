using System.Reflection;
using System.Text;

namespace DocReport.Resources;

/// <summary>Reads the data files embedded beside each stage (<c>Structure/Data/x.txt</c> and the like).</summary>
internal static class WordList
{
    /// <summary>The text of an embedded data file, named by its path under src/DocReport, e.g. <c>Structure/Data/boilerplate.txt</c>.</summary>
    public static string ReadText(string relativePath)
    {
        // one read and one decode: some lists are read at the start of every process
        var text = ReadBytes(relativePath).AsSpan();
        return Encoding.UTF8.GetString(text.StartsWith(Encoding.UTF8.Preamble) ? text[Encoding.UTF8.Preamble.Length..] : text);
    }

    /// <summary>The bytes of an embedded data file, named as for <see cref="ReadText"/>.</summary>
    public static byte[] ReadBytes(string relativePath)
    {
        var name = "DocReport." + relativePath.Replace('/', '.').Replace('\\', '.');
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file '{relativePath}' is missing: add it under src/DocReport/{relativePath}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The lines of an embedded list, trimmed, without blank lines and '#' comments.</summary>
    public static IReadOnlyList<string> Load(string relativePath) =>
        ReadText(relativePath).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
}
