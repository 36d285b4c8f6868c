using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace DocReport.Output.Workbook;

/// <summary>Makes document text fit a workbook cell: only characters XML can hold, at most Excel's 32,767 characters.</summary>
internal static partial class CellText
{
    /// <summary>Excel's hard limit on the characters of one cell.</summary>
    public const int MaxLength = 32_767;

    /// <summary>Ends a cut cell, so a reader knows the text goes on elsewhere.</summary>
    public const string CutMarker = " … [cut at Excel's 32,767-character cell limit; the full text is in dataset.json]";

    /// <summary>The text without the characters XML 1.0 cannot hold: control characters other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF.</summary>
    public static string Clean(string text)
    {
        var firstBad = FirstInvalid(text, 0);
        if (firstBad < 0) return text;
        var clean = new StringBuilder(text.Length).Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (IsPair(text, i)) clean.Append(text, i++, 2);
            else if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
        }
        return clean.ToString();
    }

    /// <summary>
    /// The cleaned text, cut with <see cref="CutMarker"/> when longer than <see cref="MaxLength"/>, with a literal
    /// "_xHHHH_" escaped as "_x005F_xHHHH_" (ECMA-376 ST_Xstring: Excel and openpyxl would otherwise read it as a character code).
    /// </summary>
    public static string Fit(string text)
    {
        var clean = Clean(text);
        if (clean.Contains("_x", StringComparison.Ordinal)) clean = EscapeCode().Replace(clean, "_x005F$0");
        if (clean.Length <= MaxLength) return clean;
        var keep = MaxLength - CutMarker.Length;
        if (char.IsHighSurrogate(clean[keep - 1])) keep--;
        return string.Concat(clean.AsSpan(0, keep), CutMarker);
    }

    [GeneratedRegex("_(?=x[0-9A-Fa-f]{4}_)")]
    private static partial Regex EscapeCode();

    /// <summary>True when <see cref="Fit"/> has to cut the text.</summary>
    public static bool IsTooLong(string text) => text.Length > MaxLength && Clean(text).Length > MaxLength;

    private static int FirstInvalid(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (IsPair(text, i)) i++;
            else if (!XmlConvert.IsXmlChar(text[i])) return i;
        }
        return -1;
    }

    private static bool IsPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
}
