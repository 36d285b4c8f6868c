using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>The words of a short phrase, with the character classes the source rules ask about.</summary>
internal static partial class PhraseTokens
{
    // "Reuters/Ipsos", "NBC/WSJ": a slash between letters joins the names of two makers into one word
    // "U.S.", "a.m.": letters joined by periods are one word, read before a letter alone ("U" then "S.")
    // "brisk_owl77": an underscore inside a word is a handle's
    [GeneratedRegex(@"[\p{L}](?:\.[\p{L}])+\.?(?![\p{L}\p{N}])|(?:\+(?=\p{N}))?[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|_(?=[\p{L}\p{N}])|/(?=\p{L}))*(?:\.(?=\s|$))?")]
    private static partial Regex Word();

    public static IReadOnlyList<string> Of(string text) =>
        Word().Matches(text).Select(m => TrimPeriod(m.Value)).ToList();

    /// <summary>True for a word written with a capital, a surname opened by a joined particle ("al-Assad", "el-Sisi"), a name
    /// opened by digits ("1010data", "23andMe"), or a user's handle closed by them ("elmo666").</summary>
    public static bool IsCapitalized(string token) => token.Length > 0 && char.IsUpper(token[0]) || JoinedParticle().IsMatch(token) || IsDigitName(token) || IsHandle(token);

    /// <summary>True for a forum or social-media user's handle: three lower-case letters or underscores or more, then two digits or
    /// more ("fenwick88", "brisk_owl77"; not "mp3" or "g20", nor a technical name such as "covid19", "sha256" or "win32").</summary>
    public static bool IsHandle(string token) => Handle().Match(token) is { Success: true } handle && !TechnicalStems.Contains(handle.Groups[1].Value);

    [GeneratedRegex(@"^([\p{Ll}_]{3,})\d{2,}$")]
    private static partial Regex Handle();

    // Letters that open names of diseases, standards and formats written with a number ("covid19", "sars2", "utf16", "ipv6" has too few digits)
    private static readonly HashSet<string> TechnicalStems = new(StringComparer.Ordinal)
    {
        "covid", "sars", "mers", "sha", "base", "win", "utf", "iso", "ipv", "usb", "ddr", "hdmi", "mpeg", "tls", "ssl", "rfc", "gpt", "llama",
    };

    // Digits, then a word of three letters or more that is no unit or count ("10mph", "30something", "1990s" and "4th" have fewer letters)
    private static bool IsDigitName(string token) =>
        token.Length > 0 && char.IsDigit(token[0]) && DigitName().Match(token) is { Success: true } name && !Units.Contains(name.Groups[1].Value);

    [GeneratedRegex(@"^\d+(\p{Ll}{3,})[\p{L}\p{N}]*$")]
    private static partial Regex DigitName();

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "mph", "kph", "kmh", "min", "mins", "sec", "secs", "hrs", "hour", "hours", "day", "days", "yrs", "year", "years", "lbs", "mbps", "gbps", "kbps",
        "ghz", "mhz", "khz", "kwh", "mwh", "gwh", "something", "somethings", "ish", "million", "billion", "thousand", "percent",
    };

    // The particles that open a surname in lower case: "de Blasio", "van Gogh", "bin Salman", "al-Assad".
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "des", "du", "da", "di", "del", "della", "dos", "das", "la", "le", "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn",
    };

    public static bool IsParticle(string token) => Particles.Contains(token);

    /// <summary>True for a name opened by a surname's particle ("de Blasio", "al-Assad"): a person's, not a body's.</summary>
    public static bool OpensWithParticle(string name) =>
        name.Split(' ') is var words && (words.Length > 1 && IsParticle(words[0]) && char.IsUpper(words[1][0]) || JoinedParticle().IsMatch(words[0]));

    [GeneratedRegex(@"^(?:al|el|ad|as|an|bin|ibn)-\p{Lu}")]
    private static partial Regex JoinedParticle();

    public static bool IsAcronym(string token) => token.Length >= 2 && token.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '.' or '/');

    /// <summary>The token without a possessive ending ("SkyJet's" -> "SkyJet").</summary>
    public static string WithoutPossessive(string token) =>
        token.EndsWith("'s") || token.EndsWith("’s") ? token[..^2] : token.TrimEnd('\'', '’');

    public static bool IsPossessive(string token) => token.EndsWith("'s") || token.EndsWith("’s") || (token.Length > 2 && token[^1] is '\'' or '’');

    // "Dr." keeps its period because titles are listed with it; a sentence's last word does not.
    private static string TrimPeriod(string token) =>
        token.EndsWith('.') && !SourceLexicon.IsTitle(token) && !(token.Length == 2 && char.IsUpper(token[0])) && token.IndexOf('.') == token.Length - 1 ? token[..^1] : token;
}
