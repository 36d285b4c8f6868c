using System.Text.RegularExpressions;

namespace DocReport.Analysis.Claims;

/// <summary>
/// A line of page furniture that reads like a report: a date line ("Posted on 15 October 2019 at 09:11 by ..."), a
/// contributor line ("... contributed to this report."), a reprint line ("Reprinted by permission of ..."), a picture's
/// caption or credit ("In this photo dated ...", "Clockwise from top: ...", "(AP Photo/...)", "Photo: ...", a credit glued by
/// extraction "...in Queens.CreditJane Doe/The Times", a person's name in parentheses closing a line with no full stop
/// "Placed on a table (Jane Doe)"). news-guideline.md labels furniture and captions No, however many names,
/// dates and places they hold, which is what makes the model score them high.
/// </summary>
internal static partial class FurnitureSentence
{
    /// <summary>Whether <paramref name="sentence"/> is a date, contributor, reprint or picture-credit line.</summary>
    public static bool Is(string sentence) => Furniture().IsMatch(sentence);

    [GeneratedRegex("""
        ^(?:posted|published|updated|last\ updated|first\ published)\b.{0,40}\b(?:on|at)\b.*\d
        |\bcontributed\ (?:to\ )?(?:this|the)\ (?:report|story|article)\b|\bcontributed\ reporting\b
        |^(?:this\ (?:article|story|piece|essay)\ (?:is|was)\ )?(?:reprinted|excerpted|adapted)\ (?:by|with|from)\b
        |^in\ this\ (?:file\ )?(?:photo|image|picture)\b
        |\((?:AP|AFP|Reuters|Getty)\b[^)]*\b(?:photo|images?)\b[^)]*\)
        |(?-i:[a-z.]Credit[A-Z])|\b(?:photo|image)\ (?:credit|courtesy)\b|^(?:photo|image|credit|source):
        |^(?:clockwise\ from\ (?:top|left|right|bottom)|from\ (?:left|right)(?![\w-])|\(?(?:left|right)\ to\ (?:right|left)\)?|pictured\b)
        |(?-i:\((?:[A-Z][a-z][\w.'’-]*\ ){1,3}[A-Z][a-z][\w'’-]*\))\s*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
