using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that reads documents cited as sources: figures and papers by their owner ("Labor Department
/// figures", "the affidavit"), a publication's pieces ("a Times article"), polls and studies by their maker ("the
/// Reuters/Ipsos poll"), and the same figures cited again in other words ("federal statistics", "federal data").
/// </summary>
internal sealed partial class SourceRegistry
{
    // Questioning many people: "the poll", "the survey" or "the study" may be the last one named, whichever of the words it used.
    private static readonly HashSet<string> Findings = new(StringComparer.OrdinalIgnoreCase) { "poll", "survey", "study" };

    private SourceEntry? lastFinding;

    // "according to federal statistics" then "According to federal data": figures the text cites by the same words, named by
    // another word for what is read, are the same ones
    private SourceEntry? SameEvidence(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 2) return null;
        var same = entries.Where(e => e.Kind == SourceKind.Document && e.Name.Split(' ') is var other && other.Length == words.Length
            && other[..^1].SequenceEqual(words[..^1]) && SourceLexicon.DescriptorOf(other[^1]) is { IsEvidence: true }).ToList();
        return same is [var only] ? only : null;
    }

    // "according to a criminal complaint affidavit from Homeland Security ... the affidavit said": a paper is cited as itself, named
    // by its words and whose it is, and "the affidavit" points back to it
    private SourceEntry? Paper(SourcePhrase phrase, string head, int position, string link = "from")
    {
        if (phrase.Definite && PointedBack(head, phrase.Descriptor!, position, null) is var (back, unsure) && (back is not null || unsure))
            return back is null ? null : Mention(lastByWord[head] = back);
        var name = phrase.Owner is { Form: PhraseForm.Named } owner && !phrase.Name.Contains(owner.Name, StringComparison.Ordinal)
            ? $"{phrase.Name} {link} {owner.Name}" : phrase.Name;
        var found = byName.TryGetValue(name, out var known) ? known : Add(name, SourceKind.Document, null);
        lastByWord[head] = found;
        return Mention(found);
    }

    // "a Times article hailed him ... “...,” the article read": a piece is its owner's words, and "the article" after it is that
    // owner's again; a piece no one is named as owning is no source ("an article claimed" says nothing of who wrote it)
    private SourceEntry? Piece(SourcePhrase phrase, string head, int position, int end, SourcePhrase? subject)
    {
        if (phrase.Owner is { } owner) return Resolve(owner, position, end, subject) is { } ownerEntry ? lastByWord[head] = ownerEntry : null;
        return phrase.Definite && lastByWord.TryGetValue(head, out var back) ? Mention(back) : null;
    }

    // "A 2014 study by Loyola Law School professor Justin Levitt found", "a memo released Friday by the agency's watchdog": a study, an
    // analysis or a memo whose author the text names after it as a person, or only describes, is a document of its own, named by its
    // words and its author (field gold: "2014 study by Justin Levitt", "memo released by the State Department's inspector general");
    // a named body's ("a study by The Economist") is the body's words, as its figures are
    private SourceEntry? AuthoredPaper(SourcePhrase phrase, string head, int position, int end)
    {
        if (!AuthoredPapers.Contains(head) || phrase.Owner is not { } author || !AuthorAfter().IsMatch(text.AsSpan(position, end - position))
            || !(author.Form == PhraseForm.Descriptor || author.LooksLikePerson || NamesPerson(author.Name))) return null;
        var paper = Paper(phrase, head, position, link: "by");
        if (paper is not null && Findings.Contains(head)) lastFinding = paper;
        return paper;
    }

    private static readonly HashSet<string> AuthoredPapers = new(StringComparer.OrdinalIgnoreCase) { "study", "analysis", "memo", "memorandum" };

    [GeneratedRegex(@"\b(?i:study|analysis|memo|memorandum)\b[^,;:]{0,40}?\bby\b")]
    private static partial Regex AuthorAfter();

    // A name written right before numbers ("Labor Department figures") is whose they are, but not a person's ("the Trump data program"),
    // nor one capitalised word that opens its sentence and is written nowhere inside one ("Current statistics indicate"); a possessive
    // ("Trump's figures") still owns them.
    private bool NoOwnerOfNumbers(string owner, string description, int position, int end)
    {
        var span = text.AsSpan(position, end - position);
        if (!description.StartsWith(owner + " ", StringComparison.Ordinal) || span.Contains(owner + "'", StringComparison.Ordinal) || span.Contains(owner + "’", StringComparison.Ordinal)) return false;
        if (NamesPerson(owner)) return true;
        var at = position + span.IndexOf(owner, StringComparison.Ordinal);
        return !owner.Contains(' ') && owner.Any(char.IsLower) && OpensSentence(at) && !WrittenInsideSentence(owner);
    }

    // The capitalised words of a document's description that are no common word the text also writes in lower case.
    private string[] MakerWords(string description) =>
        description.Split(' ').SkipLast(1).Where(w => w.Length > 0 && char.IsUpper(w[0]) && !WrittenInLowerCase(w)).ToArray();

    // "The Reuters/Ipsos poll" after "the latest Reuters/Ipsos opinion poll": the document of the same maker named before, else a new one.
    private SourceEntry MadeBy(SourcePhrase phrase, Descriptor descriptor, string head, string[] maker)
    {
        // "The Harbour Authority announced ... the Authority report stated": "the" report or statement of a body the text cites is
        // the body's own words, and "the report" after it the body's again (an analysis, a poll or a study stays a document of its own)
        if (phrase.Definite && (head == "report" || IssuedBy.ContainsKey(head)) && string.Join(' ', maker) is var whose
            && (byName.GetValueOrDefault(whose) ?? byAcronym.GetValueOrDefault(whose)) is { Kind: not (SourceKind.Person or SourceKind.Document) } body)
            return Mention(lastByWord[head] = body)!;
        var name = UnresolvedName(phrase.Name, descriptor);
        var found = entries.LastOrDefault(e => e.Kind == SourceKind.Document && maker.All(e.Name.Split(' ').Contains))
            ?? (byName.TryGetValue(name, out var known) ? known : Add(name, SourceKind.Document, null));
        lastByWord[head] = found;
        if (Findings.Contains(head)) lastFinding = found;
        return Mention(found)!;
    }
}
