using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that resolves pronouns ("he", "she", "it", "they") to the last fitting source named within reach,
/// and leaves them unresolved when someone else who could fit, or a speaker the registry cannot read, came in between.
/// </summary>
internal sealed partial class SourceRegistry
{
    // How far back, in characters (some fifteen news paragraphs), a pronoun looks for the source it stands for.
    private const int PronounReach = 4000;

    // "it" and "they" for a body reach back only some two short paragraphs: further back, "they" is more often a group of people.
    private const int BodyPronounReach = 600;

    private readonly List<int> unknownGroups = [];

    /// <summary>Marks a speaking group the registry cannot read ("The loggers told investigators"): a "they" after it may be theirs.</summary>
    public void UnknownGroup(int position) => unknownGroups.Add(position);

    private readonly List<int> unknownPeople = [];

    /// <summary>Marks a speaker described and never named ("the man could be heard saying"): a "he" or "she" after it may be theirs.</summary>
    public void UnknownPerson(int position) => unknownPeople.Add(position);

    // "we noted an increase in this year's survey": a "we" that is a source stands outside any quotation (a cue inside one is the
    // speaker's word), so it is the writer (round 19: each of the three across the trafilatura dev and Readability pages had been
    // given to the last group named)
    private SourceEntry? Pronoun(string pronoun, int position)
    {
        if (pronoun == "we" || pronoun == "they" && ThingsOpenSentence(position)) return null;
        var gender = pronoun switch { "he" => 'm', "she" => 'f', _ => '-' };
        if (gender != '-' && SubjectOfOwnSentence(gender, position) is { } subject) return Mention(subject);
        if (gender != '-' && HeadingNamesOther(gender, position, out var headed)) return Mention(headed);
        return LastSpeaker(pronoun, position) ?? (gender != '-' && NamedJustBefore(gender, position) is { } person ? Mention(Named(person)) : null);
    }

    // "he said" points back to the last person of that gender named as a source, if the text named them lately:
    // a pronoun several paragraphs on is more likely someone the article named in passing, so it stays unresolved.
    private SourceEntry? LastSpeaker(string pronoun, int position)
    {
        // "Analysts say ... They added": "they" is the group or the body named last, "it" a body only; after a group named since the
        // body, "it" is unsure (the group is no "it", and something else may be)
        var group = lastGroup is { } g && position - g.LastSeen <= BodyPronounReach && (lastBody is null || g.LastSeen > lastBody.LastSeen) ? g : null;
        if (pronoun == "it" && group is not null) return null;
        var entry = pronoun switch
        {
            "he" => lastPersonByGender.GetValueOrDefault('m'),
            "she" => lastPersonByGender.GetValueOrDefault('f'),
            _ => group ?? lastBody,
        };
        var reach = pronoun is "he" or "she" ? PronounReach : BodyPronounReach;
        var gender = pronoun switch { "he" => 'm', "she" => 'f', _ => '-' };
        if (entry is null || position - entry.LastSeen > reach) return null;
        if (gender != '-' && entry.Kind == SourceKind.Person && NamedInPronounClause(entry.Name.Split(' ')[^1], position))
            return OtherOfGenderNamedSince(entry, gender, position) ?? (SubjectOfSentenceBefore(gender, position) is { } subject && !NamedInPronounClause(subject.Name.Split(' ')[^1], position) ? subject : null);
        // a group of people ("unnamed analysts") is kept apart from persons: any other source named since may be "they", not the
        // people the group spoke of
        if (entry == group && entry.Kind == SourceKind.Person ? OtherSourceNamedSince(entry, position)
            : NamedBetween(entry, position, gender) && !(gender != '-' && QuotedRightAfterReport(entry, position, gender)))
            // "... Mark Ruiz spoke to reporters outside. He said": the one person of the gender named since, opening the sentence before
            return gender != '-' && entry.Kind == SourceKind.Person ? SubjectOfSentenceBefore(gender, position) : null;
        // "Hannity asked Trump ... “...,” he told Hannity": the one the pronoun's own sentence tells or asks is not the pronoun
        if (gender != '-' && entry.Kind == SourceKind.Person && NamedInOwnSentence(entry, position)) return null;
        if (gender != '-' && entry.Kind == SourceKind.Person && OtherNamedInOpeningPhrase(entry, position, gender)) return null;
        if (pronoun == "they" && (AnyBetween(unknownGroups, entry.LastSeenEnd, position) || GroupNamedBetween(entry, position))) return null;
        if (gender != '-' && AnyBetween(unknownPeople, entry.LastSeenEnd, position)) return null;
        // "The Appellate Court didn't agree with Amazon's stance. It noted": a body named since may be what "it" stands for
        if (entry.Kind != SourceKind.Person && gender == '-' && OtherBodyNamedIn(entry, position)) return null;
        // a body reached through its spokesperson: anyone named since may be "he" or "she"
        if (entry.Kind != SourceKind.Person && gender != '-' && people.Between(entry.LastSeenEnd, position).Any()) return null;
        return entry;
    }

    private bool OtherSourceNamedSince(SourceEntry entry, int position) =>
        entries.Any(e => e != entry && (e.Kind != SourceKind.Person || IsUnnamedGroup(e.Name)) && e.LastSeen >= entry.LastSeenEnd && e.LastSeen < position);

    private bool NamedInOwnSentence(SourceEntry entry, int position)
    {
        var end = text.IndexOfAny(SentenceEnds, position);
        return Regex.IsMatch(text[position..(end < 0 ? text.Length : end)], $@"\b(?:told|tells|telling|asked|asks|answered|replied\s+to)\s+(?:\p{{Lu}}[\p{{L}}.]*\s+){{0,2}}{Regex.Escape(entry.Name.Split(' ')[^1])}\b");
    }

    /// <summary>
    /// Resolves a mention that must not take "he" or "she" from whoever of that gender the text speaks of ("Tom Reyes told the
    /// inquiry ... His account matched Senator Bob Hale's earlier report"): the speaker in reach before it stays the one a later
    /// pronoun may stand for (and with another person named between, the pronoun stays unresolved).
    /// </summary>
    public IReadOnlyList<SourceEntry> KeepingSpeakers(int position, Func<IReadOnlyList<SourceEntry>> resolve)
    {
        var speakers = lastPersonByGender.Where(p => position - p.Value.LastSeen <= PronounReach).ToList();
        var entries = resolve();
        foreach (var (gender, speaker) in speakers) lastPersonByGender[gender] = speaker;
        return entries;
    }
}
