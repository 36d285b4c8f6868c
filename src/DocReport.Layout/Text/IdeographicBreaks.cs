namespace DocReport.Layout.Text;

/// <summary>
/// Where a line may break inside text written without spaces (Chinese, Japanese): before and after an ideograph
/// or kana (class ID of UAX #14), except before closing punctuation and small kana, or after opening brackets
/// (the kinsoku rules of JIS X 4051, classes CL, CP, EX, IS, NS and OP of UAX #14).
/// </summary>
internal static class IdeographicBreaks
{
    private const string NoBreakBefore = "、。，．：；？！）］｝〕〉》」』】〙〗〟’”ー々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ・…‥゛゜ヽヾゝゞ!),.:;?]}%）％｡｣､･";
    private const string NoBreakAfter = "（［｛〔〈《「『【〘〖〝‘“([{｢";

    /// <summary>True when a line may end between <paramref name="before"/> and <paramref name="after"/>, two characters with no space between them.</summary>
    public static bool Allowed(int before, int after) =>
        (IsIdeographic(before) || IsIdeographic(after)) && !Contains(NoBreakBefore, after) && !Contains(NoBreakAfter, before);

    /// <summary>Han ideographs, kana and the CJK symbols and full-width forms set with them.</summary>
    public static bool IsIdeographic(int c) => c is >= 0x2E80 and <= 0x2FDF or >= 0x3000 and <= 0x30FF or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFF01 and <= 0xFF60 or >= 0x20000 and <= 0x3FFFF;

    private static bool Contains(string set, int c) => c < 0x10000 && set.Contains((char)c);
}
