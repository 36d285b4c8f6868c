namespace DocReport.Reading;

/// <summary>How a page writes a numeric date whose first two numbers could each be the day: "03/08/2021" is 8 March in the
/// United States and 3 August almost everywhere else.</summary>
internal enum NumericDateOrder
{
    /// <summary>Not known: such a date is not read.</summary>
    Unknown,

    /// <summary>Day, month, year.</summary>
    DayFirst,

    /// <summary>Month, day, year (US English).</summary>
    MonthFirst,
}

/// <summary>The numeric date order of a language tag ("en-US", "de", "fr_FR"), or of the country a page's address names.</summary>
internal static class NumericDateOrders
{
    // Languages that write the year first (Chinese, Japanese, Korean, Hungarian, Lithuanian) and English without a region say nothing.
    private static readonly HashSet<string> YearFirstOrUnknown = new(StringComparer.OrdinalIgnoreCase) { "zh", "ja", "ko", "hu", "lt", "en" };

    // Country-code domains that say nothing of where a page is written: those sold for other uses and read as generic by search
    // engines (Google's list of generic ccTLDs: .io, .co, .tv, .me, ...), and the countries of mixed or year-first usage.
    private static readonly HashSet<string> SayNothing = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ag", "ai", "as", "bz", "cc", "cd", "co", "dj", "fm", "gg", "io", "la", "ly", "me", "ms", "nu", "sc", "sh", "sr", "su", "tk", "to", "tv", "ws",
    };

    // The countries whose own usage is mixed or year first (Canada, China, Japan, Korea, Hungary, Lithuania, Sweden, South Africa,
    // Iran, Taiwan): their domain, or English with their region ("en-CA", "en-ZA"), says nothing.
    private static readonly HashSet<string> MixedOrYearFirstCountries = new(StringComparer.OrdinalIgnoreCase) { "ca", "cn", "jp", "kr", "hu", "lt", "se", "za", "ir", "tw" };

    // Where numeric dates are written month first (CLDR's short date patterns: United States, the Philippines, and the US
    // territories and associated states with their own domains).
    private static readonly HashSet<string> MonthFirstCountries = new(StringComparer.OrdinalIgnoreCase) { "us", "ph", "gu", "pr", "vi", "mh", "pw" };

    /// <summary>The order the page's language says; where it says none (English without a region, or no language at all), the
    /// order of the country its address's domain names ("example.co.uk": day first; "example.com" says nothing).</summary>
    public static NumericDateOrder Of(string? languageTag, string? address = null)
    {
        var byLanguage = Of(languageTag);
        if (byLanguage != NumericDateOrder.Unknown || !WithoutRegion(languageTag)) return byLanguage;
        return CountryCode(address) is not { } country || SayNothing.Contains(country) ? NumericDateOrder.Unknown : OfCountry(country);
    }

    private static NumericDateOrder OfCountry(string country) =>
        MixedOrYearFirstCountries.Contains(country) ? NumericDateOrder.Unknown
        : MonthFirstCountries.Contains(country) ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst;

    /// <summary>The numeric date order of a language tag alone.</summary>
    public static NumericDateOrder Of(string? languageTag)
    {
        if (string.IsNullOrWhiteSpace(languageTag)) return NumericDateOrder.Unknown;
        var parts = languageTag.Trim().Split('-', '_');
        // English takes its region's order: "en-US" and "en-PH" month first, "en-CA" neither, "en-GB" day first.
        if (parts[0].Equals("en", StringComparison.OrdinalIgnoreCase) && parts.Length > 1)
            return OfCountry(parts[1]);
        return YearFirstOrUnknown.Contains(parts[0]) ? NumericDateOrder.Unknown : NumericDateOrder.DayFirst;
    }

    // No language, or English with no region: a year-first language's silence is its own and stays.
    private static bool WithoutRegion(string? languageTag) =>
        string.IsNullOrWhiteSpace(languageTag) || languageTag.Trim().Equals("en", StringComparison.OrdinalIgnoreCase);

    // The two letters that end an absolute address's host ("www.example.co.uk" -> "uk"); null for a generic domain or no address.
    private static string? CountryCode(string? address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.HostNameType != UriHostNameType.Dns) return null;
        var last = uri.Host.TrimEnd('.')[(uri.Host.TrimEnd('.').LastIndexOf('.') + 1)..];
        return last.Length == 2 && last.All(char.IsAsciiLetter) ? last : null;
    }
}
