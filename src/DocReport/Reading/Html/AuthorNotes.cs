using DocReport.Model;

namespace DocReport.Reading.Html;

/// <summary>
/// The note about the author that a template prints under the article ("Ann Roe studied law before she joined the paper")
/// is often the same text the page's JSON-LD gives as the author's <c>description</c> (a Person's, as Yoast writes it): a
/// block that says only what that description says is the author box, not the article. A page that is mostly that text (an
/// author's own profile page) keeps it.
/// </summary>
internal static class AuthorNotes
{
    private const int MinNoteLength = 40;

    /// <summary><paramref name="blocks"/> without those whose text is part of an author's <paramref name="descriptions"/>.</summary>
    public static List<Block> Without(List<Block> blocks, IReadOnlyList<string> descriptions)
    {
        if (descriptions.Count == 0) return blocks;
        var texts = descriptions.Select(Collapse).ToList();
        var notes = blocks.Where(b => Collapse(b.Text) is { Length: >= MinNoteLength } text && texts.Any(d => d.Contains(text, StringComparison.Ordinal))).ToList();
        return notes.Count == 0 || notes.Sum(b => b.Text.Length) * 2 > blocks.Sum(b => b.Text.Length) ? blocks : blocks.Except(notes).ToList();
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
