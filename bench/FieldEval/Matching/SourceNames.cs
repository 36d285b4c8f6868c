using System.Text;
using DocReport.Bench.FieldEval.Gold;

namespace DocReport.Bench.FieldEval.Matching;

/// <summary>
/// Whether an output source's name names a gold source: after normalizing both (case, a leading "the", "a" or "an", a possessive 's,
/// punctuation), the same words (<see cref="NameMatch.Exact"/>), or all words of the shorter in the longer, the shorter
/// ending in the longer's last word or in its head noun before a preposition (<see cref="NameMatch.Words"/>: "Johnson"
/// and "Jo Johnson", "unnamed officials" and "unnamed senior officials", "unnamed spokesman" and "unnamed spokesman for the mayor").
/// A paper "by" a body and one "from" it are the same words (DocReport names a document's issuer with "from", the judges often
/// with "by"), and so are "from the X" and "from X".
/// </summary>
internal static class SourceNames
{
    /// <summary>
    /// A listed source against a gold source: by name (<see cref="Match(string, IEnumerable{string})"/>), else, when the two
    /// are of the same kind, as descriptions of the same unnamed group (<see cref="GroupNames"/>).
    /// </summary>
    public static NameMatch Match(OutputSource output, GoldSource gold)
    {
        var byName = Match(output.Name, gold.Names);
        if (byName != NameMatch.None || !string.Equals(output.Kind, gold.Kind, StringComparison.OrdinalIgnoreCase)) return byName;
        return gold.Names.Any(name => GroupNames.Same(output.Name, name)) ? NameMatch.Group : NameMatch.None;
    }

    public static NameMatch Match(string outputName, IEnumerable<string> goldNames)
    {
        var output = Words(outputName);
        if (output.Length == 0) return NameMatch.None;
        var best = NameMatch.None;
        foreach (var gold in goldNames.Select(Words).Where(w => w.Length > 0))
        {
            if (output.SequenceEqual(gold)) return NameMatch.Exact;
            var (shorter, longer) = output.Length <= gold.Length ? (output, gold) : (gold, output);
            if ((shorter[^1] == longer[^1] || shorter[^1] == Head(longer)) && shorter.All(longer.Contains)) best = NameMatch.Words;
        }
        return best;
    }

    // "unnamed spokesman for the mayor", "explanatory notes of the bill": the head noun comes before the first preposition
    private static readonly HashSet<string> Prepositions = ["of", "for", "at", "from", "in", "on", "with", "to", "by", "inside"];

    private static string Head(string[] words)
    {
        var preposition = Array.FindIndex(words, 1, Prepositions.Contains);
        return preposition > 0 ? words[preposition - 1] : words[^1];
    }

    public static string[] Words(string name)
    {
        var text = new StringBuilder();
        foreach (var word in TextNormalizer.Normalize(name).Split(' '))
        {
            var bare = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('\'');
            foreach (var c in bare) text.Append(char.IsLetterOrDigit(c) ? c : ' ');
            text.Append(' ');
        }
        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var issuer = words.Select(w => w == "by" ? "from" : w)
            .Where((w, i) => i == 0 || words[i - 1] is not ("by" or "from") || w is not ("the" or "a" or "an")).ToArray();
        return issuer is ["the" or "a" or "an", _, ..] ? issuer[1..] : issuer;
    }
}

/// <summary>How closely a name matched: not at all, as the same unnamed group, by the word-subset rule, or word for word.</summary>
internal enum NameMatch { None, Group, Words, Exact }
