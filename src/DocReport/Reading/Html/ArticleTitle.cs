using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>Readability's title from &lt;title&gt;: drops the site name after a separator, or takes the lone &lt;h1&gt;.</summary>
internal static partial class ArticleTitle
{
    public static string FromDocument(IDocument document)
    {
        var original = (document.Title ?? "").Trim();
        var current = original;
        var hadHierarchicalSeparators = false;
        if (SeparatorWithSpaces().IsMatch(current))
        {
            hadHierarchicalSeparators = HierarchicalSeparator().IsMatch(current);
            current = original[..SeparatorWithSpaces().Matches(original)[^1].Index];
            if (WordCount(current) < 3) current = FirstPartAndSeparator().Replace(original, "");
        }
        else if (current.Contains(": "))
        {
            var headings = document.QuerySelectorAll("h1, h2").Select(h => h.TextContent.Trim());
            if (!headings.Contains(current.Trim()))
            {
                current = original[(original.LastIndexOf(':') + 1)..];
                if (WordCount(current) < 3) current = original[(original.IndexOf(':') + 1)..];
                else if (WordCount(original[..original.IndexOf(':')]) > 5) current = original;
            }
        }
        else if (current.Length is > 150 or < 15)
        {
            var h1s = document.GetElementsByTagName("h1");
            if (h1s.Length == 1) current = h1s[0].InnerText();
        }
        current = ReadabilityPatterns.RunsOfSpace().Replace(current.Trim(), " ");
        var words = WordCount(current);
        if (words <= 4 && (!hadHierarchicalSeparators || words != WordCount(Separators().Replace(original, "")) - 1))
            current = original;
        return current;
    }

    private static int WordCount(string s) => Whitespace().Split(s).Length;

    [GeneratedRegex(@" [\|\-–\\\/>»] ")]
    private static partial Regex SeparatorWithSpaces();

    [GeneratedRegex(@" [\\\/>»] ")]
    private static partial Regex HierarchicalSeparator();

    [GeneratedRegex(@"^[^\|\-–\\\/>»]*[\|\-–\\\/>»]")]
    private static partial Regex FirstPartAndSeparator();

    [GeneratedRegex(@"[\|\-–\\\/>»]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
