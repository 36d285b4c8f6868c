using DocReport.Model;

namespace DocReport.Reading.Html;

/// <summary>
/// The note about the author that a template prints beside the article ("Ann Roe studied law before she joined the paper")
/// is not the article. It is found two ways: its text is part of the author's <c>description</c> in the page's JSON-LD (a
/// Person's, as Yoast writes it), or it is a paragraph that opens with the article's author's full name ("Jule Radeck
/// studierte ...", "Leena Simon will ...", "Robin Roe, founder of ..."), in any language: an article's own paragraphs
/// name its author at their head only in such a note. Templates also set the note as a quotation beside the author's
/// picture (a <c>blockquote</c> under a <c>figcaption</c> with the name), so a quotation that opens with the name is one too:
/// a quotation from someone else opens with their words, not the article's author's name. A page that is mostly such text
/// (an author's own profile page) keeps it.
/// </summary>
internal static class AuthorNotes
{
    private const int MinNoteLength = 40;
    // A note is a few sentences; a byline ("Ann Roe, Reporter") is shorter and is read by TopMatter, a paragraph longer
    // than this is the article's.
    private const int MinNoteWords = 6;
    private const int MaxNoteWords = 80;

    /// <summary><paramref name="blocks"/> without those whose text is part of an author's <paramref name="descriptions"/>.</summary>
    public static List<Block> Without(List<Block> blocks, IReadOnlyList<string> descriptions)
    {
        if (descriptions.Count == 0) return blocks;
        var texts = descriptions.Select(Collapse).ToList();
        return Without(blocks, blocks.Where(b => Collapse(b.Text) is { Length: >= MinNoteLength } text && texts.Any(d => d.Contains(text, StringComparison.Ordinal))).ToList());
    }

    /// <summary><paramref name="blocks"/> without the paragraphs that open with the full name (two words or more) of one of
    /// <paramref name="authors"/>, followed by a space, comma or bracket (not a colon: an interview's question); quotations too.</summary>
    public static List<Block> WithoutNamedNotes(List<Block> blocks, IReadOnlyList<string> authors)
    {
        var names = authors.Select(Collapse).Where(a => a.Contains(' ')).ToList();
        if (names.Count == 0) return blocks;
        return Without(blocks, blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Quote && Collapse(b.Text) is var text
            && WordCount(text) is >= MinNoteWords and <= MaxNoteWords && names.Any(name => OpensWith(text, name))).ToList());
    }

    private static bool OpensWith(string text, string name) =>
        text.Length > name.Length && text.StartsWith(name, StringComparison.OrdinalIgnoreCase) && text[name.Length] is ' ' or ',' or '(';

    private static List<Block> Without(List<Block> blocks, List<Block> notes) =>
        notes.Count == 0 || notes.Sum(b => b.Text.Length) * 2 > blocks.Sum(b => b.Text.Length) ? blocks : blocks.Except(notes).ToList();

    private static int WordCount(string collapsed) => collapsed.Count(c => c == ' ') + 1;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
