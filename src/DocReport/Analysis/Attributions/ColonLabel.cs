using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// A colon after a label, not a speaker: "Note: I didn't edit this", "Reproducible Research Statement: Study protocol: Not
/// available", "Hyatt Hotels Corporation (NYSE: H) announced". With a quotation after the colon ("Home Builders Federation:
/// “...”") the words before it still name who said it; so does any name the text writes again elsewhere ("Rick: I got into
/// tech ..." in an interview), and a transcript's turns are read apart (<see cref="SpeakerLabels"/>). A colon before a figure alone
/// ("Ann Lee: 1,769.", "Lee: 45%") heads a tally or a score: it counts for someone, it quotes no one.
/// </summary>
internal static partial class ColonLabel
{
    /// <summary>True when the attribution's cue is a colon after a label: a document's name (not a finding's: "Poll:"), one word
    /// the text names nowhere else inside a sentence and no list knows, or a colon inside brackets.</summary>
    public static bool Is(string text, FoundAttribution f)
    {
        if (f.Cue.Text.Trim() != ":" || f.Source.End > f.Cue.Start) return false;
        if (Citation(text, f) || FigureAlone().IsMatch(f.Content.Text)) return true;
        if (Quoted(f.Content.Text)) return false;
        if (text[f.Source.Start..f.Cue.Start].Contains('(')) return true;
        if (f.Phrase is not { } phrase) return false;
        var words = phrase.Name.Split(' ');
        // "Poll: Clinton and Trump in dead heat", "Report: the plant will close": a headline's finding is the source still
        if (Findings.Contains(words[^1])) return false;
        if (SourceLexicon.DescriptorOf(words[^1]) is { Kind: SourceKind.Document }) return true;
        return words.Length == 1 && phrase.Form == PhraseForm.Named && !phrase.LooksLikePerson && SourceLexicon.NameKindOf(phrase.Name) is null
            && !SourceLexicon.Media.Contains(phrase.Name) && !SourceLexicon.GovernmentBodies.Contains(phrase.Name) && !SourceLexicon.Countries.Contains(phrase.Name)
            && !WrittenElsewhere(text, phrase.Name, f.Source.Start);
    }

    /// <summary>A colon that cites no one's words, whatever follows it: inside a reference list's entry ("^ Film Review: ‘The
    /// Incident’", "^ Lee, A. (2007). Ann Lee and Bo Tan: The Founders of Acme"), inside square brackets, or before a handle written
    /// against it ("Tim Nguyen :ntim", "Ann Lee [:alee]").</summary>
    private static bool Citation(string text, FoundAttribution f)
    {
        var after = f.Cue.Start + f.Cue.Text.IndexOf(':') + 1;
        if (after < text.Length && char.IsLetterOrDigit(text[after])) return true;
        if (text.AsSpan(f.Source.Start, f.Cue.Start - f.Source.Start).Contains('[')) return true;
        var line = f.Source.Start == 0 ? 0 : text.LastIndexOf('\n', f.Source.Start - 1) + 1;
        return text.AsSpan(line, f.Cue.Start - line).TrimStart().StartsWith("^");
    }

    /// <summary>
    /// True when the cue is a colon and the words before it are no speaker's label: the name stands inside a clause that another
    /// word opens ("... broke down what was wrong to the Dutch paper De Krant: “...”", "the stance common among some members:
    /// “...”", a headline "Paper On Lee: ..."), the object or complement of a verb before it, not the one who says what follows.
    /// A label opens its sentence or clause: nothing before it but marks, or a phrase closed by a comma or a dash, or "and", or
    /// another label's quotation (a run of turns: "A: “...” B: “...”"), or the speaker's own title written in capitals ("Senate
    /// Majority Leader Ann Lee: “...”", German "NABU-Geschäftsführerin Ann Lee: „...“").
    /// </summary>
    public static bool InsideClause(string text, FoundAttribution f)
    {
        if (f.Cue.Text.Trim() != ":" || f.Source.End > f.Cue.Start || f.Source.Start < f.Sentence.Start) return false;
        var before = text[f.Sentence.Start..f.Source.Start].TrimEnd().TrimStart(' ', '"', '“', '‘', '\'', '(', '[');
        return before.Length > 0 && !LabelLead().IsMatch(before) && !QuotationClosed(before) && !TitleLead(before);
    }

    private static bool QuotationClosed(string before) => before[^1] is '"' or '”' or '“' or '»' or '«' or '’';

    // a title before the name: capitalised words joined by a few small words, no preposition that makes the name an object
    // ("CNN President On Lee:" stays inside a clause)
    private static bool TitleLead(string before)
    {
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 && char.IsUpper(words[0][0])
            && words.All(w => TitleJoiners.Contains(w) || char.IsUpper(w[0]) && !Prepositions.Contains(w));
    }

    private static readonly HashSet<string> TitleJoiners = new(StringComparer.Ordinal) { "of", "the", "for", "and", "de", "der", "des", "du", "la", "le", "von", "van", "di", "da" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "to", "about", "at", "with", "in", "into", "against", "over", "after", "before", "toward", "towards", "by", "from", "as",
    };

    // "From the report: “...”", "..., said Ann Lee, a co-editor of ''Fares: A History'' ": a label after "from", and the subject of
    // a cue before it, still name who says what follows
    [GeneratedRegex(@"(?:[,;—–-]|\b(?:and|but|so|then|from|said|says|added|adds|wrote|writes|asked|asks|told|tells|noted|notes|continued|continues))$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelLead();

    // a count, a share or a sum with nothing said about it: "1,769.", "45%", "$2.5 million", "12 percent"
    [GeneratedRegex(@"^\s*[\p{Sc}]?[+\-−]?\d[\d.,]*\s*(?:%|percent|per cent|million|billion)?\.?\s*$")]
    private static partial Regex FigureAlone();

    private static readonly HashSet<string> Findings = new(StringComparer.OrdinalIgnoreCase)
    {
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "research", "analysis", "review", "data",
    };

    private static bool Quoted(string content) => content.TrimStart().Length > 0 && content.TrimStart()[0] is '“' or '"' or '«' or '„' or '‘';

    // Written inside a sentence, where only a name keeps its capital ("Note that ..." opening a sentence is the verb)
    private static bool WrittenElsewhere(string text, string name, int at)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
            if (i != at && i > 0 && !char.IsLetter(text[i - 1]) && (i + name.Length >= text.Length || !char.IsLetter(text[i + name.Length])) && InsideSentence(text, i)) return true;
        return false;
    }

    private static bool InsideSentence(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t' or '“' or '"' or '‘' or '(') j--;
        return j >= 0 && text[j] is not ('.' or '!' or '?' or ':' or '\n' or '•' or '-' or '—');
    }
}
