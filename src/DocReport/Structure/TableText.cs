using System.Text;

namespace DocReport.Structure;

/// <summary>Normalises a table block's text cell by cell, so its row breaks and cell tabs survive.</summary>
internal static class TableText
{
    /// <summary>Each cell normalised on its own; rows stay on lines and cells stay split by tabs, with the offset map kept.</summary>
    public static NormalizedText Normalize(string raw, HyphenationEvidence hyphenation)
    {
        var text = new StringBuilder(raw.Length);
        var map = new int[raw.Length + 1];
        var at = 0;
        foreach (var (cell, index) in Cells(raw))
        {
            if (index > 0)
            {
                map[at - 1] = text.Length;
                text.Append(raw[at - 1]);
            }
            var normalized = TextNormalizer.Normalize(cell, hyphenation);
            for (var i = 0; i <= cell.Length; i++) map[at + i] = text.Length + normalized.OffsetMap[i];
            text.Append(normalized.Text);
            at += cell.Length + 1;
        }
        return new NormalizedText(text.ToString(), map);
    }

    /// <summary>The row ranges of a normalised table text, one per line.</summary>
    public static IEnumerable<TextRange> Rows(string text)
    {
        var start = 0;
        foreach (var row in text.Split('\n'))
        {
            if (row.Length > 0) yield return new TextRange(start, start + row.Length);
            start += row.Length + 1;
        }
    }

    private static IEnumerable<(string Cell, int Index)> Cells(string raw) =>
        raw.Split('\t', '\n').Select((cell, i) => (cell, i));
}
