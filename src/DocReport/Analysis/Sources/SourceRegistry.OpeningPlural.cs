using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that reads a capitalised plural opening a sentence by what follows it: "Engineers from the agency said"
/// cites a group of people, not a body called "Engineers".
/// </summary>
internal sealed partial class SourceRegistry
{
    // "Engineers from the agency said", "Leaders of the union said", "Economists who study the region warn": one word, capitalised
    // only where sentences open, with the shape of a plural agent noun (-ers, -ors, -ists, -ians, -ants, -ents), followed in the
    // phrase by a preposition or relative word opening a lower-case complement, is a group of people whom the complement places;
    // a name so written goes on with capitals ("Rogers from the agency" where the text gives "Anna Rogers" stays Anna Rogers)
    // "Mourners said", "Bystanders told police": the same word alone before its cue, when nothing in the text makes it a surname (a given
    // name or a title before it anywhere: "Sanders said" where the text gives "Bernie Sanders" or "Sen. Sanders" stays a person)
    private SourcePhrase? PeopleOpeningSentence(SourcePhrase phrase, int position, int end)
    {
        if (phrase is not { Form: PhraseForm.Named, LooksLikePerson: false, HasTitle: false } || !AgentPlural().IsMatch(phrase.Name)) return null;
        var written = text.AsSpan(position, end - position).Trim();
        if (!written.StartsWith(phrase.Name, StringComparison.Ordinal)
            || !(written.Length == phrase.Name.Length ? titles.TitleBefore(phrase.Name) is null : PlacedBy().IsMatch(written[phrase.Name.Length..]))
            || !OnlyOpensSentences(phrase.Name) || bySurname.ContainsKey(phrase.Name) || firstNames.FullNameOf(phrase.Name) is not null) return null;
        return new SourcePhrase(PhraseForm.Descriptor, phrase.Name.ToLowerInvariant(), SourceLexicon.Descriptors["people"], null, false);
    }

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:er|or|ist|ian|ant|ent)s$")]
    private static partial Regex AgentPlural();

    [GeneratedRegex(@"^\s+(?:from|of|at|in|with|who|working|across)\s+\p{Ll}")]
    private static partial Regex PlacedBy();
}
