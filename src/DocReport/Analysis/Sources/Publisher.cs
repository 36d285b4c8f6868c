using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The outlet that publishes the page, known by its site name ("POLITICO") or its address (politico.com). What the page's
/// own outlet obtained or learnt is the page's own reporting, so the outlet is never one of its cited sources; another
/// outlet ("a transcript reviewed by Business Insider" on another site) is.
/// </summary>
internal sealed class Publisher
{
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);

    public Publisher(DocumentInfo info)
    {
        if (Key(info.SiteName) is { Length: > 2 } site) keys.Add(site);
        if (HostLabel(info.Url) is { Length: > 2 } host) keys.Add(host);
    }

    /// <summary>True when the name is the publisher's, written any way ("Politico", "The Boston Herald", "BostonHerald.com").</summary>
    public bool Is(string name) => keys.Count > 0 && Key(name) is { } key && keys.Contains(key);

    /// <summary>
    /// True when the phrase names one of the outlet's own people by the outlet's possessive ("Axios' Kaveh Waddell reports:" on
    /// axios.com): the page's own reporting, not a cited source; "the ACLU's Jay Stanley" is cited.
    /// </summary>
    public bool StaffNamed(string sourceText, SourcePhrase phrase) =>
        phrase.Form == PhraseForm.Named && keys.Count > 0
        && Regex.Match(sourceText, $@"(?<outlet>\p{{Lu}}[\p{{L}}\p{{N}}.&-]*(?:[ \t]+\p{{Lu}}[\p{{L}}\p{{N}}.&-]*)*)['’]s?[ \t]+{Regex.Escape(phrase.Name)}\b") is { Success: true } owned
        && Is(owned.Groups["outlet"].Value);

    // letters and digits only, lower case, without a leading "the" or a trailing ".com"
    private static string? Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[4..];
        foreach (var ending in (string[])[".com", ".co.uk", ".org", ".net"])
            if (trimmed.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[..^ending.Length];
        return string.Concat(trimmed.Where(char.IsLetterOrDigit)).ToLowerInvariant();
    }

    // "https://www.politico.com/news/..." is "politico": the host's first label after "www."
    private static string? HostLabel(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var labels = uri.Host.Split('.');
        var first = labels[0] is "www" or "m" or "amp" && labels.Length > 2 ? labels[1] : labels[0];
        return Key(first);
    }
}
