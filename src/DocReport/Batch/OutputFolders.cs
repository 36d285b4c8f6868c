using System.Globalization;
using System.Text;
using DocReport.Structure;

namespace DocReport.Batch;

/// <summary>Names one output folder per input: the file's stem made safe for a path, a repeated stem suffixed -2, -3...</summary>
internal sealed class OutputFolders(string root)
{
    private const int MaxLength = 100;

    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

    public string For(string inputPath)
    {
        var stem = Safe(InputArgument.Stem(inputPath));
        var name = stem;
        for (var n = 2; !taken.Add(name); n++) name = $"{stem}-{n}";
        return Path.Combine(root, name);
    }

    internal static string Safe(string stem)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new StringBuilder(stem.Length);
        foreach (var c in UnsafeCharacters.RemoveFromName(stem).Normalize(NormalizationForm.FormC))
            safe.Append(invalid.Contains(c) || char.IsControl(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        var result = safe.ToString().Trim().Trim('.');
        if (result.Length > MaxLength) result = result[..CutAt(result)];
        return result.Length == 0 ? "document" : result;
    }

    // Cut between whole characters: half a surrogate pair or a base without its accent is not a name.
    private static int CutAt(string name)
    {
        var boundaries = StringInfo.ParseCombiningCharacters(name);
        return boundaries.LastOrDefault(b => b <= MaxLength);
    }
}
