using System.Text.RegularExpressions;

namespace DocReport.Analysis.Claims;

/// <summary>
/// A study's procedure told as what its people were made to do: "The participants were asked to rate ...", "Respondents were
/// also shown ...", "Volunteers were randomly assigned to ...". news-guideline.md labels a study's procedure No (its
/// findings are the claims); the model reads such a sentence as a report of what happened. The people are the study's
/// (participants, subjects, respondents, volunteers), never patients or residents, whom events happen to ("all the patients were
/// asked to leave").
/// </summary>
internal static partial class StudyProcedure
{
    /// <summary>Whether <paramref name="sentence"/> tells what a study's participants were asked, given, shown or assigned.</summary>
    public static bool Is(string sentence) => Procedure().IsMatch(sentence);

    [GeneratedRegex("""
        \b(?:participants|subjects|respondents|volunteers)\b[^.;]{0,40}?\b(?:were|was|are|had\ been)\s+(?:then\s+|first\s+|also\s+|each\s+)?
        (?:asked|given|told|instructed|randomly|randomised|randomized|assigned|shown|presented|required|invited)\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Procedure();
}
