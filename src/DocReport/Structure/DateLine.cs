using System.Text.RegularExpressions;
using DocReport.Reading;

namespace DocReport.Structure;

/// <summary>
/// Recognises the date and meta lines a page prints around an article ("24. März 2004, 19:49 | Genesis",
/// "Publikacja: 04.05.2021", "3:59 PM", "News date : 04/21/2022 Category : Press Releases"): a short line
/// with a date or time in it and few words besides.
/// </summary>
internal static partial class DateLine
{
    private const int MaxWords = 16;
    private const int MaxOtherWords = 7;
    private const int MinSentenceWords = 3;
    private const int MinProseWords = 6;
    private const int MinWordsBesideTime = 2;

    /// <summary>
    /// Whether <paramref name="line"/> is a date or meta line rather than a sentence; a line that opens in lower case
    /// goes on from a sentence or list before it ("ab 1. Januar 2023 für ...").
    /// </summary>
    public static bool Matches(string line) => IsMostlyDate(line) && !(line.TrimStart() is [var first, ..] && char.IsLower(first));

    /// <summary>Whether <paramref name="text"/> is short and mostly a date or time, wherever it stands ("am 24. Juli 2017").</summary>
    public static bool IsMostlyDate(string text)
    {
        // every date or time pattern below holds a digit (\d: any decimal digit, as char.IsDigit): most lines have none
        if (!text.AsSpan().ContainsAny(Digits.Value)) return false;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords || !(DateOrTime().IsMatch(text) || WrittenDate.Value.IsMatch(text))) return false;
        if (SentenceInside().IsMatch(text)) return false;
        var others = WrittenDate.Value.Replace(DateOrTime().Replace(text, " "), " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetter)).ToList();
        return others.Count <= MaxOtherWords && !IsProse(text, others.Count(w => char.IsLower(w[0]))) && !IsSentenceAroundDate(text, others.Count);
    }

    /// <summary>Whether <paramref name="text"/> is a date or time and no word besides ("31. Oktober 2023", "Jan 04 09:34 2021").</summary>
    public static bool IsDateAlone(string text) =>
        (DateOrTime().IsMatch(text) || WrittenDate.Value.IsMatch(text))
        && !WrittenDate.Value.Replace(DateOrTime().Replace(text, " "), " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Count(char.IsLetter) > 3);

    /// <summary>
    /// A sentence that holds a date, told without counting lower-case words, which German spends on every noun ("Hier ein
    /// Überblick (Stand 14. Januar 2022).", "Die Messe beginnt am 3. Mai."): three words or more besides the date and a stop
    /// of its own after it, not the date's ("Updated at 3:59 p.m."). A meta line stays one: a label and its colon before the
    /// date ("Stand des Artikels: 26. Februar 2020."), a word of publishing ("Zuletzt aktualisiert am 3. Mai 2021.") or
    /// a byline's "by" ("Von Ana Roe 4. 2. 2022.").
    /// </summary>
    private static bool IsSentenceAroundDate(string text, int otherWords)
    {
        if (otherWords < MinSentenceWords || PublishingWord().IsMatch(text) || BylineOpening().IsMatch(text)) return false;
        // A date's own dot ("3. Mai.", "3:59 p.m.") is kept where the date stood, so a sentence may end with it.
        var withoutDates = WrittenDate.Value.Replace(DateOrTime().Replace(text, DateMark), DateMark);
        var firstDate = withoutDates.IndexOf('\u0001');
        if (firstDate > 0 && withoutDates[..firstDate].TrimEnd() is [.., ':']) return false;
        return withoutDates.TrimEnd().TrimEnd('"', '\'', '\u201D', '\u2019', ')', ']', '\u00BB') is [.., '.' or '!' or '?'];
    }

    private static string DateMark(Match date) => date.Value.EndsWith('.') ? "\u0001." : "\u0001";

    /// <summary>
    /// Whether the only dates in <paramref name="text"/> are clock times ("Monday to Thursday: 10:00 to 19:00", "last train at
    /// 19:10"): no day of a month, no numeric or ISO date.
    /// </summary>
    public static bool HasOnlyClockTime(string text)
    {
        var matches = DateOrTime().Matches(text);
        return matches.Count > 0 && !WrittenDate.Value.IsMatch(text) && matches.All(m => ClockTime().Match(m.Value) is { Success: true } c && c.Length == m.Length);
    }

    /// <summary>
    /// A line of a document's body that tells a time of day, not when the page was written: a range of clock times ("Monday
    /// to Thursday: 10:00 to 19:00", "9:00–17:30"), or, in a list item, a clock time with words beside it ("Coast line: last
    /// train at 19:10"). A bare time stays a time stamp ("8:20 p.m.", a live report's entry), a line with a calendar date a
    /// date line, and a time after a word of publishing ("Updated 3:59 PM", "Posted at 10:41") a meta line.
    /// </summary>
    public static bool IsTimeOfDayLine(string text, bool listItem)
    {
        if (!HasOnlyClockTime(text) || PublishingWord().IsMatch(text)) return false;
        if (TimeRange().IsMatch(text)) return true;
        return listItem && DateOrTime().Replace(text, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Count(w => w.Any(char.IsLetter)) >= MinWordsBesideTime;
    }

    /// <summary>
    /// A date inside prose: a sentence that ends with its stop ("The 06:10 departure moves to 06:40.") or a wrapped line of
    /// one ("11 February but caused no flooding, as the") has more lower-case words than a label beside a date ("Last
    /// updated at 3:59 p.m.", "Posted on March 3, 2021 by Ann Lee").
    /// </summary>
    private static bool IsProse(string text, int lowerCaseWords) =>
        lowerCaseWords >= MinProseWords || (lowerCaseWords >= MinSentenceWords && text.TrimEnd().TrimEnd('"', '\'', '\u201D', '\u2019', ')') is [.., '.' or '!' or '?']);

    // Numeric dates (2021-10-16, 04.05.2021, 4. 5. 2021, 04/21/2022), clock times (19:49, 3:59 PM; not a score such as "98:70"), and a day or year beside a
    // month name in English, German, French, Spanish, Italian, Dutch or Polish.
    [GeneratedRegex(@"\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}\.\s\d{1,2}\.\s\d{4}\b|\b(?:[01]?\d|2[0-4]):[0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s?Uhr)?\b|\b\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|fév|avr|juil|août|déc|ene|abr|ago|dic|gen|mag|giu|lug|ott|maa|mrt|mei|okt|sty|lut|kwi|maj|cze|lip|sie|wrz|paź|lis|gru)\p{L}*\.?(?:,?\s+\d{4})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOrTime();

    [GeneratedRegex(@"^(?:[01]?\d|2[0-4]):[0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s?Uhr)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?\s*(?:[-–—]|to|until|till|bis)\s*\d{1,2}:\d{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"\b(?:updated|posted|published|modified|edited|aktualisiert|veröffentlicht|publié|actualizado|publicado|aggiornato|pubblicato)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishingWord();

    // A byline's opening word before a name: "By", "Von", "Par", "Por", "Di", "Door", "Av", "Przez".
    [GeneratedRegex(@"^\W*(?:by|von|par|por|di|door|av|przez)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineOpening();

    // A day, a month's name in any language DateText reads, and a year ("4 de março de 2021", "4. března 2021", "4 марта 2021"), or the
    // month's name first ("আগস্ট ২৯, ২০২০").
    private static readonly Lazy<Regex> WrittenDate = new(() =>
    {
        var names = string.Join('|', DateText.MonthNames.OrderByDescending(n => n.Length).Select(Regex.Escape));
        return new Regex($@"\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{names})\.?(?:\s+de)?,?\s+\d{{4}}\b|(?<![\p{{L}}\p{{M}}])(?:{names})\.?\s+\d{{1,2}},?\s+\d{{4}}\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    });

    // The characters \d matches: the decimal digits of every script (Unicode category Nd).
    private static readonly Lazy<System.Buffers.SearchValues<char>> Digits = new(() =>
        System.Buffers.SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit).ToArray()));

    // A full stop after a word and before more words ends a sentence: "He left on 3 May. She stayed."
    [GeneratedRegex(@"\p{Ll}{2,}\.\s+\p{Lu}\p{Ll}")]
    private static partial Regex SentenceInside();
}
