using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocReport.Reading.Docx;

/// <summary>
/// The footnotes and endnotes a document's body refers to, each once, in the order of its first reference: the
/// footnotes, then the endnotes, as Word prints them last. Separators and notes nothing refers to are left out.
/// </summary>
internal static class DocxNotes
{
    /// <summary>Each note's element (its paragraphs and tables) with the hyperlink targets of the part that holds it.</summary>
    public static IEnumerable<(OpenXmlElement Note, Dictionary<string, string> Links)> Referenced(MainDocumentPart main, Body body)
    {
        var footnotes = InOrder(body.Descendants<FootnoteReference>().Select(r => r.Id?.Value),
            main.FootnotesPart?.Footnotes?.Elements<Footnote>().Select(n => (n.Id?.Value, (OpenXmlElement)n)));
        var endnotes = InOrder(body.Descendants<EndnoteReference>().Select(r => r.Id?.Value),
            main.EndnotesPart?.Endnotes?.Elements<Endnote>().Select(n => (n.Id?.Value, (OpenXmlElement)n)));
        return footnotes.Select(n => (n, Targets(main.FootnotesPart)))
            .Concat(endnotes.Select(n => (n, Targets(main.EndnotesPart))));
    }

    /// <summary>Hyperlink targets by relationship id, of the main part or of a notes part (each has its own).</summary>
    public static Dictionary<string, string> Targets(OpenXmlPart? part) =>
        part?.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.ToString()) ?? [];

    private static IEnumerable<OpenXmlElement> InOrder(IEnumerable<long?> references, IEnumerable<(long? Id, OpenXmlElement Note)>? notes)
    {
        if (notes is null) return [];
        var byId = new Dictionary<long, OpenXmlElement>();
        foreach (var (id, note) in notes)
            if (id is long key) byId.TryAdd(key, note);
        return references.OfType<long>().Distinct().Where(byId.ContainsKey).Select(id => byId[id]);
    }
}
