using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// A group of people the word lists do not know, named by the plural of a noun for a doer ("the loggers", "fellow
/// councilmembers", "two fishermen", "others"): who speaks when such a group tells something, though no one is named. So too one
/// such person written with "a", "an" or "one" ("one questioner claimed", "a former speechwriter said"): one unnamed member of
/// the group ("the questioner" may point back to someone named, and is left to the pronoun and role readers).
/// </summary>
internal static partial class UnlistedGroup
{
    /// <summary>
    /// The group's words without what counts or points ("loggers" of "Two loggers"), or null for no such group; a phrase that
    /// <paramref name="opensSentence"/> has its first word capitalised ("Board members").
    /// </summary>
    public static string? WordsOf(string sourceText, bool opensSentence)
    {
        // "among others ― explains": a span with punctuation in it is no plain noun phrase
        if (!PlainPhrase().IsMatch(sourceText)) return null;
        var words = PhraseTokens.Of(sourceText).SkipWhile(w => SourcePhraseParser.IsDeterminer(w) || w.All(char.IsDigit)).ToList();
        if (opensSentence && words.Count > 0 && sourceText.TrimStart().StartsWith(words[0], StringComparison.Ordinal)) words[0] = words[0].ToLowerInvariant();
        // "Other Asian leaders", "Senate Republican leaders", "Border Patrol agents": the words before the noun may be names (whose people
        // they are), never a word that joins ("Lee and reporters" is a person and a group)
        return words.Count is >= 1 and <= 3 && LowerWord().IsMatch(words[^1]) && words[..^1].All(w => LowerWord().IsMatch(w) && !Joining.Contains(w) || CapitalisedWord().IsMatch(w))
            && (DoerPlural().IsMatch(words[^1]) || DoerNouns.Contains(words[^1]) || OneOf().IsMatch(sourceText) && DoerSingular().IsMatch(words[^1])) ? string.Join(' ', words) : null;
    }

    [GeneratedRegex(@"^\s*(?:a|an|one)\s", RegexOptions.IgnoreCase)]
    private static partial Regex OneOf();

    // the singular of DoerPlural's nouns for who does something ("questioner", "speechwriter", "columnist", "historian", "trustee"),
    // with a stem of four letters or more: the short ones are as often things ("a foreign power wrote", "paper", "order")
    [GeneratedRegex(@"^\p{Ll}{4,}(?:er|or|ist|ian|ee)$")]
    private static partial Regex DoerSingular();

    private static readonly HashSet<string> Joining = new(StringComparer.Ordinal) { "and", "or", "of", "in", "at", "for", "with", "from", "by", "to", "on" };

    // plural nouns for people that no ending tells apart from things ("candidates", not "estimates")
    private static readonly HashSet<string> DoerNouns = new(StringComparer.Ordinal)
    {
        "candidates", "delegates", "advocates", "agents", "residents", "students", "parents", "opponents", "conservatives", "progressives", "liberals",
    };

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*$")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"^\s*[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+)*\s*$")]
    private static partial Regex PlainPhrase();

    [GeneratedRegex(@"^\p{Ll}+(?:-\p{Ll}+)*$")]
    private static partial Regex LowerWord();

    // the endings of nouns for who does something ("loggers", "legislators", "lobbyists", "physicians", "trustees"), "-men" and
    // "people" of any kind ("fishermen", "townspeople"), and "others" (of a group just named)
    [GeneratedRegex(@"^(?:\p{Ll}{3,}(?:ers|ors|ists|ians|ees)|\p{Ll}*(?:men|people)|others)$")]
    private static partial Regex DoerPlural();
}
