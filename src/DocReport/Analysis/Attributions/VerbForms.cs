using System.Text.RegularExpressions;
using DocReport.Resources;

namespace DocReport.Analysis.Attributions;

/// <summary>A list of verbs, each line a verb's forms separated by " | " (base first), as the patterns that find them.</summary>
internal sealed partial class VerbForms
{
    /// <summary>The verbs of a word list resource.</summary>
    public VerbForms(string resource)
        : this(WordList.Load(resource).Select(l => l.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray())
    {
    }

    private VerbForms(string[][] lines)
    {
        var forms = lines.SelectMany(l => l).Distinct(StringComparer.Ordinal).ToArray();
        Words = forms.SelectMany(f => f.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        BaseOnly = lines.Select(l => l[0]).Where(b => lines.All(l => l.Skip(1).All(f => f != b))).ToHashSet(StringComparer.Ordinal);
        Pattern = new(@"\b(?:" + string.Join('|', forms.OrderByDescending(f => f.Length).Select(f => Regex.Escape(f).Replace(@"\ ", @"\s+"))) + @")\b",
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    /// <summary>The verbs of a table in code, each its forms, base first.</summary>
    public static VerbForms Of(params string[][] verbs) => new(verbs);

    /// <summary>Any form as a whole word or phrase, in lower case (a capitalised "Hail" inside a sentence is a name).</summary>
    public Regex Pattern { get; }

    /// <summary>The words of the forms, in any case.</summary>
    public IReadOnlySet<string> Words { get; }

    /// <summary>"attack", "question": a base form that is no other form, which after a singular subject is a noun ("the Paris attack").</summary>
    public IReadOnlySet<string> BaseOnly { get; }

    /// <summary>
    /// The form the cue opens with, said of its subject, or null: the cue opens with the verb after auxiliaries and adverbs only, none a
    /// form of "be" (a passive: "has been attacked from all sides") or a negation, right after its subject; a subject ending in a
    /// possessive, a function word or a participle makes it a noun ("Lee's attacks", "a question of", "his fabricated attacks"), and so
    /// does a singular one before a bare base form that is no other form ("the Paris attack"; "Republicans attack" is a verb).
    /// </summary>
    public string? VerbOf(string text, FoundAttribution f)
    {
        if (f.Source.End > f.Cue.Start || NounBefore().IsMatch(f.Source.Text)) return null;
        // the auxiliaries may stand outside the cue ("Lee has | complimented", as the rules read it),
        // and so may an apposition set off by commas ("Lee, the harbour master, | has complimented")
        var between = text[f.Source.End..f.Cue.Start].Trim();
        if (between.Length > 1 && between[0] == ',' && between.LastIndexOf(',') is var close and > 0) between = between[(close + 1)..];
        var words = (between + " " + f.Cue.Text).Trim().TrimStart(',').Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < words.Length && Auxiliary().IsMatch(words[first])) first++;
        if (first == words.Length || Pattern.Match(f.Cue.Text) is not { Success: true } verb || !words[first].Equals(verb.Value.Split(' ')[0], StringComparison.Ordinal)) return null;
        var passive = !words[first].EndsWith("ing", StringComparison.Ordinal) && words.Take(first).Any(w => BeForm().IsMatch(w));
        return !passive && !words.Take(first).Any(w => w is "not" or "never") && (!BaseOnly.Contains(verb.Value) || first > 0 || PluralSubject().IsMatch(f.Source.Text))
            ? verb.Value : null;
    }

    [GeneratedRegex(@"^(?:has|have|had|did|does|do|also|still|again|then|later|now|even|not|never|been|being|be|is|are|was|were|\p{Ll}+ly)$")]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"^(?:been|being|be|is|are|was|were)$")]
    private static partial Regex BeForm();

    // "they", "critics", "Republicans", "Democrats": a pronoun, a plural common noun, or a plural in -ans or -ats (a name in -s,
    // "Paris", "Sanders", is one)
    [GeneratedRegex(@"(?:\b(?i:they|we|I|you|people)|\b\p{Ll}+[^s'’\s]s|\b\p{Lu}\p{L}*(?:an|at)s)$")]
    private static partial Regex PluralSubject();

    [GeneratedRegex(@"(?:['’]s?|\b(?i:a|an|the|his|her|their|its|our|my|your|this|that|of|in|on|for|to|at|by|with)|\b\p{Ll}+(?:ed|ing))$")]
    private static partial Regex NounBefore();
}
