using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that tells whose a part of a full name is: a surname two people of the text bear ("Trump"), a
/// surname met before the full name, a surname of particles ("von der Brandt"), an inner word of a full name, a family name
/// written first ("Ban Ki-moon"), and a given name the lists do not know ("Kashif McLenney").
/// </summary>
internal sealed partial class SourceRegistry
{
    // "Trump said" where the text names Donald and Melania Trump. The one of them named before it, when only one is; else the
    // one the text names first (a writer gives the surname alone to the main bearer), when that one is also the only one of
    // them already quoted as a source, or when the text names it in full only before it first writes the surname alone and
    // names every other bearer in full again after that ("Rep. Mark Meadows ... Meadows' retirement ... Debbie Meadows").
    // Otherwise which one is unsure: null, and Named keeps the surname apart rather than risk a wrong speaker. Null too for a
    // surname only one person of the text bears.
    private SourcePhrase? SharedSurnameBearer(SourcePhrase phrase, int position)
    {
        // a surname kept unsure where it was met first (a headline's "Clinton" before any full name) is read again here
        if (phrase.Name.Contains(' ') || byName.TryGetValue(phrase.Name, out var met) && !met.Unsure || !firstNames.IsShared(phrase.Name)) return null;
        var start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, position - 1)) + 1;
        var end = text.IndexOfAny(SentenceEnds, position) is var e and >= 0 ? e : text.Length;
        var named = firstNames.FullNamesBefore(phrase.Name, position, start, end);
        if (named is not [var first, ..]) return null;
        if (named.Count == 1) return Bearer(first);
        if (OneOfTitlesSex(phrase, named) is { } titled) return Bearer(titled);
        var quoted = named.Where(n => byName.TryGetValue(n, out var entry) && entry.Kind == SourceKind.Person).ToList();
        if (quoted is [var speaker] && speaker == first) return Bearer(first);
        if (quoted.All(q => q == first) && firstNames.OthersNamedInFullAfterSurnameAlone(phrase.Name, first)) return Bearer(first);
        // "Clinton told the debate audience" in an article about Hillary Clinton that names Bill Clinton once in passing: the one
        // named first is the one the article is about when the text names them in full at least twice as often as each other
        // bearer, and no other bearer has been quoted
        var times = named.Select(firstNames.TimesNamed).ToList();
        return quoted.All(q => q == first) && times[0] >= 2 && times.Skip(1).All(t => times[0] >= 2 * t) ? Bearer(first) : null;
    }

    // "Mrs. Clinton said" where the text cites Hillary Rodham Clinton and writes "Hillary Clinton" too: the full name read for the
    // surname is the person the registry knows with a middle name, not a second source
    private SourcePhrase? Bearer(string fullName) =>
        SourcePhrase.Parse(fullName.Split(' ') is [var given, _, ..] words && byGivenAndSurname.TryGetValue((given, words[^1]), out var known) ? known.Name : fullName);

    // "Mrs. Clinton said" where the text names Bill and Hillary Clinton: a title that tells a sex (Mr., Mrs., Ms.) picks the one
    // bearer named before whose given name is of that sex, when the given names of all the others tell the other sex.
    // PolNeAR train (round 34): 14 sentences of "Mrs. Clinton" or "Mr. Clinton" had been left unlinked, the surname unsure.
    private static string? OneOfTitlesSex(SourcePhrase phrase, IReadOnlyList<string> named)
    {
        if (!phrase.HasTitle || phrase.Gender == '-') return null;
        var sexes = named.Select(n => SourceLexicon.GenderOf(n.Split(' ')[0])).ToList();
        if (sexes.Contains('-')) return null;
        var bearers = named.Where((_, i) => sexes[i] == phrase.Gender).ToList();
        return bearers is [var one] ? one : null;
    }

    // "Kashif McLenney has lived there for years. McLenney said": a word the lists do not know as a given name, written before the
    // surname (where a sentence opens, which FirstNameScanner leaves out), is one when it is the only word the text writes there
    // and is no common word, title or body's word ("When McLenney", "Officials McLenney"; "Goldman Sachs ... Goldman said" has none)
    private string? UnlistedGivenNameOf(string surname)
    {
        var given = NameOccurrences.Find(text, surname, NameOccurrences.WordBoundary, NameOccurrences.WordBoundary)
            .Select(o => WordBefore().Match(text[Math.Max(0, o.Index - 30)..o.Index])).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().ToList();
        // "The Intercept", "Many African-Americans": an article or a word that counts is no part of a name
        return given is [var only] && SourcePhrase.Parse($"{only} {surname}") is { Form: PhraseForm.Named } person && person.Name == $"{only} {surname}"
            && !SourceLexicon.IsTitle(only) && SourceLexicon.NameKindOf(only) is null && !SourceLexicon.Countries.Contains(only)
            && !WrittenInLowerCase(only) ? only : null;
    }

    // Where the particles before a name's last word begin ("von der Brandt" in "Ottilie von der Brandt"; 0 for "Von der Brandt"),
    // or int.MaxValue when none comes right before it
    private static int ParticlesBeforeLast(string[] words)
    {
        var first = words.Length - 1;
        while (first > 0 && PhraseTokens.IsParticle(words[first - 1].ToLowerInvariant())) first--;
        return first == words.Length - 1 ? int.MaxValue : first;
    }

    // A person listed before under the surname of this full name alone: its last word, or a particle and its last word.
    private (string Surname, SourceEntry Person)? SurnameMetFirst(string[] words, bool withParticle)
    {
        if (words.Length < (withParticle ? 3 : 2) || withParticle && !NameGlue.Contains(words[^2])) return null;
        var surname = withParticle ? $"{words[^2]} {words[^1]}" : words[^1];
        return byName.TryGetValue(surname, out var known) && known is { Kind: SourceKind.Person, Unsure: false } && NameKeyComparer.Surnames.Equals(known.Name, surname)
            ? (surname, known)
            : null;
    }

    // The one person listed under a full name of three or more words holding this word inside it, never its first word, when no
    // other person's name opens with it ("Paul" is not "John Paul Jones" where the text also names Paul Ruiz) nor ends with it
    private SourceEntry? InnerNameBearer(string word)
    {
        var people = entries.Where(e => e is { Kind: SourceKind.Person, Unsure: false }).Select(e => (Entry: e, Words: e.Name.Split(' '))).ToList();
        if (people.Any(p => p.Words[0] == word)) return null;
        // never a description's word ("unnamed Carrier executive") nor one of two people ("Bernie Sanders And Hillary Clinton")
        var bearers = people.Where(p => p.Words.Length >= 3 && p.Words[0] != "unnamed" && !p.Words.Any(w => w is "&" || w.Equals("and", StringComparison.OrdinalIgnoreCase))
            && p.Words[1..^1].Contains(word)).Take(2).ToList();
        if (bearers is not [var one]) return null;
        // "Maria Etienne" named too: the word may be her surname
        return firstNames.FullNameOf(word) is { } full && !one.Entry.Name.StartsWith(full, StringComparison.Ordinal) ? null : one.Entry;
    }

    // The one person listed whose full name opens with this given name, when no other person's name holds it at all ("Paul" is no
    // one where the text cites Paul Ruiz and Paul Lind, or Paul Ruiz and Ann Paul)
    private SourceEntry? GivenNameBearer(string given)
    {
        var bearers = entries.Where(e => e is { Kind: SourceKind.Person, Unsure: false } && e.Name.Split(' ') is [_, _, ..] words && words.Contains(given)).Take(2).ToList();
        return bearers is [var one] && one.Name.StartsWith(given + " ", StringComparison.Ordinal) ? one : null;
    }

    // The one person of the text whose two-word name opens with this family name, written first ("Ban Ki-moon", "Xi Jinping").
    private SourceEntry? FamilyNameFirstOf(string family)
    {
        var bearers = entries.Where(e => e is { Kind: SourceKind.Person, Unsure: false } && e.Name.Split(' ') is [var first, var given]
            && first == family && WritesFamilyNameFirst(first, given)).Take(2).ToList();
        return bearers is [var one] ? one : null;
    }

    // A name whose first word the lists do not know as a given name, or whose second is a given name of two syllables joined by
    // a hyphen ("Ki-moon", "Jong-un"), as East Asian names are romanised: its family name may be the first word. Not "Keegan
    // Carlson ... Carlson said": a last word the text also writes alone is the surname, whatever the lists lack.
    private bool WritesFamilyNameFirst(string first, string given) =>
        !SourceLexicon.IsFirstName(first) && !UsedAlone(given, first) || HyphenatedGivenName().IsMatch(given);

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+-\p{Ll}+$")]
    private static partial Regex HyphenatedGivenName();

    // Whether the text writes the word as a word of its own somewhere, not right after the word before it in a full name
    private bool UsedAlone(string word, string before) =>
        NameOccurrences.Find(text, word, NameOccurrences.WordBoundary, NameOccurrences.WordBoundary)
            .Any(o => !(o.Index > before.Length && text[o.Index - 1] == ' ' && string.CompareOrdinal(text, o.Index - 1 - before.Length, before, 0, before.Length) == 0));
}
