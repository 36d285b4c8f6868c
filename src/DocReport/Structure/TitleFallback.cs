using DocReport.Model;

namespace DocReport.Structure;

/// <summary>
/// A title for a document that has none (scraped text whose first line is a sentence): the first sentence,
/// shortened, or else the file name. Validation warns that the title was made up.
/// </summary>
internal static class TitleFallback
{
    private const int MaxWords = 12;
    private const int MaxChars = 100;
    private const string Ellipsis = "…";

    /// <summary>The title and where it came from, from the first body block or the file name.</summary>
    public static (string Title, TitleOrigin Origin) For(NormalizedBlock? first, string sourcePath, SentenceSplitter splitter)
    {
        if (first is not null && splitter.Split(first.Text, 0, first.Text.Length) is [var sentence, ..])
        {
            var shortened = Shorten(first.Text[sentence.Start..sentence.End]);
            if (shortened.Length > 0) return (shortened, TitleOrigin.FirstSentence);
        }
        var stem = Path.GetFileNameWithoutExtension(sourcePath).Trim();
        return (stem.Length > 0 ? stem : "Untitled", TitleOrigin.FileName);
    }

    // Whole words up to the limits; a sentence that had to be cut ends with an ellipsis.
    private static string Shorten(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>();
        var length = 0;
        foreach (var word in words.Take(MaxWords))
        {
            if (kept.Count > 0 && length + 1 + word.Length > MaxChars) break;
            if (kept.Count == 0 && word.Length > MaxChars) return word[..CutAt(word)] + Ellipsis;
            length += (kept.Count > 0 ? 1 : 0) + word.Length;
            kept.Add(word);
        }
        var title = string.Join(' ', kept);
        return kept.Count < words.Length ? title.TrimEnd(',', ';', ':', '-', '—', '–') + Ellipsis : WithoutFullStop(title);
    }

    // A headline ends without a full stop: "Ferry fares rise in May." is shown "Ferry fares rise in May", and a Chinese or
    // Japanese one without its "。". The stop stays after an abbreviation or initial ("U.S.", "J.") and in an ellipsis,
    // where it is part of the last word.
    private static string WithoutFullStop(string title)
    {
        if (title.Length >= 2 && title[^1] == '。') return title[..^1];
        if (title.Length < 2 || title[^1] != '.' || title[^2] == '.') return title;
        var lastWord = title[(title.LastIndexOf(' ') + 1)..^1];
        return lastWord.Length < 2 || lastWord.Contains('.') ? title : title[..^1];
    }

    private static int CutAt(string word) => char.IsHighSurrogate(word[MaxChars - 1]) ? MaxChars - 1 : MaxChars;
}
