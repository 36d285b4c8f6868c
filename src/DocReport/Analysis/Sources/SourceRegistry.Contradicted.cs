using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that keeps a role from the person an article is about when the text says the role's holder is
/// someone else: "The Democratic nominee aggressively attacked her opponent" in an article that mostly names Donald Trump.
/// The party test knows only the two US parties' words (Democratic, Democrat, Republican, GOP), as the news it was built on
/// (PolNeAR, US politics 2015-2016) names no other; elsewhere ("the Labour leader", "the Tory candidate") only the gender
/// test applies and a description is never kept from the subject for its party.
/// </summary>
internal sealed partial class SourceRegistry
{
    /// <summary>
    /// True when the description at <paramref name="end"/> cannot be <paramref name="subject"/>: its own clause gives its holder
    /// the other gender ("her opponent", "herself" for a man), or its party word is not the one the text sets beside the
    /// subject's name ("the Democratic nominee" where the text writes "Republican nominee Donald Trump"), or, where the text gives
    /// the subject no party, the one it sets beside someone else ("Democratic nominee Hillary Clinton").
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
        var surname = subject.Split(' ')[^1];
        var (subjects, others) = (new HashSet<char>(), new HashSet<char>());
        foreach (var person in people.Between(0, text.Length))
            if ((PartyBefore().Match(text[Math.Max(0, person.Start - 60)..person.Start]) is { Success: true } before ? before
                : PartyAfter().Match(text, person.End) is { Success: true } after ? after : null) is { } party)
                (person.Surname == surname ? subjects : others).Add(PartyOf(party.Groups["party"].Value)!.Value);
        return subjects.Count > 0 ? !subjects.Contains(own) : others.Contains(own);
    }

    // "Republican presidential nominee Donald Trump", "Democratic Sen. Ann Lee": the party word and the words a member is called by
    [GeneratedRegex(@"\b(?<party>Democratic|Democrat|Republican|GOP)(?:[ \t]+(?:presidential|nominee|candidate|front-runner|frontrunner|hopeful|rival|challenger|senator|leader|former|incumbent))*[ \t]+$")]
    private static partial Regex PartyBefore();

    // "Donald Trump, the Republican nominee"
    [GeneratedRegex(@"\G(?:['’]s)?,[ \t]+(?:the|a)[ \t]+(?:(?:presidential|former|incumbent)[ \t]+)*(?<party>Democratic|Democrat|Republican|GOP)\b")]
    private static partial Regex PartyAfter();

    private static char? PartyOf(string words) =>
        Regex.Match(words, @"\b(?:Democratic|Democrat|Republican|GOP)\b") is { Success: true } party ? party.Value is "Republican" or "GOP" ? 'R' : 'D' : null;
}
