using System.Buffers;
using System.Globalization;
using System.Text;

namespace DocReport.Structure;

/// <summary>
/// Normalises the text of a block: Unicode NFC, one space for any run of white space (non-breaking
/// spaces and line breaks included), no soft hyphens, zero-width or control characters, and lines
/// wrapped inside a word joined back. Keeps a map from original to normalised offsets for links.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Normalises <paramref name="raw"/>, joining hyphenated line breaks as <paramref name="hyphenation"/> decides.</summary>
    public static NormalizedText Normalize(string raw, HyphenationEvidence hyphenation)
    {
        var source = UnsafeCharacters.Replace(raw);
        var text = new StringBuilder(source.Length);
        var map = new int[source.Length + 1];
        var pendingSpace = false;
        var joiningWrappedWord = false;
        // Text elements as spans: a string per character (and an enumerator per test) was most of a long document's garbage.
        for (int at = 0, length; at < source.Length; at += length)
        {
            length = StringInfo.GetNextTextElementLength(source, at);
            var element = source.AsSpan(at, length);
            if (IsLineBreak(element) && EndsWithWrapHyphen(text, source, at + element.Length, hyphenation, out var dropHyphen))
            {
                if (dropHyphen) text.Length--;
                joiningWrappedWord = true;
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(element[0]))
                pendingSpace = !joiningWrappedWord && (pendingSpace || text.Length > 0);
            else if (!IsRemoved(element))
            {
                if (pendingSpace) text.Append(' ');
                pendingSpace = joiningWrappedWord = false;
                Array.Fill(map, text.Length, at, element.Length);
                // ASCII is its own NFC form.
                if (Ascii.IsValid(element)) text.Append(element);
                else text.Append(element.ToString().Normalize(NormalizationForm.FormC));
                continue;
            }
            Array.Fill(map, text.Length, at, element.Length);
        }
        map[source.Length] = text.Length;
        return new NormalizedText(text.ToString(), map);
    }

    /// <summary>
    /// Whether the text so far ends in "letter-" or "digit-" and the next line starts with a letter: a word
    /// wrapped at a hyphen, joined without a space. <paramref name="dropHyphen"/> says whether the hyphen was
    /// only the wrap's, which can be so only before a lower-case letter ("impor-/tant", never "pro-/Russian").
    /// </summary>
    private static bool EndsWithWrapHyphen(StringBuilder text, string source, int nextLine, HyphenationEvidence hyphenation, out bool dropHyphen)
    {
        dropHyphen = false;
        var n = text.Length;
        if (n < 2 || text[n - 1] != '-' || !char.IsLetterOrDigit(text[n - 2])) return false;
        var next = nextLine;
        while (next < source.Length && source[next] is ' ' or '\t') next++;
        if (next >= source.Length || !char.IsLetter(source[next])) return false;
        var leftStart = n - 1;
        while (leftStart > 0 && char.IsLetter(text[leftStart - 1])) leftStart--;
        var rightEnd = next;
        while (rightEnd < source.Length && char.IsLetter(source[rightEnd])) rightEnd++;
        dropHyphen = leftStart < n - 1 && char.IsLower(source[next])
            && hyphenation.JoinsWithoutHyphen(text.ToString(leftStart, n - 1 - leftStart), source[next..rightEnd]);
        return true;
    }

    private static bool IsLineBreak(ReadOnlySpan<char> element) => element.IndexOfAny("\n\r\u2028\u2029") >= 0;

    /// <summary>Soft hyphens, zero-width spaces, word joiners, byte-order marks and the Mongolian vowel separator: characters
    /// inside words that carry no text (pages that hyphenate every word write "Crea\u00ADtive").</summary>
    public static readonly SearchValues<char> Invisible = SearchValues.Create("\u00AD\u200B\u2060\uFEFF\u180E");

    /// <summary><paramref name="text"/> without the <see cref="Invisible"/> characters (the same string when it has none).</summary>
    public static string WithoutInvisible(string text) =>
        text.AsSpan().IndexOfAny(Invisible) < 0 ? text : string.Concat(text.Where(c => !Invisible.Contains(c)));

    /// <summary>The invisible characters and control characters carry no text.</summary>
    private static bool IsRemoved(ReadOnlySpan<char> element)
    {
        foreach (var c in element)
            if (!Invisible.Contains(c) && !char.IsControl(c)) return false;
        return true;
    }
}
