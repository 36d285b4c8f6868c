namespace DocReport.Output.Brief;

/// <summary>
/// The language the brief tells the layout its text is in: the document's own, else a guess from its script where
/// the script alone decides how characters should look (Han characters are drawn differently in Chinese and Japanese).
/// </summary>
internal static class BriefLanguage
{
    public static string? Of(Model.DocumentInfo document, string text) => document.Language ?? FromScript(text);

    /// <summary>"ja" when the text has kana, "ko" when it has Hangul, "zh" when it has Han characters only; else null.</summary>
    public static string? FromScript(string text)
    {
        bool han = false, hangul = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            if (c is >= 0x3040 and <= 0x30FF) return "ja";
            hangul |= c is >= 0xAC00 and <= 0xD7AF or >= 0x1100 and <= 0x11FF;
            han |= c is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2FFFF;
        }
        return hangul ? "ko" : han ? "zh" : null;
    }
}
