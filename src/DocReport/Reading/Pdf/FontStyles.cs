using UglyToad.PdfPig.Content;

namespace DocReport.Reading.Pdf;

/// <summary>
/// What a letter's font tells of its face: bold (the font says so, or its name does) and fixed pitch (its name does). The name
/// tests are worked out once a font name: a page's letters share a few fonts, and a long PDF has millions of letters, each of
/// which ran a dozen substring searches of its font's name.
/// </summary>
internal sealed class FontStyles
{
    private static readonly string[] FixedPitchNames = ["Courier", "Mono", "Consolas", "Typewriter", "Code"];
    private static readonly string[] BoldNames = ["Bold", "Black", "Heavy", "Semibold", "SemiBold", "Demi"];

    private readonly Dictionary<string, (bool Bold, bool FixedPitch)> byName = new(StringComparer.Ordinal);
    // letters in a row mostly share their font's name (the same string): the last one is kept before the dictionary is asked
    private (string? Name, bool Bold, bool FixedPitch) last;

    public bool IsBold(Letter letter) => letter.FontDetails?.IsBold == true || letter.FontName is { } name && Of(name).Bold;

    public bool IsFixedPitch(Letter letter) => letter.FontName is { } name && Of(name).FixedPitch;

    private (bool Bold, bool FixedPitch) Of(string name)
    {
        if (ReferenceEquals(name, last.Name)) return (last.Bold, last.FixedPitch);
        if (!byName.TryGetValue(name, out var style))
            byName[name] = style = (BoldNames.Any(b => name.Contains(b, StringComparison.Ordinal)),
                !name.Contains("Monotype", StringComparison.OrdinalIgnoreCase) && FixedPitchNames.Any(f => name.Contains(f, StringComparison.OrdinalIgnoreCase)));
        last = (name, style.Bold, style.FixedPitch);
        return style;
    }
}
