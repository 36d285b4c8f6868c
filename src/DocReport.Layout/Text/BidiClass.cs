using System.Globalization;
using HarfBuzzSharp;

namespace DocReport.Layout.Text;

/// <summary>The bidirectional character types of Unicode Standard Annex #9 that matter without explicit embeddings.</summary>
internal enum BidiClass : byte { L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON }

/// <summary>
/// The bidirectional type of a character, derived from its script (HarfBuzz's Unicode data: letters of a
/// right-to-left script are strong right-to-left) and its general category, with the digit and separator
/// sets of UAX #9's table of Bidi_Class values.
/// </summary>
internal static class BidiClasses
{
    private const string EuropeanSeparators = "+-\u2212\uFB29\uFE62\uFE63\uFF0B\uFF0D";
    private const string CommonSeparators = ",./:\u00A0\u060C\u202F\u2044\uFE50\uFE52\uFE55\uFF0C\uFF0E\uFF0F\uFF1A";
    private const string EuropeanTerminators = "#%\u00B0\u00B1\u2030\u2031\u2032\u2033\u2034\u2035\u066A\uFE5F\uFE69\uFF03\uFF05";

    public static BidiClass Of(int codePoint)
    {
        switch (codePoint)
        {
            case '\n' or '\r' or 0x1C or 0x1D or 0x1E or 0x85 or 0x2029: return BidiClass.B;
            case '\t' or 0x0B or 0x1F: return BidiClass.S;
            case 0x200E: return BidiClass.L;
            case 0x200F: return BidiClass.R;
            case 0x061C: return BidiClass.AL;
            case >= 0x0660 and <= 0x0669 or 0x066B or 0x066C or >= 0x0600 and <= 0x0605 or 0x08E2: return BidiClass.AN;
            case >= 0x06F0 and <= 0x06F9 or >= 0xFF10 and <= 0xFF19 or 0xB2 or 0xB3 or 0xB9: return BidiClass.EN;
        }
        if (codePoint < 0x10000)
        {
            var c = (char)codePoint;
            if (EuropeanSeparators.Contains(c)) return BidiClass.ES;
            if (CommonSeparators.Contains(c)) return BidiClass.CS;
            if (EuropeanTerminators.Contains(c)) return BidiClass.ET;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        switch (category)
        {
            case UnicodeCategory.DecimalDigitNumber when codePoint <= '9': return BidiClass.EN;
            case UnicodeCategory.CurrencySymbol: return BidiClass.ET;
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark: return BidiClass.NSM;
            case UnicodeCategory.Format or UnicodeCategory.Control: return BidiClass.BN;
            case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator: return BidiClass.WS;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber:
                return StrongClass(codePoint);
            default: return BidiClass.ON;
        }
    }

    /// <summary>A character that is a letter, or a digit of a script other than Latin and Arabic, of a right-to-left or left-to-right script.</summary>
    private static BidiClass StrongClass(int codePoint)
    {
        var script = UnicodeFunctions.Default.GetScript(codePoint);
        if (script.HorizontalDirection != Direction.RightToLeft) return BidiClass.L;
        return script == Script.Arabic || script == Script.Syriac || script == Script.Thaana ? BidiClass.AL : BidiClass.R;
    }

    /// <summary>True when some character of <paramref name="text"/> is right-to-left, so the text needs the bidirectional algorithm.</summary>
    public static bool HasRightToLeft(string text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (rune.Value >= 0x0590 && Of(rune.Value) is BidiClass.R or BidiClass.AL or BidiClass.AN) return true;
        return false;
    }
}
