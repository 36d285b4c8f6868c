using DocReport.Model;

namespace DocReport.Reading;

/// <summary>
/// The section footnotes and endnotes are read into, after the body: a heading "Notes" before them, as a printed page sets
/// them apart under a rule. Without it a note's paragraphs read as the last body section's, in the workbook and the brief's outline.
/// </summary>
internal static class NotesSection
{
    /// <summary>The section's name, the <c>section</c> of every note's paragraph.</summary>
    public const string Name = "Notes";

    /// <summary>Runs <paramref name="readNotes"/>, which appends the notes to <paramref name="blocks"/>, and heads what it added.</summary>
    public static void Append(List<Block> blocks, Action readNotes)
    {
        var start = blocks.Count;
        readNotes();
        if (blocks.Count > start) blocks.Insert(start, new Block(BlockKind.Heading, Name, 1));
    }
}
