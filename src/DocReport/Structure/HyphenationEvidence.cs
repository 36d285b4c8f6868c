using System.Text.RegularExpressions;
using DocReport.Resources;

namespace DocReport.Structure;

/// <summary>
/// Decides whether a hyphen at a line break was added by the line wrap ("impor-/tant") or belongs
/// to a compound ("ground-/breaking"): from how the document itself spells the word elsewhere, and
/// failing that from whether the next line starts with a bare word ending ("informa-/tion").
/// </summary>
/// <remarks>The document's spellings are gathered only when a line first ends in a hyphen: most documents never ask.</remarks>
internal sealed partial class HyphenationEvidence(Lazy<IReadOnlySet<string>> words, IReadOnlySet<string> wordEndings)
{
    private static readonly Lazy<IReadOnlySet<string>> WrapSuffixes =
        new(() => WordList.Load("Structure/Data/wrap_suffixes.txt").ToHashSet(StringComparer.Ordinal));

    /// <summary>No evidence from a document: only bare word endings join.</summary>
    public static HyphenationEvidence None => new(new(new HashSet<string>()), WrapSuffixes.Value);

    /// <summary>The spellings used in <paramref name="texts"/>, hyphenated compounds included.</summary>
    public static HyphenationEvidence From(IEnumerable<string> texts) => new(
        new(() => texts.SelectMany(t => Word().Matches(t)).Select(m => m.Value.ToLowerInvariant()).ToHashSet()),
        WrapSuffixes.Value);

    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> form one word without the hyphen.</summary>
    public bool JoinsWithoutHyphen(string left, string right)
    {
        var hyphenated = (left + "-" + right).ToLowerInvariant();
        if (words.Value.Contains(hyphenated)) return false;
        // When neither the document nor the word ending says, keep the hyphen: a stray hyphen is cheaper than a wrong word.
        return words.Value.Contains((left + right).ToLowerInvariant()) || wordEndings.Contains(right.ToLowerInvariant());
    }

    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)*")]
    private static partial Regex Word();
}
