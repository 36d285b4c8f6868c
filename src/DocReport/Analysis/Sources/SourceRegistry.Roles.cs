using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that reads a role as the person who holds it: "The Prime Minister said" after "Grenada's Prime
/// Minister ..., Dr Keith Mitchell", "the Conservative MP said" right after "Chris Grayling warned". A role names a person, never
/// a body; when the text does not tell whose it is, it stays unresolved.
/// </summary>
internal sealed partial class SourceRegistry
{
    // "The Prime Minister", "The PAHO Director": a name of titles only (a body's acronym or a country before them) names a role;
    // one word alone may be a surname ("said King")
    private static bool IsRoleOnly(SourcePhrase phrase) =>
        phrase is { Form: PhraseForm.Named, HasTitle: false } && phrase.Name.Split(' ') is { Length: > 1 } words && SourceLexicon.IsTitle(words[^1])
        && words.All(w => SourceLexicon.IsTitle(w) || PhraseTokens.IsAcronym(w) || SourceLexicon.Countries.Contains(w));

    // The one the text names as holding it; else the person last given that title; else the last person quoted, when the text
    // writes the role beside their name
    private SourceEntry? RoleHolder(SourcePhrase phrase, int position)
    {
        if (holders.HolderOf(phrase.Name) is not null) return Named(phrase);
        var title = phrase.Name.Split(' ')[^1].ToLowerInvariant();
        if (lastByWord.TryGetValue(SourceLexicon.FullTitleOf(title) ?? title, out var bearer) && bearer.Kind == SourceKind.Person
            && position - bearer.LastSeen <= PronounReach && !NamedBetween(bearer, position)) return bearer;
        return LastPersonQuoted(position) is { } last && position - last.LastSeen <= PronounReach && !NamedBetween(last, position)
            && RoleWrittenWith(phrase.Name, last) ? last : null;
    }

    // "Chris Grayling warned on Monday ... Speaking in the Commons, the Conservative MP said": a role the text gives no one else,
    // right after a person quoted with no other source since, is that person again; not when the person bears another role
    // ("Defence lawyer Ana Ruiz said ... The judge said", "Ana Ruiz, a nurse, ... the senator said") or the text brings one in
    // as "a judge". goingOn ("the expert continued"): the verb says the speaker spoke just before, so another word the text called
    // them by ("the professor") does not make them someone else.
    private SourceEntry? SpeakerJustBefore(string role, int position, bool goingOn = false)
    {
        if (LastPersonQuoted(position) is not { } last || position - last.LastSeenEnd > NamedJustBeforeReach
            || entries.Any(e => e != last && e.LastSeen > last.LastSeen) || NamedBetween(last, position) || MainSubject.IntroducedBefore(role, position)
            || !holders.Fits(last.Name.Split(' ')[^1], role, position))
            return null;
        return !goingOn && lastByWord.Any(w => w.Value == last && char.IsLower(w.Key[0]) && !string.Equals(w.Key, role, StringComparison.OrdinalIgnoreCase)) ? null : last;
    }

    // ("the Governor of the Bank of England" is named by a role and its body: another role is someone else's)
    private SourceEntry? LastPersonQuoted(int position) =>
        entries.Where(e => e is { Kind: SourceKind.Person, Unsure: false } && e.LastSeen < position && !e.Name.StartsWith("unnamed ", StringComparison.Ordinal)
            && !SourceKindClassifier.IsRoleOf(e.Name))
            .MaxBy(e => e.LastSeen);

    // The role's words within a line's hundred characters of the person's surname, either side
    private bool RoleWrittenWith(string role, SourceEntry person)
    {
        var (written, surname) = (string.Join(@"\s+", role.Split(' ').Select(Regex.Escape)), Regex.Escape(person.Name.Split(' ')[^1]));
        return Regex.IsMatch(text, $@"(?i:\b{written}\b)[^\n]{{0,100}}\b{surname}\b|\b{surname}\b[^\n]{{0,100}}(?i:\b{written}\b)");
    }
}
