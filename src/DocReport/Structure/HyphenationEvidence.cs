using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Decides whether a hyphen at a line break was added by the line wrap ("impor-/tant") or belongs
/// to a compound ("ground-/breaking"), from how the document itself spells the word elsewhere.
/// </summary>
internal sealed partial class HyphenationEvidence(IReadOnlySet<string> words)
{
    /// <summary>No evidence: every line-break hyphen is kept.</summary>
    public static HyphenationEvidence None { get; } = new(new HashSet<string>());

    /// <summary>The spellings used in <paramref name="texts"/>, hyphenated compounds included.</summary>
    public static HyphenationEvidence From(IEnumerable<string> texts) =>
        new(texts.SelectMany(t => Word().Matches(t)).Select(m => m.Value.ToLowerInvariant()).ToHashSet());

    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> form one word without the hyphen.</summary>
    public bool JoinsWithoutHyphen(string left, string right)
    {
        var joined = (left + right).ToLowerInvariant();
        var hyphenated = (left + "-" + right).ToLowerInvariant();
        // When the document does not say, keep the hyphen: a wrong hyphen is cheaper than a wrong word.
        return words.Contains(joined) && !words.Contains(hyphenated);
    }

    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)*")]
    private static partial Regex Word();
}
