using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>The part of the registry that names a body the text has only described ("the transportation department").</summary>
internal sealed partial class SourceRegistry
{
    // "the transportation department", "the county's planning department": one or two words in lower case before the body's noun
    private static readonly NamePatterns DescribedBodies = new(noun => $@"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?<words>(?:[\p{{Ll}}-]+\s+){{1,2}}){Regex.Escape(noun)}\b");

    /// <summary>
    /// "The transportation department had kept it in the dark ... The department, however, said": the words the text last
    /// described a body of this noun with before <paramref name="position"/>, within a pronoun's reach ("transportation
    /// department"), or null; "the other department", "the same department" name none, and a description with words of its own
    /// names only a body described with them too ("the appeals court" is not "the district court" written before).
    /// </summary>
    private string? DescribedBefore(string noun, int position, string description)
    {
        var from = Math.Max(0, position - PronounReach);
        var last = DescribedBodies.For(noun).Matches(text[from..position]).LastOrDefault();
        if (last is null) return null;
        var words = last.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var own = description.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).Where(w => char.IsLower(w[0]));
        return words.Any(w => SourcePhraseParser.IsDeterminer(w) || NotDescribing.Contains(w)) || own.Any(w => !words.Contains(w)) ? null : $"{string.Join(' ', words)} {noun}";
    }

    // "A spokesman for the port authority said" after "the city's transit authority said": an unnamed body the text described by
    // other words is another body, as DescribedBefore reads it ("the transit authority" is still the city's transit authority)
    private static bool DescribedOtherwise(SourceEntry entry, string description)
    {
        if (!entry.Name.StartsWith("unnamed ", StringComparison.Ordinal)) return false;
        var theirs = entry.Name.Split(' ')[1..^1];
        var own = description.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1)
            .Where(w => char.IsLower(w[0]) && !SourcePhraseParser.IsDeterminer(w) && !NotDescribing.Contains(w)).ToList();
        return theirs.Length > 0 && own.Count > 0 && own.Any(w => !theirs.Contains(w)) && theirs.Any(w => !own.Contains(w));
    }

    // "Harwick Foods said in a statement that ... “...,” the statement said": "the statement" is the one source the sentence that
    // brought in "a statement" cites, when no other source was cited since; null when that sentence cites none or two, or names
    // someone between the source and the statement ("The Post said Lee sent a statement": Lee's, when Lee is cited, NamedIssuer).
    // With no "a statement" brought in, the
    // body cited last, right before, issued it (IssuerCitedLast).
    private SourceEntry? IssuerOf(string noun, int position)
    {
        if (!IssuedBy.ContainsKey(noun)) return null;
        var from = Math.Max(0, position - BodyPronounReach);
        if (Regex.Matches(text[from..position], $@"\b(?i:an?)\s+(?:[\p{{L}}-]+\s+){{0,2}}?{noun}\b").LastOrDefault() is not { } brought) return IssuerCitedLast(noun, from, position);
        if (NamedIssuer(from + brought.Index) is { } issuer) return issuer;
        var (start, end) = (SentenceStart(from + brought.Index), text.IndexOfAny(SentenceEnds, from + brought.Index) is var e and >= 0 ? e : text.Length);
        var cited = entries.Where(c => c.LastSeen >= start && c.LastSeen < position).ToList();
        if (cited is not [var only] || only.LastSeen >= end || only.Kind == SourceKind.Document) return null;
        // "Harwick Foods said in a statement", "In a statement, the company said": nothing named between the two
        var at = from + brought.Index;
        var between = at < only.LastSeen ? text[(at + brought.Length)..only.LastSeen] : text[only.LastSeenEnd..at];
        return CapitalisedWord().IsMatch(between) ? null : only;
    }

    // What a body issues in its own name, and the kinds of body that issue it: a court rules, a body of any kind makes statements
    // and releases (a paper such as an affidavit or a complaint is a document of its own: SourceLexicon.Papers).
    private static readonly Dictionary<string, SourceKind[]> IssuedBy = new(StringComparer.Ordinal)
    {
        ["statement"] = [SourceKind.Government, SourceKind.Organization, SourceKind.Media],
        ["release"] = [SourceKind.Government, SourceKind.Organization, SourceKind.Media],
        ["ruling"] = [SourceKind.Government],
    };

    // "Customs and Border Protection announced ... According to the release", "The appeals court ruled ... the ruling said": a
    // body's own paper that the text never brought in is the body's, when the source cited last, within a short reach, is one body
    // of a kind that issues it (not a person, a document or an unnamed group: "officials said ... the statement said" stays apart)
    private SourceEntry? IssuerCitedLast(string noun, int from, int position)
    {
        var last = entries.Where(e => e.LastSeen < position).MaxBy(e => e.LastSeen);
        return last is not null && last.LastSeen >= from && IssuedBy[noun].Contains(last.Kind) && !IsUnnamedGroup(last.Name) ? last : null;
    }

    private static readonly HashSet<string> NotDescribing = new(StringComparer.Ordinal) { "same", "new", "former", "whole", "entire", "very" };
}
