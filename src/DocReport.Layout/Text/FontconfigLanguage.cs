namespace DocReport.Layout.Text;

/// <summary>
/// A BCP 47 language tag as fontconfig names the languages a font covers. Fontconfig knows Chinese only by region
/// ("zh-cn", "zh-tw", "zh-hk"): asked for "zh" it matched Noto Sans CJK's Japanese face, whose character map has no
/// entry for the Simplified forms HarfBuzz draws for "zh", so a PDF reader copied the brief's Chinese with a third of its
/// characters missing.
/// </summary>
internal static class FontconfigLanguage
{
    public static string Of(string language)
    {
        var parts = language.ToLowerInvariant().Replace('_', '-').Split('-');
        if (parts[0] != "zh") return language;
        // HarfBuzz draws a Chinese tag without script or region in Simplified forms, as fontconfig's "zh-cn" face does.
        var subtags = parts.Skip(1).ToHashSet();
        return subtags.Overlaps(["hk", "mo"]) ? "zh-hk" : subtags.Overlaps(["hant", "tw"]) ? "zh-tw" : "zh-cn";
    }
}
