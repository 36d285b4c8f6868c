using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Reading.Text;

/// <summary>
/// Scraped text keeps a rail of other stories as lines whose links are gone: a label on its own ("Related:", "Read more:",
/// "Lesen Sie auch:"), then the headline it pointed to ("Harbour Council Rejects The Plan For A Second Quay."). The label is
/// furniture the structure stage drops; the headline would stay as a paragraph of the story. A block that is such a label
/// (furniture by <see cref="BoilerplateFilter"/>, a few words ending in a colon) takes with it the headlines right after it:
/// blocks of one line, 3 to 20 words, with no sentence ending inside, written in title case or ending without a full stop.
/// A sentence after the label ("Read more:" then "The council will publish the full report on Monday.") stays.
/// </summary>
internal static partial class RelatedHeadlines
{
    private const int MaxLabelWords = 5;
    private const int MinHeadlineWords = 3;
    private const int MaxHeadlineWords = 20;
    private const double MinTitleCaseShare = 0.75;

    public static void Remove(List<Block> blocks)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (!IsLabel(blocks[i].Text)) continue;
            while (i + 1 < blocks.Count && IsHeadline(blocks[i + 1].Text)) blocks.RemoveAt(i + 1);
        }
    }

    private static bool IsLabel(string text)
    {
        var line = text.Trim().Trim('"', '“', '”', '„', '«', '»', '\'', '*').TrimEnd();
        return line.EndsWith(':') && !line.Contains('\n') && Words(line).Length <= MaxLabelWords
            && BoilerplateFilter.Default.IsFurniture(text);
    }

    private static bool IsHeadline(string text)
    {
        if (text.Contains('\n') || InnerSentenceEnd().IsMatch(text)) return false;
        var words = Words(text);
        if (words.Length is < MinHeadlineWords or > MaxHeadlineWords) return false;
        var longWords = words.Where(w => w.Length >= 4 && char.IsLetter(w[0])).ToList();
        var titleCase = longWords.Count >= 2 && longWords.Count(w => char.IsUpper(w[0])) >= MinTitleCaseShare * longWords.Count;
        return titleCase || text.TrimEnd() is [.., not ('.' or '!' or '?' or ':' or ';' or ',')];
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    // A full stop, question or exclamation mark followed by a capital: two sentences, so body text, not a headline.
    [GeneratedRegex(@"[.!?][""”’)]?\s+[\p{Lu}""“„]")]
    private static partial Regex InnerSentenceEnd();
}
