using System.Text;

namespace DocReport.Bench.FieldEval.Matching;

/// <summary>
/// The form in which gold anchors and output sentences are compared: compatibility-normalized (NFKC: no-break spaces,
/// ellipses, ligatures), curly quotes, apostrophes and dashes made ASCII, soft hyphens and zero-width characters dropped,
/// white space collapsed, case folded (a page's small capitals or a judge's typing should not decide a match).
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var compatible = text.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(compatible.Length);
        var pendingSpace = false;
        foreach (var c in compatible)
        {
            var mapped = Map(c);
            if (mapped == '\0') continue;
            if (char.IsWhiteSpace(mapped))
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace) result.Append(' ');
            pendingSpace = false;
            result.Append(char.ToLowerInvariant(mapped));
        }
        return result.ToString();
    }

    private static char Map(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        >= '\u2010' and <= '\u2015' or '\u2212' => '-',
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => '\0',
        _ => c,
    };
}
