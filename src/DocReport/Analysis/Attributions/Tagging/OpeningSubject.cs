using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// "Local officials, for instance, argue", "Legislative leaders in the state, in fact, noted", "Senior aides met their rivals,
/// telling them": a sentence's subject that is a description without "the" (a plural, a phrase opened by a capital), which <see cref="AsideSubject"/>'s names, pronouns and "the" descriptions do not read. Read
/// where AsideSubject reads its subject (after a leading conjunction and an opening phrase): the words up to an aside closed right
/// before the cue, or, for a participle after a comma, the first run of up to six words ending in a noun the source lists know
/// ("aides", "leaders") before a word in lower case. Either must read as a description (SourcePhrase): never a name (a capitalised
/// word alone is AsideSubject's to judge) nor a possessive ("Lee's daughter": whose she is, not who speaks).
/// </summary>
internal static partial class OpeningSubject
{
    private const int MaxWords = 6;

    // the subject, then an aside set off by commas or dashes that closes right before the cue (an adverb may stand after it)
    [GeneratedRegex(@"^(?<subject>[^,;:“”""—–―()]+?)\s*[,—–―]\s*[^;:“”""—–―]+?[,—–―]\s*(?:(?:also|then|later|\p{Ll}+ly)\s+)?$")]
    private static partial Regex BeforeAside();

    [GeneratedRegex(@"['’]s?(?:\s|$)")]
    private static partial Regex Possessive();

    /// <summary>The subject's start and end in <paramref name="clause"/>, read from <paramref name="at"/>, and whether an aside follows it; null when none.</summary>
    public static (int Start, int End, bool Aside)? Read(string clause, int at)
    {
        var rest = clause[at..];
        if (BeforeAside().Match(rest) is { Success: true } aside)
            return IsDescription(aside.Groups["subject"].Value) ? (at, at + aside.Groups["subject"].Length, true) : null;
        var end = NounRunEnd(rest);
        return end > 0 && IsDescription(rest[..end]) ? (at, at + end, false) : null;
    }

    // the end of the first run of words from the start, before any mark, whose last word is a source noun and whose next word is in
    // lower case ("Senior nurses met the minister": "Senior nurses"); 0 when none
    private static int NounRunEnd(string rest)
    {
        var words = Regex.Matches(rest, @"\S+");
        for (var i = 0; i < Math.Min(words.Count - 1, MaxWords); i++)
        {
            var word = words[i].Value;
            if (word.IndexOfAny([',', ';', ':', '—', '–', '“', '"', '(']) >= 0) break;
            if (char.IsLower(words[i + 1].Value[0]) && SourceLexicon.DescriptorOf(word) is not null) return words[i].Index + word.Length;
        }
        return 0;
    }

    // Prepositions that open an adverbial but are not in function-words.txt ("Outside the campaign, ..."): English closed-class words
    // (Quirk et al. 1985, 9.7-9.10)
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "outside", "inside", "beyond", "beside", "besides", "near", "amid", "amidst", "despite", "behind", "beneath", "throughout",
        "unlike", "like", "following", "including", "regarding", "concerning", "except", "past", "via", "per",
    };

    // A noun phrase's words: no pronoun, preposition or other closed-class word but a determiner ("she shattered party norms" is a
    // clause), and no lower-case past form after the first word ("officials cited"); at most six words
    private static bool IsDescription(string subject)
    {
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords || Possessive().IsMatch(subject) || Prepositions.Contains(words[0])) return false;
        if (words.TakeWhile(w => !Boundary(w)).Select((w, i) => (w, i)).Any(p => ReportingCues.IsFunctionWord(p.w) && !SourcePhraseParser.IsDeterminer(p.w)
            || p.i > 0 && char.IsLower(p.w[0]) && p.w.EndsWith("ed", StringComparison.Ordinal))) return false;
        return SourcePhrase.Parse(subject) is { Form: PhraseForm.Descriptor };
    }

    // "Dairy farmers in the valley": the head's complement after a preposition of place or belonging is not read for verbs
    private static bool Boundary(string word) => word is "in" or "of" or "at" or "from" or "for" or "on";
}
