using DocReport.Resources;

namespace DocReport.Structure;

/// <summary>
/// The tag of a quotation that ends in a question or exclamation mark: "“Why now?” King asked." or "“Stop!” Mr. Lee shouted
/// at them." is one sentence, whose speaker the tag names; split after the mark, the quotation would stand alone and be
/// taken for the words of whoever spoke before.
/// </summary>
internal static class QuoteTag
{
    // A name of more words than this before the verb is no tag but a sentence of its own.
    private const int MaxNameWords = 4;
    // A tag ends soon after its verb ("asked the mayor.", "said in a statement,").
    private const int MaxWordsAfterVerb = 4;
    private const string TagEnds = ".,;:!?";

    private static readonly Lazy<Dictionary<string, string>> Roles = new(() => WordList.Load("Structure/Data/quote_tag_verbs.txt")
        .Select(line => line.Split('\t')).ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal));

    /// <summary>Whether the text at <paramref name="at"/> is a quotation's tag: capitalised words, a verb of saying, and an
    /// end within a few words, the first of them the one spoken to or a preposition.</summary>
    public static bool Follows(string text, int at, int end)
    {
        var names = 0;
        string? verb;
        while (true)
        {
            var word = WordAt(text, ref at, end);
            if (word.Length == 0) return false;
            if (!char.IsUpper(word[0])) { verb = word; break; }
            if (++names > MaxNameWords) return false;
        }
        var role = Roles.Value.GetValueOrDefault(verb);
        if (names == 0 || role is null or "after") return false;
        for (var after = 0; after <= MaxWordsAfterVerb; after++)
        {
            if (at >= end || TagEnds.Contains(text[at])) return true;
            var word = WordAt(text, ref at, end);
            if (word.Length == 0 || after == 0 && role != "verb-object" && Roles.Value.GetValueOrDefault(word) != "after") return false;
        }
        return false;
    }

    /// <summary>The word at <paramref name="at"/> (letters, digits, apostrophes and hyphens, as in "O’Neil"; with its stop when
    /// it is a title or an initial before a name: "Mr. Lee", "J. Smith"), moving <paramref name="at"/> past it and its spaces.</summary>
    private static string WordAt(string text, ref int at, int end)
    {
        var start = at;
        while (at < end && (char.IsLetterOrDigit(text[at]) || text[at] is '\'' or '’' or '-')) at++;
        if (at - start is > 0 and <= 3 && char.IsUpper(text[start]) && at + 2 < end && text[at] == '.' && text[at + 1] == ' ' && char.IsUpper(text[at + 2])) at++;
        var word = text[start..at];
        while (at < end && text[at] == ' ') at++;
        return word;
    }
}
