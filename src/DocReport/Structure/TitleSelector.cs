using DocReport.Model;

namespace DocReport.Structure;

/// <summary>Chooses the title: the metadata's when there is one, otherwise a short headline-like first block.</summary>
internal static class TitleSelector
{
    private const int MaxTitleWords = 15;
    private const string SentenceEndings = ".!?;,:";
    private const string HeadingEndings = ".;,:";

    /// <summary>The title, and whether the first block is that title and so leaves the body.</summary>
    public static (string Title, bool FirstBlockIsTitle) Choose(string metadataTitle, NormalizedBlock? first)
    {
        if (metadataTitle.Length > 0)
            return (metadataTitle, first is not null && string.Equals(first.Text, metadataTitle, StringComparison.OrdinalIgnoreCase));
        return first is not null && LooksLikeTitle(first) ? (first.Text, true) : ("", false);
    }

    private static bool LooksLikeTitle(NormalizedBlock block)
    {
        var text = block.Text;
        // Headlines may ask or exclaim ("Why ...?"); a plain first line that does so is more likely a sentence.
        var endings = block.Kind == BlockKind.Heading ? HeadingEndings : SentenceEndings;
        return block.Lines == 1
            && block.Kind is BlockKind.Heading or BlockKind.Paragraph
            && text.Split(' ').Length <= MaxTitleWords
            && !endings.Contains(text[^1]);
    }
}
