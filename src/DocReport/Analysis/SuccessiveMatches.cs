using System.Text.RegularExpressions;

namespace DocReport.Analysis;

/// <summary>
/// A pattern's matches over a whole text, each made when the one before is done with: the same matches, in the same order, as
/// <see cref="Regex.Matches(string)"/>, whose collection keeps every match it has given until the collection itself is let go.
/// Over a long document's text (hundreds of thousands of capitalised words) that kept list outlived the young collections and
/// was promoted, dead soon after, to the oldest generation, where it raised the peak memory of the sources step.
/// </summary>
internal static class SuccessiveMatches
{
    public static IEnumerable<Match> Of(Regex pattern, string text)
    {
        for (var match = pattern.Match(text); match.Success; match = match.NextMatch()) yield return match;
    }
}
