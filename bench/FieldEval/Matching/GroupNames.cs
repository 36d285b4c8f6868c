using System.Text;

namespace DocReport.Bench.FieldEval.Matching;

/// <summary>
/// Whether two descriptions of an unnamed group name the same group although worded differently (round 28): the same head
/// noun, singular or plural ("unnamed commenter", "commenters"), with the modifiers of one among the other's ("unnamed
/// officials", "unnamed U.S. officials") and its complement likewise ("studies" and "studies using new designs"), after the
/// words that only count or point are dropped ("unnamed", "many", "one", "a number of other"). A listed head of several
/// ("fans" of "Uber's fans and supporters") is a head, and so is a body's word before "officials" or a spokesman ("police"
/// and "police officials"). Two modifiers that differ keep two groups apart: "police officials" is not "health officials".
/// Only for descriptions (the head noun written in lower case): names are matched by <see cref="SourceNames"/> alone.
/// </summary>
internal static class GroupNames
{
    // Words that count or point before a description: the judges write the text's "many lawmakers", DocReport "unnamed lawmakers".
    private static readonly HashSet<string> Counting =
    [
        "unnamed", "a", "an", "the", "one", "some", "many", "several", "few", "other", "another", "same", "more", "most", "all",
        "various", "numerous", "these", "those", "both", "two", "three", "four", "five", "dozens", "hundreds",
    ];

    // A complement starts at one of these: "members of Congress", "spokesman for the board", "residents who live nearby".
    private static readonly HashSet<string> ComplementStarts =
    [
        "of", "for", "at", "from", "in", "on", "with", "to", "by", "inside", "who", "that", "which", "whose", "near", "across",
    ];

    private static readonly HashSet<string> Conjunctions = ["and", "or", "&", ","];

    // The people who speak for a body: "police officials" said what "police" said.
    private static readonly HashSet<string> SpeakingFor = ["official", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"];

    public static bool Same(string first, string second)
    {
        var (a, b) = (Heads(first), Heads(second));
        return a.Any(x => b.Any(y => SameGroup(x, y) || BodyAndItsSpeakers(x, y) || BodyAndItsSpeakers(y, x)));
    }

    private static bool SameGroup(Head x, Head y) =>
        x.Noun == y.Noun && OneWithinOther(x.Modifiers, y.Modifiers) && OneWithinOther(x.Complement, y.Complement);

    private static bool BodyAndItsSpeakers(Head body, Head speakers) =>
        SpeakingFor.Contains(speakers.Noun) && speakers.Modifiers.Count > 0 && speakers.Modifiers[^1] == body.Noun
        && OneWithinOther(body.Modifiers, speakers.Modifiers.Take(speakers.Modifiers.Count - 1).ToList())
        && OneWithinOther(body.Complement, speakers.Complement);

    private static bool OneWithinOther(IReadOnlyList<string> x, IReadOnlyList<string> y) => x.All(y.Contains) || y.All(x.Contains);

    /// <summary>A head noun (singular), the words before it in its conjunct, the words after it.</summary>
    private sealed record Head(string Noun, IReadOnlyList<string> Modifiers, IReadOnlyList<string> Complement);

    private static List<Head> Heads(string name)
    {
        var words = Tokens(name);
        var start = 0;
        while (start < words.Count)
        {
            if (Counting.Contains(words[start].Text)) start++;
            else if (start + 1 < words.Count && (words[start].Text, words[start + 1].Text) is ("number", "of") or ("at", "least")) start += 2;
            else break;
        }
        words = words[start..];
        if (words.Count == 0) return [];
        var complementAt = words.FindIndex(1, w => ComplementStarts.Contains(w.Text));
        if (complementAt < 0) complementAt = words.Count;
        var complement = words[complementAt..].Select(w => Singular(w.Text)).Where(w => !Conjunctions.Contains(w)).ToList();
        var heads = new List<Head>();
        var conjunct = new List<Word>();
        foreach (var word in words[..complementAt].Append(new Word(",", false)))
        {
            if (!Conjunctions.Contains(word.Text)) { conjunct.Add(word); continue; }
            for (var i = 0; i < conjunct.Count; i++)
            {
                // a conjunct's last word is its head, and so is a noun a participle follows ("studies using new designs")
                var last = i == conjunct.Count - 1;
                if (!last && !IsParticiple(conjunct[i + 1].Text)) continue;
                if (!conjunct[i].Lower) continue;
                heads.Add(new(Singular(conjunct[i].Text), conjunct[..i].Select(w => Singular(w.Text)).ToList(),
                    conjunct[(i + 1)..].Select(w => Singular(w.Text)).Concat(complement).ToList()));
            }
            conjunct.Clear();
        }
        return heads;
    }

    private static bool IsParticiple(string word) => word.Length >= 5 && word.EndsWith("ing", StringComparison.Ordinal);

    private static string Singular(string word) =>
        word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal) ? word[..^1]
        : word;

    /// <summary>A word folded to lower case, and whether it was written in lower case.</summary>
    private sealed record Word(string Text, bool Lower);

    // The words of a name as SourceNames.Words reads them, with the commas that separate a list kept and the case noted.
    private static List<Word> Tokens(string name)
    {
        var words = new List<Word>();
        foreach (var raw in name.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = raw.EndsWith(',');
            var token = raw.TrimEnd(',', ';');
            token = token.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? token[..^2] : token.TrimEnd('\'');
            var text = new StringBuilder();
            foreach (var c in token) text.Append(char.IsLetterOrDigit(c) || c == '&' ? c : ' ');
            foreach (var part in text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                words.Add(new(part.ToLowerInvariant(), !part.Any(char.IsUpper)));
            if (comma) words.Add(new(",", false));
        }
        return words;
    }
}
