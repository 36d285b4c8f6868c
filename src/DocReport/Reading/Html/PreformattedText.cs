using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// Tells a <c>&lt;pre&gt;</c> of code (programs, commands and their output, data, text set in columns) from one of writing
/// (an Internet-Draft's pages, a quoted e-mail exchange, a poem), which stays prose. Read on the Readability.js test pages
/// and trafilatura's dev half: nearly every <c>&lt;pre&gt;</c> there is code, and a <c>&lt;code&gt;</c> inside or a named
/// language always meant code. Writing is lines of words (most lines, few marks of code) that end sentences; an RFC's
/// page of prose with bracketed references stays prose, its page of HTTP exchanges is code.
/// </summary>
internal static partial class PreformattedText
{
    /// <summary>Elements that make a <c>&lt;pre&gt;</c> a page laid out in one (a results page of headings and tables), not text.</summary>
    public static readonly HashSet<string> LayoutTags = ["table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"];

    private static readonly ISelector Layout = Selectors.Parse(string.Join(", ", LayoutTags));

    private static readonly ISelector Code = Selectors.Parse("code");

    public static bool HoldsLayout(IElement pre) => pre.ChildNodes.QuerySelector(Layout) is not null;

    public static bool IsCode(IElement pre, string text)
    {
        if (pre.ChildNodes.QuerySelector(Code) is not null || NamesLanguage(pre)) return true;
        var lines = text.Split('\n').Select(l => QuoteMark().Replace(l, "")).Where(l => l.Trim().Length > 0).ToList();
        // Columns: most lines hold a wide gap between words (a results table, a listing).
        if (lines.Count >= 2 && lines.Count(l => ColumnGap().IsMatch(l.Trim())) * 2 >= lines.Count) return true;
        return !(lines.Count(IsWritingLine) * 2 >= lines.Count && SentenceEnd().IsMatch(text));
    }

    // A line of writing: four words or more, not after a prompt, at most one in four with marks of code.
    private static bool IsWritingLine(string line)
    {
        var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= 4 && tokens[0] is not ("$" or "%" or "#" or ">>>" or "...") && tokens.Count(IsCodeToken) * 4 <= tokens.Length;
    }

    private static bool NamesLanguage(IElement pre) =>
        pre.HasAttribute("lang") || pre.HasAttribute("data-lang") || pre.HasAttribute("data-language")
        || (pre.ClassName?.Contains("lang", StringComparison.OrdinalIgnoreCase) ?? false);

    // A lone bullet ("*", "-") is writing's; marks of code are brackets, operators, sigils, options, calls and file names.
    private static bool IsCodeToken(string token) => token is not ("*" or "-" or "+") && CodeMark().IsMatch(token);

    [GeneratedRegex(@"[{}\[\]<>=;$#\\|_*&^~@`]|^--?[a-z]|\w\(|[a-z0-9]\.[a-z]{2}", RegexOptions.IgnoreCase)]
    private static partial Regex CodeMark();

    [GeneratedRegex(@"^\s*(>\s*)+")]
    private static partial Regex QuoteMark();

    [GeneratedRegex(@"\S {3,}\S")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"\p{Ll}{2,}[.?!][""')\u201D]?(\s|$)")]
    private static partial Regex SentenceEnd();
}
