using AngleSharp.Dom;

namespace DocReport.Reading.Html;

// Furniture told by the class or id a template gives its box.
internal static partial class ArticleFurniture
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateWords =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "no", "has", "with", "without", "is" }.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Caption = FurnitureClasses.Caption.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Byline = FurnitureClasses.Byline.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Promotion = FurnitureClasses.Promotion.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the class or id of <paramref name="element"/> names a caption, byline or promotion box.</summary>
    public static bool HasFurnitureClass(IElement element, bool keepCaptions = false) =>
        NamesFurniture(element.ClassName, keepCaptions) || NamesFurniture(element.Id, keepCaptions) || NamesFurnitureInWords(element.ClassName);

    // Class names of two or three words that no one of them says, written apart or run together: "author-box", "AuthorBox",
    // "paragraph--type--en-savoir-plus", "post-navigation". Not ids: a heading's anchor spells its words ("See_also",
    // "Further_reading" on a wiki's section headings).
    private static bool NamesFurnitureInWords(string? value)
    {
        if (string.IsNullOrEmpty(value)) return false;
        var words = new List<string>();
        for (int start = 0; start < value.Length;)
        {
            while (start < value.Length && !char.IsLetter(value[start])) start++;
            var end = start;
            while (end < value.Length && char.IsLetter(value[end])) end++;
            if (end > start) words.Add(value[start..end].ToLowerInvariant());
            start = end;
        }
        // "has-author-box" says what the box holds, not what it is, as "has-author" does.
        if (words.Count == 0 || StateWords.Contains(words[0])) return false;
        var names = FurnitureClasses.SeveralWords;
        var joined = FurnitureClasses.SeveralWordsJoined;
        for (var i = 0; i < words.Count; i++)
        {
            if (joined.Contains(words[i])) return true;
            if (i + 1 < words.Count && (names.Contains(words[i] + " " + words[i + 1]) || joined.Contains(words[i] + words[i + 1]))) return true;
            if (i + 2 < words.Count && names.Contains(words[i] + " " + words[i + 1] + " " + words[i + 2])) return true;
        }
        return false;
    }

    // Each name is split into words at every non-letter ("wp-caption-text"); read as spans, since every element of
    // the article is asked.
    private static bool NamesFurniture(string? value, bool keepCaptions)
    {
        if (string.IsNullOrEmpty(value)) return false;
        foreach (var range in value.AsSpan().Split(' '))
        {
            var name = value.AsSpan(range);
            for (int start = 0, word = 0; start < name.Length; word++)
            {
                while (start < name.Length && !char.IsLetter(name[start])) start++;
                var end = start;
                while (end < name.Length && char.IsLetter(name[end])) end++;
                if (end == start) break;
                var letters = name[start..end];
                // "no_caption", "has-author" describe the box's state, not what it is (a state word is no furniture word).
                if (word == 0 && StateWords.Contains(letters)) break;
                if ((!keepCaptions && Caption.Contains(letters)) || Byline.Contains(letters) || Promotion.Contains(letters)) return true;
                start = end;
            }
        }
        return false;
    }
}
