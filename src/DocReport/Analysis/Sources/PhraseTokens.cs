using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>The words of a short phrase, with the character classes the source rules ask about.</summary>
internal static partial class PhraseTokens
{
    [GeneratedRegex(@"(?:\+(?=\p{N}))?[\p{L}\p{N}][\p{L}\p{N}'’&-]*(?:\.(?=\s|$))?|[\p{L}](?:\.[\p{L}])+\.?")]
    private static partial Regex Word();

    public static IReadOnlyList<string> Of(string text) =>
        Word().Matches(text).Select(m => TrimPeriod(m.Value)).ToList();

    public static bool IsCapitalized(string token) => token.Length > 0 && char.IsUpper(token[0]);

    public static bool IsAcronym(string token) => token.Length >= 2 && token.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-' || c == '.');

    /// <summary>The token without a possessive ending ("SkyJet's" -> "SkyJet").</summary>
    public static string WithoutPossessive(string token) =>
        token.EndsWith("'s") || token.EndsWith("’s") ? token[..^2] : token.TrimEnd('\'', '’');

    public static bool IsPossessive(string token) => token.EndsWith("'s") || token.EndsWith("’s") || (token.Length > 2 && token[^1] is '\'' or '’');

    // "Dr." keeps its period because titles are listed with it; a sentence's last word does not.
    private static string TrimPeriod(string token) =>
        token.EndsWith('.') && !SourceLexicon.IsTitle(token) && !(token.Length == 2 && char.IsUpper(token[0])) ? token[..^1] : token;
}
