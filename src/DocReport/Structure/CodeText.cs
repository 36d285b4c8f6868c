using System.Text;

namespace DocReport.Structure;

/// <summary>
/// Normalises a code block's text without touching its layout: lines, indentation, tabs and runs of spaces stay as written
/// (prose normalisation would join the lines into one); carriage returns and other control characters go.
/// </summary>
internal static class CodeText
{
    public static NormalizedText Normalize(string raw)
    {
        var source = UnsafeCharacters.Replace(raw);
        var text = new StringBuilder(source.Length);
        var map = new int[source.Length + 1];
        for (var at = 0; at < source.Length; at++)
        {
            map[at] = text.Length;
            var c = source[at];
            if (c is '\n' or '\t' || !(char.IsControl(c) || TextNormalizer.Invisible.Contains(c))) text.Append(c);
        }
        map[source.Length] = text.Length;
        return new NormalizedText(text.ToString(), map);
    }
}
