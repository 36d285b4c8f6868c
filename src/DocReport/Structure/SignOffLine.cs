using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises the sign-off that closes a news agency's story on a line of its own: the writer's initials and the agency's
/// abbreviation ("aja/PAP", "(dr/spot)", "dpa/lsw", "(SID)"), a credit rather than a sentence of the story.
/// </summary>
internal static partial class SignOffLine
{
    private const int MaxLength = 24;

    /// <summary>Whether <paramref name="line"/> is only initials and agency abbreviations, joined by slashes or in parentheses.</summary>
    public static bool Matches(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length <= MaxLength && SignOff().IsMatch(trimmed) && !RomanNumeral().IsMatch(trimmed);
    }

    // Each part all lower case (a writer's initials, 2-4 letters) or all capitals (an agency, 2-5 letters).
    private const string Part = @"(?:\p{Ll}{2,4}|\p{Lu}{2,5})";

    [GeneratedRegex(@"^(?:\(" + Part + @"(?:\s?/\s?" + Part + @")*\)|" + Part + @"(?:\s?/\s?" + Part + @")+)$")]
    private static partial Regex SignOff();

    // "(ii)", "(iv)": a list's numbering standing alone, not a sign-off.
    [GeneratedRegex(@"^\(?[ivxlc]+\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RomanNumeral();
}
