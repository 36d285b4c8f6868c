using DocReport.Layout.Text;
using System.Text;
using HarfBuzzSharp;

namespace DocReport.Layout;

/// <summary>The font families the layout engine can use on this machine, and the characters none of them can draw.</summary>
public static class InstalledFonts
{
    /// <summary>True when <paramref name="family"/> is installed under that exact name (case-insensitive).</summary>
    public static bool Contains(string family) => FontCatalog.Shared.IsInstalled(family);

    /// <summary>True when some installed font has a glyph for <paramref name="codePoint"/>.</summary>
    public static bool Covers(int codePoint) => FontCatalog.Shared.Covers(codePoint);

    /// <summary>The scripts of <paramref name="text"/> with characters no installed font draws (they would show as boxes), most frequent first.</summary>
    public static IReadOnlyList<UncoveredScript> Uncovered(string text) => Uncovered(text, Covers);

    internal static IReadOnlyList<UncoveredScript> Uncovered(string text, Func<int, bool> covers)
    {
        var missing = new Dictionary<string, (int Count, int First)>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value < 0x80 || Rune.IsWhiteSpace(rune) || covers(rune.Value)) continue;
            var script = UnicodeFunctions.Default.GetScript(rune.Value).ToString();
            missing[script] = missing.TryGetValue(script, out var seen) ? (seen.Count + 1, seen.First) : (1, rune.Value);
        }
        return missing.OrderByDescending(m => m.Value.Count).ThenBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => new UncoveredScript(m.Key, m.Value.Count, char.ConvertFromUtf32(m.Value.First))).ToList();
    }
}

/// <summary>Characters of one script that no installed font draws: the script's ISO 15924 code (<c>Thai</c>, <c>Hani</c>), how many, and the first.</summary>
public sealed record UncoveredScript(string Script, int Characters, string Example);
