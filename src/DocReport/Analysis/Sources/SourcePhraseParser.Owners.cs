using DocReport.Model;
using static DocReport.Analysis.Sources.PhraseTokens;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the parser that reads a head that is a description and whose it is: a body after "for", "at" or "by" ("a
/// spokesman for the ministry"), a document's author ("figures released by the agency"), and a name or possessive before
/// the head ("a Times article", "SkyJet's annual report").
/// </summary>
internal static partial class SourcePhraseParser
{
    // A spokesperson "for" a body; an official "at" it; a report "by" its author.
    private static readonly HashSet<string> OwnerLinks = new(StringComparer.Ordinal) { "for", "from", "of", "at", "by", "on", "with" };
    private static readonly HashSet<string> AuthorLinks = new(StringComparer.Ordinal) { "by", "from" };

    private static SourcePhrase Described(List<string> tokens, int head, Descriptor descriptor)
    {
        if (descriptor.Kind == SourceKind.Platform && tokens.FirstOrDefault(SourceLexicon.Platforms.Contains) is { } platform)
            return new SourcePhrase(PhraseForm.Named, platform, descriptor, null, false);
        // "the independent Sage group of science advisers": a name before the head tells whose it is better than a description after it
        var owner = descriptor.Kind == SourceKind.Document
            ? OwnerAfter(tokens, head, AuthorLinks) ?? (tokens.Take(head).Any(IsCapitalized) ? null : PublishedBy(tokens, head)) ?? PossessiveOwner(tokens, head) ?? (ReferenceEquals(descriptor, SourceLexicon.Piece) || descriptor.IsEvidence && !PeopleCalledFigures(tokens, head) ? NameBefore(tokens, head) : null)
            : OwnerAfter(tokens, head, OwnerLinks) is { Form: PhraseForm.Named } after ? after : OwnerBefore(tokens, head, descriptor) ?? OwnerAfter(tokens, head, OwnerLinks);
        // "Thursday's decision also overturned the previous state Superior Court ruling": an article inside opens the noun phrase named
        var first = tokens.Take(head).ToList().FindLastIndex(t => t is "the" or "a" or "an") + 1;
        var words = tokens.Skip(first).Take(head + 1 - first).Select(WithoutPossessive).ToList();
        // a capitalised description word is written as a common word ("Officials", "Poll" as the head), unless it goes on a
        // name that stands before it ("a Harbour University study", "the Harbour Post poll") or opens one that goes on after it
        // ("a Government Accountability Office report", "a Military Times survey"); a word that never names ("Former aides") is common
        for (var i = 0; i < words.Count; i++)
            if (!(IsCapitalized(words[i]) && !NotNames.Contains(words[i]) && (SourceLexicon.DescriptorOf(words[i]) is null || i > 0 && i < words.Count - 1 && IsCapitalized(words[i - 1]) || OpensName(words, i))
                || IsAcronym(words[i]) || IsAcronym(words[i][..^1])))
                words[i] = words[i].ToLowerInvariant();
        return new SourcePhrase(PhraseForm.Descriptor, string.Join(' ', words), descriptor, owner, false);
    }

    private static readonly HashSet<string> SeveralCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "both", "two", "three", "four", "five", "six", "several", "many", "various", "multiple", "numerous", "all", "either", "each", "neither",
    };

    // a description word followed, before the head, by a capitalised word that is no description word: the two open a name
    private static bool OpensName(List<string> words, int i) =>
        i < words.Count - 2 && IsCapitalized(words[i + 1]) && SourceLexicon.DescriptorOf(words[i + 1]) is null;

    private static SourcePhrase? OwnerAfter(List<string> tokens, int head, HashSet<string> links)
    {
        if (head + 2 >= tokens.Count || !links.Contains(tokens[head + 1])) return null;
        var complement = tokens.Skip(head + 2).ToList();
        // "officials from both parties", "aides in the two campaigns", "lawmakers of all parties": people drawn from several bodies
        // speak for none of them, they are the group
        if (SeveralCounts.Contains(complement[0] == "the" && complement.Count > 1 ? complement[1] : complement[0])) return null;
        if (Parse(complement) is { } owner) return owner;
        var name = complement.FindIndex(IsCapitalized);
        return name < 0 ? null : Named(complement, name);
    }

    // "figures published by the health agency", "data released Friday by state regulators", "figures that were released by
    // Crowdpac": who put a document out is its author; "figures her campaign released Friday": so is the one a clause after
    // it says released it. "records obtained by the AP", "a report reviewed by the Times" name who got or read it, no author;
    // "a New Jersey Watchdog report released by the governor's office" has its maker's name already (the caller's test).
    private static SourcePhrase? PublishedBy(List<string> tokens, int head)
    {
        var at = head + 1;
        if (at < tokens.Count && tokens[at] is "that" or "which") at++;
        while (at < tokens.Count && PublishingAuxiliaries.Contains(tokens[at])) at++;
        if (at < tokens.Count && Publishing.Contains(tokens[at]))
        {
            var by = at + 1;
            while (by < tokens.Count && by - at <= 3 && (Days.Contains(tokens[by]) || CalendarWords.Months.Contains(tokens[by]) || WhenWords.Contains(tokens[by]) || IsNumeral(tokens[by]))) by++;
            return by < tokens.Count && tokens[by] == "by" ? OwnerAfter(tokens, by - 1, AuthorLinks) : null;
        }
        // the clause's subject: a determiner or a capitalised word right after the document, then up to three words and the verb
        if (at != head + 1 || at >= tokens.Count || !(DefiniteWords.Contains(tokens[at]) || IsCapitalized(tokens[at]))) return null;
        var verb = tokens.FindIndex(at + 1, Math.Min(4, tokens.Count - at - 1), Publishing.Contains);
        return verb < 0 ? null : Parse(tokens.GetRange(at, verb - at));
    }

    private static readonly HashSet<string> Publishing = new(StringComparer.Ordinal) { "published", "released", "compiled", "issued", "provided", "produced", "posted" };

    private static readonly HashSet<string> PublishingAuxiliaries = new(StringComparer.Ordinal) { "was", "were", "is", "are", "be", "been", "has", "have", "had", "just", "first", "recently", "newly", "publicly" };

    private static readonly HashSet<string> WhenWords = new(StringComparer.OrdinalIgnoreCase) { "on", "last", "this", "earlier", "week", "month", "year", "in" };

    // "Con Edison officials": a name that has officials is a body's, whatever its words.
    private static SourcePhrase? AsBody(SourcePhrase? owner) =>
        owner is { Form: PhraseForm.Named, Descriptor: null, LooksLikePerson: false } ? owner with { Descriptor = BodyHint } : owner;

    private static readonly Descriptor BodyHint = new(SourceKind.Organization, false, false, true);

    // "a Times article", "a New York Post editorial": the outlet whose name is written right before its piece; "Labor Department
    // figures": the body whose numbers they are, listed once with "figures released by the Labor Department" (field gold credits
    // owned numbers to their owner)
    private static SourcePhrase? NameBefore(List<string> tokens, int head)
    {
        var first = head;
        while (first > 0 && IsCapitalized(tokens[first - 1])) first--;
        return first < head && Parse(tokens.GetRange(first, head - first)) is { Form: PhraseForm.Named } named ? named : null;
    }

    // "some GOP figures declared", "prominent Labour figures": people of a party or named for their standing, not numbers
    private static bool PeopleCalledFigures(List<string> tokens, int head)
    {
        if (tokens[head].ToLowerInvariant() is not ("figures" or "figure")) return false;
        var first = head;
        while (first > 0 && IsCapitalized(tokens[first - 1])) first--;
        return first < head && (IsPartyWord(tokens[first]) || tokens[first] == "GOP")
            || first > 0 && Standing.Contains(tokens[first - 1]);
    }

    private static readonly HashSet<string> Standing = new(StringComparer.OrdinalIgnoreCase)
    {
        "some", "many", "several", "other", "prominent", "top", "leading", "senior", "key", "public", "political", "major", "influential",
    };

    // "SkyJet's latest annual report": the author of a document named before it.
    private static SourcePhrase? PossessiveOwner(List<string> tokens, int head)
    {
        var owner = tokens.Take(head).ToList().FindLastIndex(IsPossessive);
        return owner < 0 ? null : Parse(tokens.Take(owner + 1).ToList());
    }

    private static SourcePhrase? OwnerBefore(List<string> tokens, int head, Descriptor descriptor)
    {
        for (var i = head - 1; i >= 0; i--)
        {
            // "Iraqi officials", "French diplomats": a nationality says whose people they are, it names no body that owns them
            // ("the Russian space agency" is a body named by whose it is)
            if (SourceLexicon.IsNationality(tokens[i]) && (descriptor.SpeaksFor || descriptor.IsGroup)) continue;
            // "Democratic aides", "a Democratic staffer": nor does a party's word ("the Democratic party" is the party named)
            if (IsPartyWord(tokens[i]) && (descriptor.SpeaksFor || descriptor.IsGroup || descriptor.Kind == SourceKind.Person)) continue;
            // "Israeli military officials": the nationality's military, named by no one, is no body that owns them either
            if (i > 0 && SourceLexicon.IsNationality(tokens[i - 1]) && (descriptor.SpeaksFor || descriptor.IsGroup)
                && SourceLexicon.DescriptorOf(tokens[i]) is { Kind: SourceKind.Government, IsGroup: false }) { i--; continue; }
            if (IsPossessive(tokens[i]) || IsCapitalized(tokens[i])) return AsBody(Parse(tokens.Take(i + 1).ToList()));
            // "Obama administration officials", "Trump campaign aides": a body named by whose it is, not any administration
            if (i > 0 && IsCapitalized(tokens[i - 1]) && !IsPossessive(tokens[i - 1]) && !SourceLexicon.IsNationality(tokens[i - 1])
                && SourceLexicon.DescriptorOf(tokens[i]) is { IsGroup: false } && Parse(tokens.Take(i + 1).ToList()) is { Owner.Form: PhraseForm.Named } body) return body;
            // "a club spokesperson" speaks for the club already named
            if (SourceLexicon.DescriptorOf(tokens[i]) is { } d) return new SourcePhrase(PhraseForm.Descriptor, tokens[i].ToLowerInvariant(), d, null, false) { Definite = true };
        }
        return null;
    }
}
