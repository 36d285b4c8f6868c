using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>A hyperlink of a paragraph or a bare URL in the text: a document source.</summary>
internal sealed partial record LinkMention(int Start, int End, string Url, string Name)
{
    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""“”«»]+", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    /// <summary>The paragraphs' links and the bare URLs outside them, in text order.</summary>
    public static IReadOnlyList<LinkMention> Find(Article article)
    {
        var links = article.Paragraphs.SelectMany(p => p.Links)
            .Where(l => l.Start >= 0 && l.End <= article.Text.Length && l.Start <= l.End)
            .Select(l => new LinkMention(l.Start, l.End, l.Url, NameOf(article.Text[l.Start..l.End], l.Url)))
            .ToList();
        foreach (Match match in BareUrl().Matches(article.Text))
        {
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '\'', '’');
            var end = match.Index + url.Length;
            if (!links.Any(l => l.Start < end && match.Index < l.End)) links.Add(new LinkMention(match.Index, end, url, NameOf(url, url)));
        }
        return links.OrderBy(l => l.Start).ThenBy(l => l.Url, StringComparer.Ordinal).ToList();
    }

    // A link is named by its anchor text; a bare URL by itself without the scheme.
    private static string NameOf(string anchor, string url)
    {
        var text = anchor.Trim();
        return text.Length > 0 && !BareUrl().IsMatch(text) ? text : Regex.Replace(url, @"^https?://", "", RegexOptions.IgnoreCase).TrimEnd('/');
    }
}
