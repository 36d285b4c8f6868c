using System.Buffers;
using System.Text;

namespace DocReport.Reading.Html;

/// <summary>
/// Flattens markup nested deeper than a limit before it is parsed: HTML parsers and content scoring walk the
/// ancestors of every element, so 100,000 nested &lt;div&gt;s cost time in the square of the depth. Tags past the
/// limit are dropped and their text kept, much as browsers stop nesting at a fixed depth. A linear scan; markup
/// within the limit is returned unchanged.
/// </summary>
internal static class NestingLimiter
{
    // Elements that never hold children, or whose end tag the parser implies: they do not deepen the tree.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "html", "head", "body",
    };

    // Tag names are looked up as spans of the page: a string per tag cost more than the scan.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FlatNames = Flat.GetAlternateLookup<ReadOnlySpan<char>>();

    // Their content is text up to the matching end tag, whatever it looks like.
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noframes"];

    /// <summary>The markup with tags nested past <paramref name="maxDepth"/> removed, and whether any were.</summary>
    public static (string Html, bool Flattened) Limit(string html, int maxDepth)
    {
        var depth = 0;
        var deepest = 0;
        // Two scans rather than a list of every tag: nearly every page is within the limit and needs only the first.
        foreach (var tag in Tags(html))
        {
            depth = Math.Max(0, depth + tag.Change);
            deepest = Math.Max(deepest, depth);
        }
        if (deepest <= maxDepth) return (html, false);

        var kept = new StringBuilder(html.Length);
        var from = 0;
        depth = 0;
        foreach (var tag in Tags(html))
        {
            var drop = tag.Change > 0 ? depth >= maxDepth : tag.Change < 0 && depth > maxDepth;
            depth = Math.Max(0, depth + tag.Change);
            if (!drop) continue;
            kept.Append(html, from, tag.Start - from);
            from = tag.End;
        }
        return (kept.Append(html, from, html.Length - from).ToString(), true);
    }

    /// <summary>How many start tags the markup has: '&lt;' followed by a letter.</summary>
    public static int CountStartTags(string html)
    {
        var count = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
            if (char.IsAsciiLetter(html[i + 1])) count++;
        return count;
    }

    /// <summary>Each start or end tag that changes the depth: where it is and +1 or -1.</summary>
    private static IEnumerable<(int Start, int End, int Change)> Tags(string html)
    {
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0) { i = Skip(html, i + 4, "-->"); continue; }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) { i++; continue; }
            var end = TagEnd(html, nameEnd);
            var selfClosing = html[end - 2] == '/';
            if (!closing && RawTextName(html.AsSpan(nameStart, nameEnd - nameStart)) is { } rawText)
            {
                i = RawTextEnd(html, end, rawText);
                continue;
            }
            if (!FlatNames.Contains(html.AsSpan(nameStart, nameEnd - nameStart)) && !selfClosing) yield return (i, end, closing ? -1 : 1);
            i = end;
        }
    }

    private static string? RawTextName(ReadOnlySpan<char> name)
    {
        foreach (var rawText in RawText)
            if (name.Equals(rawText, StringComparison.OrdinalIgnoreCase)) return rawText;
        return null;
    }

    // The position after the tag's '>', skipping quoted attribute values (a quote opens one only after '=', white
    // space between them aside). Jumps from one '>' or quote to the next rather than reading every character.
    private static int TagEnd(string html, int i)
    {
        var start = i;
        while (i < html.Length)
        {
            var at = html.AsSpan(i).IndexOfAny(TagEndOrQuote);
            if (at < 0) return html.Length;
            i += at;
            if (html[i] == '>') return i + 1;
            if (AfterEquals(html, start, i))
            {
                var close = html.IndexOf(html[i], i + 1);
                if (close < 0) return html.Length;
                i = close;
            }
            i++;
        }
        return html.Length;
    }

    private static readonly SearchValues<char> TagEndOrQuote = SearchValues.Create(">\"'");

    private static bool AfterEquals(string html, int start, int i)
    {
        for (var j = i - 1; j >= start; j--)
            if (!char.IsWhiteSpace(html[j])) return html[j] == '=';
        return false;
    }

    private static int RawTextEnd(string html, int from, string name)
    {
        var close = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : TagEnd(html, close + 2 + name.Length);
    }

    private static int Skip(string html, int from, string terminator)
    {
        var at = html.IndexOf(terminator, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + terminator.Length;
    }
}
