using System.Buffers;
using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises a picture caption by the credit that ends it ("Ferries at the quay. Photo: Jane Roe/Agency",
/// "The market at dawn © City Archive", "(crédito: Minervino Júnior/CB)"): a short line whose last few words
/// follow a credit label; or a credit label alone before its colon ("Bildquelle:", "Photo Credit:"), the credit on a line of
/// its own or left out. The labels come from the boilerplate list's <c>@</c> entries; a label that ends in a full stop needs no
/// colon ("fot. Shutterstock"). A line that opens with its label may list up to 20 words of names ("Fotos: Jane Roe, John Doe,
/// ..."), and a caption may end in a picture agency's name after a slash ("The quay at dawn / picture alliance").
/// A short line that names a free licence or a picture archive as the source ("Jane Roe [CC BY-SA 4.0], via Wikimedia
/// Commons", "Lego figures by Jane Roe, en licence Creative Commons by") is a credit too, unless it ends a sentence: a word or
/// a number, then a full stop, "!" or "?" ("Le musée publie ses photos sous licence Creative Commons.") is a sentence about a licence.
/// A © after "Ã" is the second half of a broken "é" ("JosÃ©" in a link address left as written), not a credit sign.
/// </summary>
internal sealed partial class CreditLine
{
    private const int MaxLineWords = 30;
    private const int MaxCreditWords = 8;
    private const int MaxListWords = 20;
    private const int StackLine = 512;

    private readonly Regex credit;
    private readonly HashSet<string> labels;
    // What every credit holds, a label or ©, found in one vectorised scan of the line with its letters folded: most lines
    // have neither, and the full pattern, interpreted, tries each label at every space (3% of a long document's CPU, as
    // did the same scan as a regex). Folding puts together every pair of letters the pattern's case-insensitive matching
    // does, so no line the pattern could match is skipped.
    private readonly SearchValues<string> labelsOrSign;

    public CreditLine(IEnumerable<string> labels)
    {
        var listed = labels.ToList();
        this.labels = listed.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var alternatives = string.Join("|", listed.Select(Regex.Escape).OrderByDescending(l => l.Length));
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        credit = new Regex($@"(?:^|[\s(\[.,;|–—-])(?:{alternatives})(?:\s*[:©]|(?<=\.)\s+|\s+(?:copyright|credit|by|von|par|por|di)\b)\s*(?<credit>[^:]*?)[)\]]?\s*$|(?<!Ã)©\s*(?<credit>[^©]*)$", options);
        labelsOrSign = SearchValues.Create([.. listed.Select(Fold), "©"], StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="line"/> is a caption or credit line.</summary>
    public bool Matches(string line)
    {
        if (WordCount(line) > MaxLineWords) return false;
        if (NamesFreeLicence(line) || AgencyCredit().IsMatch(line)) return true;
        if (!HoldsLabelOrSign(line)) return false;
        if (line.Trim() is [.. var label, ':'] && labels.Contains(label.TrimEnd())) return true;
        var match = credit.Match(line);
        return match.Success && WordCount(match.Groups["credit"].Value) is > 0 and <= MaxCreditWords
            || (match.Success && match.Index == 0 && IsListOfNames(match.Groups["credit"].Value));
    }

    // A line that opens with its label and lists the credited ("Fotos: Jane Roe, John Doe, Ann Lee, Harbour Archive"): up to
    // 20 words with a comma, slash or bar between them and no sentence ending ("Fotos: Die Schau zeigt 40 Bilder." is one).
    private static bool IsListOfNames(string credit) =>
        WordCount(credit) is > MaxCreditWords and <= MaxListWords && credit.IndexOfAny([',', '/', '|']) >= 0 && !EndsSentence(credit)
        && !HasSentenceBreak(credit);

    // A full stop after a word of two lower-case letters or more, then a space: "Bilder. Die" ends a sentence, an initial
    // ("Hans-L. Sämann") does not.
    private static bool HasSentenceBreak(string text)
    {
        for (var i = 2; i + 1 < text.Length; i++)
            if (text[i] == '.' && text[i + 1] == ' ' && char.IsLower(text[i - 1]) && char.IsLower(text[i - 2])) return true;
        return false;
    }

    // A caption ending in a picture agency's name after a slash, bar or comma ("The quay at dawn / picture alliance",
    // "Port w Gdańsku, fot. Shutterstock" is the label's rule): the agencies credited on news pictures, as they sign them.
    // Matched from the line's end, so a line that does not end so fails at once.
    [GeneratedRegex(@"\S\s*[/|,]\s*(?:picture[ -]alliance|dpa|afp|reuters|getty\s+images|imago(?:\s+images)?|istock(?:photo)?|shutterstock|unsplash|pixabay|adobe\s?stock|keystone|epa|xinhua|anp|apa)(?:\s*/\s*[\w .-]{1,30})?\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex AgencyCredit();

    private static bool NamesFreeLicence(string line) =>
        (line.Contains("CC", StringComparison.Ordinal) || line.Contains("ommons", StringComparison.OrdinalIgnoreCase))
        && !EndsSentence(line) && FreeLicence().IsMatch(line);

    // A word or a number, then a full stop, "!" or "?", perhaps inside closing quotes or a bracket; a licence's version
    // ("CC BY 4.0.") ends no sentence.
    private static bool EndsSentence(string line) =>
        line.TrimEnd().TrimEnd('"', '\'', '”', '’', '»', ')') is [.., var before, var last, '.' or '!' or '?']
        && (char.IsLetter(last) || (char.IsDigit(last) && before != '.'));

    // Creative Commons licences by their short names ("CC BY-SA 4.0", "CC0"), or with "by" or "attribution" after them or a
    // licence word before them, as credits name them in English, German, French, Spanish and Italian ("Creative Commons
    // licence" alone is left, as a sentence about licences says it too); a picture taken "via Wikimedia Commons".
    [GeneratedRegex(@"(?-i:\bCC[ -]BY\b|\bCC0\b)|\bcreative[ -]commons[ -](?:by|attribution|namensnennung)\b|\b(?:licen[cs]e|lizenz|licencia|licenza)\s+creative\s+commons\b|\bvia\s+wikimedia\s+commons\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FreeLicence();

    /// <summary>A letter as the lower case of its upper case ('K', 'k' and the Kelvin sign are 'k'; 'S', 's' and 'ſ' are 's').</summary>
    internal static char Fold(char c) => char.IsAscii(c) ? char.ToLowerInvariant(c) : char.ToLowerInvariant(char.ToUpperInvariant(c));

    private static string Fold(string text) => string.Create(text.Length, text, static (folded, t) =>
    {
        for (var i = 0; i < t.Length; i++) folded[i] = Fold(t[i]);
    });

    private bool HoldsLabelOrSign(string line)
    {
        var folded = line.Length <= StackLine ? stackalloc char[line.Length] : new char[line.Length];
        for (var i = 0; i < line.Length; i++) folded[i] = Fold(line[i]);
        return folded.IndexOfAny(labelsOrSign) >= 0;
    }

    // The words between white space, counted without splitting the line into strings.
    private static int WordCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
            if (!char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1]))) count++;
        return count;
    }
}
