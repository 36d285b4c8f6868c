using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// "Trust Executive Director Javier Betancourt at that time asked": with an adverbial between a name and its cue, the tagger
/// may end the source after the given name; the capitalised word right after a given name is the surname.
/// </summary>
internal static partial class CutName
{
    public static TaggedSpan Whole(string text, TaggedSpan source)
    {
        var last = LastWords().Match(text, source.Start, source.End - source.Start);
        // "Lindsey Graham" is whole though "Graham" is also a given name
        if (!last.Success || !SourceLexicon.IsFirstName(last.Groups["given"].Value) || last.Groups["before"].Success && SourceLexicon.IsFirstName(last.Groups["before"].Value)) return source;
        var surname = SurnameAfter().Match(text, source.End);
        return surname.Success && !SourceLexicon.IsTitle(surname.Groups[1].Value) ? source with { End = surname.Groups[1].Index + surname.Groups[1].Length } : source;
    }

    /// <summary>
    /// "Harbour Hotels Corporation (NYSE: H) announced": a span that starts inside a short bracket after a name (a ticker or an
    /// acronym) is the name's; it runs from the name's first capitalised word.
    /// </summary>
    public static TaggedSpan OutOfBracket(string text, TaggedSpan source)
    {
        if (source.End <= source.Start || source.End - source.Start > 12 || text[source.End - 1] != ')' || text.IndexOf('(', source.Start, source.End - source.Start) >= 0) return source;
        var open = text.LastIndexOf('(', source.Start, Math.Min(source.Start + 1, 12));
        if (open < 0) return source;
        var from = Math.Max(0, open - 80);
        var name = NameBeforeBracket().Match(text, from, open - from);
        return name.Success ? source with { Start = name.Groups["name"].Index } : source;
    }

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}.&'’-]*(?:[ \t]+(?:(?:of|and|the|for|&)[ \t]+)*\p{Lu}[\p{L}.&'’-]*)*)[ \t]*$")]
    private static partial Regex NameBeforeBracket();

    /// <summary>"at the end of 2016 Dion revealed": a year after a preposition says when; the name starts after it.</summary>
    public static TaggedSpan WithoutYear(string text, TaggedSpan source)
    {
        var year = LeadingYear().Match(text, source.Start, source.End - source.Start);
        return year.Success && PrepositionBefore().IsMatch(text[Math.Max(0, source.Start - 12)..source.Start]) ? source with { Start = source.Start + year.Length } : source;
    }

    [GeneratedRegex(@"\G(?:1[89]|20)\d\d[ \t]+(?=\p{Lu})")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"\b(?:in|of|since|during|until|by|from|after|before|early|late|mid)[ \t]+$")]
    private static partial Regex PrepositionBefore();

    [GeneratedRegex(@"(?:(?<before>\p{Lu}[\p{L}'’-]*)[ \t]+)?(?<given>\p{Lu}[\p{L}'’-]*)$")]
    private static partial Regex LastWords();

    // not a day or month ("Ann Tuesday said" reads the day as when), and a word in lower case after it: in a headline's title
    // case ("Sanders Vows To Fight") the next capitalised word is a verb
    [GeneratedRegex(@"\G[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(\p{Lu}[\p{L}'’-]+)[ \t]+\p{Ll}")]
    private static partial Regex SurnameAfter();
}
