using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that keeps a role from the person an article is about when the text says the role's holder is
/// someone else: "The Democratic nominee aggressively attacked her opponent" in an article that mostly names Donald Trump.
/// </summary>
internal sealed partial class SourceRegistry
{
    /// <summary>
    /// True when the description at <paramref name="end"/> cannot be <paramref name="subject"/>: its own clause gives its holder
    /// the other gender ("her opponent", "herself" for a man), or its party word is the other party from the one the text sets
    /// beside the subject's name ("the Democratic nominee" where the text writes "Republican nominee Donald Trump" and never
    /// "Democratic" beside him).
    /// </summary>
    private bool ContradictsSubject(SourcePhrase subject, string description, int end)
    {
        var gender = byName.TryGetValue(subject.Name, out var known) ? known.Gender
            : subject.Gender != '-' ? subject.Gender : SourceLexicon.GenderOf(subject.Name.Split(' ')[0]);
        return OtherGenderInClause(gender, end) || OtherParty(subject.Name, description);
    }

    private bool OtherGenderInClause(char gender, int end)
    {
        if (gender == '-') return false;
        var clause = text.AsSpan(end, ClauseEnd().Match(text, end) is { Success: true } stop ? stop.Index - end : text.Length - end);
        var pronoun = OwnPronoun().Match(clause.ToString());
        return pronoun.Success && (pronoun.Groups["f"].Success ? 'f' : 'm') != gender;
    }

    // The clause goes on to its first punctuation or quotation mark, "that", or a name: "attacked her opponent, saying she ..."
    // keeps "her opponent"; in "said Clinton's emails showed her carelessness" the pronoun may be the name's
    [GeneratedRegex(@"[.,;:!?“”""—()\n]|\b(?:that|who|which)\b|(?<=\s)\p{Lu}")]
    private static partial Regex ClauseEnd();

    // A possessive or reflexive, whose holder is the clause's subject ("her opponent", "himself"); "attacked her" may be anyone
    [GeneratedRegex(@"\b(?:(?<f>herself|her(?=[ \t]+(?!(?:to|at|for|as|in|on|of|with|and|but|or|from|by|about|after|before|over|that|the|a|an|this|again|when|while|if|so|too|once|twice)\b)\p{Ll}))|himself|his)\b")]
    private static partial Regex OwnPronoun();

    private bool OtherParty(string subject, string description)
    {
        if (PartyOf(description) is not { } own) return false;
        var surname = Regex.Escape(subject.Split(' ')[^1]);
        var beside = Regex.Matches(text, $@"\b(?<party>{PartyWords})\b(?:[ \t]+(?:\p{{Lu}}[\p{{L}}.'’-]*|{RoleWords})){{0,3}}?[ \t]+{surname}\b|\b{surname}(?:['’]s)?,[ \t]+(?:the|a)[ \t]+(?:(?:{RoleWords})[ \t]+){{0,2}}?(?<party>{PartyWords})\b")
            .Select(m => PartyOf(m.Groups["party"].Value)).Distinct().ToList();
        return beside.Count > 0 && !beside.Contains(own);
    }

    private const string PartyWords = "Democratic|Democrat|Republican|GOP";

    // the words a party's member is called by between the party and the name ("Republican presidential nominee Donald Trump")
    private const string RoleWords = "presidential|nominee|candidate|front-runner|frontrunner|hopeful|rival|challenger|senator|leader|former|incumbent";

    private static char? PartyOf(string words) =>
        Regex.Match(words, $@"\b(?:{PartyWords})\b") is { Success: true } party ? party.Value is "Republican" or "GOP" ? 'R' : 'D' : null;
}
