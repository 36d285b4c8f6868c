using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DocReport.Bench.ReadabilityEval;

/// <summary>The blocks of Readability's expected output whose words are missing from DocReport's text, for reading which drops are right.</summary>
internal static partial class BlockDiff
{
    private const string Blocks = "p, li, h1, h2, h3, h4, h5, h6, figcaption, pre, blockquote, td, th, dd, dt";

    public static IEnumerable<string> Dropped(IDocument expected, string extracted)
    {
        var have = Words(extracted);
        return expected.QuerySelectorAll(Blocks)
            .Where(e => e.QuerySelector(Blocks) is null)
            .Select(e => (Element: e, Words: Words(e.TextContent)))
            .Where(b => b.Words.Length > 0 && !have.Contains(b.Words, StringComparison.Ordinal))
            .Select(b => $"{b.Element.LocalName}{(string.IsNullOrEmpty(b.Element.ClassName) ? "" : "." + b.Element.ClassName)}: {Shorten(b.Element.TextContent)}");
    }

    /// <summary>DocReport's blocks whose words are missing from the expected text: what it keeps and Readability does not.</summary>
    public static IEnumerable<string> Added(IEnumerable<(string Kind, string Text)> blocks, string expected)
    {
        var have = Words(expected);
        return blocks.Select(b => (b.Kind, b.Text, Words: Words(b.Text)))
            .Where(b => b.Words.Length > 0 && !have.Contains(b.Words, StringComparison.Ordinal))
            .Select(b => $"{b.Kind}: {Shorten(b.Text)}");
    }

    private static string Words(string text) => string.Join(' ', Word().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
