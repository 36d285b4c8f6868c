using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// A list of names as a sentence's source ("Warren, Sanders and Biden said", "Sens. Jeff Merkley of Oregon, Sherrod Brown of Ohio
/// and Robert Menendez of New Jersey all suggested"): the whole list is the source span, and each name on it a source.
/// </summary>
internal static partial class NameList
{
    /// <summary>
    /// The attribution with its source run back to the start of its sentence when the source found is the tail of a list of names
    /// that opens the sentence ("Sanders and Biden" of "Warren, Sanders and Biden said"); unchanged otherwise. <paramref name="registry"/>
    /// reads the names: the list's first word, capitalised where the sentence opens, must be a name ("However, Sanders and Biden said" is
    /// no list), and the list must split into its names (<see cref="PartsOf"/>) or be a pair ("Paradis and Bennett", read as any pair is).
    /// </summary>
    public static FoundAttribution Whole(string text, FoundAttribution f, SourceRegistry registry)
    {
        if (f.Source.Start <= f.Sentence.Start || f.Source.Start >= f.Source.End || !char.IsUpper(text[f.Source.Start])) return f;
        var before = ListBefore().Match(text, f.Sentence.Start, f.Source.Start - f.Sentence.Start);
        // a list ends with "and": before the tail found ("Warren, Sanders and Biden") or inside it ("Warren, Sanders and Biden")
        if (!before.Success || !before.Groups["and"].Success && !AndInside().IsMatch(f.Source.Text)) return f;
        var first = before.Groups["list"];
        var opening = FirstWord().Match(first.Value).Value;
        // "Sens. Jeff Merkley (D-Ore.), Sherrod Brown ...": a title opens a list of people
        if (!SourceLexicon.IsTitle(opening) && (ReportingCues.IsFunctionWord(opening) || CalendarWords.Months.Contains(opening)
            || CalendarWords.Weekdays.Contains(opening) || registry.OnlyOpensSentences(opening))) return f;
        var source = new Span(text[first.Index..f.Source.End], first.Index, f.Source.End);
        var pair = before.Groups["and"].Success && !first.Value.Contains(',');
        if (!pair && PartsOf(source, registry.StandsAlone) is null) return f;
        return f with { Source = source, Phrase = SourcePhrase.Parse(source.Text) ?? f.Phrase };
    }

    /// <summary>
    /// The names of a list of three or more ("A, B and C", "A, B, and C all"), each with where it is written, when every one is a name
    /// that <paramref name="standsAlone"/>, a person's, or a full name of two words or more (its kind is read as any name's); null for
    /// any other phrase ("Ann Lee, the mayor, and her deputy").
    /// </summary>
    public static IReadOnlyList<(SourcePhrase Phrase, int Start, int End)>? PartsOf(Span source, Func<SourcePhrase, bool> standsAlone)
    {
        var list = WholeList().Match(source.Text);
        if (!list.Success) return null;
        var parts = new List<(SourcePhrase, int, int)>();
        foreach (var item in list.Groups["item"].Captures.Cast<Capture>())
        {
            var name = Bracket().Replace(item.Value, "");
            if (SourcePhrase.Parse(name) is not { Form: PhraseForm.Named } phrase || !phrase.LooksLikePerson && !standsAlone(phrase) && !phrase.Name.Contains(' ')) return null;
            parts.Add((phrase, source.Start + item.Index, source.Start + item.Index + item.Length));
        }
        return parts;
    }

    // a name: capitalised words ("Sen.", "G.K.", "MSNBC’s Alex Seitz-Wald"), "of" a place ("Robert Menendez of New Jersey"), a short
    // bracket after it ("(D-Ore.)")
    private const string Item = @"\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}.'’-]*)*(?:[ \t]+\([^()\n]{1,16}\))?";

    // the names before the tail, from the sentence's start (after an opening quotation mark or bracket)
    [GeneratedRegex(@"\G[\s""“‘'(]*(?<list>" + Item + @"(?:,[ \t]+" + Item + @")*)(?:,[ \t]+|(?<and>,?[ \t]+and[ \t]+))\z")]
    private static partial Regex ListBefore();

    [GeneratedRegex(@"^(?<item>" + Item + @")(?:,[ \t]+(?<item>" + Item + @"))+,?[ \t]+and[ \t]+(?<item>" + Item + @")(?:[ \t]+(?:all|both))?,?$")]
    private static partial Regex WholeList();

    [GeneratedRegex(@"[ \t]and[ \t]+\p{Lu}")]
    private static partial Regex AndInside();

    [GeneratedRegex(@"^[\p{L}'’-]+\.?")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"[ \t]*\([^()]*\)")]
    private static partial Regex Bracket();
}
