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
            if (tag.Change == 0) continue;
            depth = Math.Max(0, depth + tag.Change);
            deepest = Math.Max(deepest, depth);
        }
        if (deepest <= maxDepth) return (html, false);

        var kept = new StringBuilder(html.Length);
        var from = 0;
        depth = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.Change == 0) continue;
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

    /// <summary>
    /// The most elements side by side in one parent, and that parent's name, as the parser will about find them:
    /// counted before parsing, since parsing a page of 450,000 paragraphs costs 700 MB before the parsed page can be
    /// counted. Elements that open a level, and paragraphs, list items, table rows and options, count; void elements
    /// (which sit inside a paragraph as often as beside it) and table cells (beside the other cells of their row) do
    /// not, so the count errs low and a real page is not refused on it.
    /// </summary>
    public static (string Parent, int Children) MostSideBySide(string html)
    {
        var counts = new List<int> { 0 };
        var names = new List<string> { "body" };
        (string Parent, int Children) most = ("body", 0);
        var depth = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.Change < 0) { depth = Math.Max(0, depth - 1); continue; }
            if (tag.Closing || tag.Change == 0 && !Siblings.Contains(html.AsSpan(tag.NameStart, tag.NameLength))) continue;
            if (++counts[depth] > most.Children) most = (names[depth], counts[depth]);
            if (tag.Change == 0) continue;
            var name = html.Substring(tag.NameStart, tag.NameLength).ToLowerInvariant();
            if (++depth == counts.Count) { counts.Add(0); names.Add(name); }
            else { counts[depth] = 0; names[depth] = name; }
        }
        return most;
    }

    // Elements that do not open a level (the parser implies their end tags) yet stand beside each other in one parent.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Siblings =
        new HashSet<string>(["p", "li", "dt", "dd", "tr", "option"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Each start or end tag outside raw text: where it and its name are, whether it closes, and +1 or -1 when it changes the depth (0 when not).</summary>
    private static IEnumerable<(int Start, int End, int Change, int NameStart, int NameLength, bool Closing)> Tags(string html)
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
            var change = FlatNames.Contains(html.AsSpan(nameStart, nameEnd - nameStart)) || selfClosing ? 0 : closing ? -1 : 1;
            yield return (i, end, change, nameStart, nameEnd - nameStart, closing);
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
