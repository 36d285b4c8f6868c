using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that reads "the authors": the writers of the work the text named just before ("a 2013 editorial in the
/// Annals of Internal Medicine ... The authors argued"), whose words the work is; a document source, not an unnamed group.
/// </summary>
internal sealed partial class SourceRegistry
{
    // How far back "the authors" may look for their work: the sentence before and a little more, never across two paragraph breaks.
    private const int AuthorsReach = 400;

    // A written work a text cites, with what it is of or in ("a 2013 editorial in the Annals of Internal Medicine", "the new study"):
    // the nouns of a work that has authors, after "a", "an", "the", "this" or "that" and up to three words.
    [GeneratedRegex(@"\b(?i:an?|the|this|that)\s+((?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:study|paper|report|review|analysis|editorial|article|commentary|survey|book)(?:\s+(?:in|by|from|published\s+in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}'’.-]*)*)?)\b", RegexOptions.RightToLeft)]
    private static partial Regex Work();

    /// <summary>
    /// The document whose authors "the authors" at <paramref name="position"/> are: the work the text names last in the few lines
    /// before, the cited document of those words when there is one ("A ten-year study ... suggests"), else a new document so named;
    /// null when the text names no work there.
    /// </summary>
    public SourceEntry? WorkOfAuthors(int position, int end)
    {
        var from = Math.Max(0, position - AuthorsReach);
        // the paragraph of "the authors" and the one before it
        var paragraphs = 0;
        for (var i = position - 1; i > from; i--)
            if (text[i] == '\n' && text[i - 1] != '\n' && ++paragraphs == 2) from = i;
        if (Work().Match(text, from, position - from) is not { Success: true } work) return null;
        var cited = lastByKind.GetValueOrDefault(SourceKind.Document) is { } document && document.LastSeen >= work.Index && document.LastSeen < work.Index + work.Length
            ? document : null;
        var name = work.Groups[1].Value.Trim();
        var entry = cited ?? (byName.TryGetValue(name, out var known) ? known : Add(name, SourceKind.Document, null));
        (entry.LastSeen, entry.LastSeenEnd) = (position, end);
        return Mention(entry);
    }
}
