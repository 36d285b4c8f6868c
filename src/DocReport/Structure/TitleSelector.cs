using DocReport.Model;

namespace DocReport.Structure;

/// <summary>Chooses the title: the metadata's when there is one (a file name is none), otherwise a short headline-like first block.</summary>
internal static class TitleSelector
{
    private const int MaxTitleWords = 15;
    // A writer's top heading may carry its deck ("Cruz channeling strategy he used in 2012; Question is whether it will pay
    // off on a bigger stage."): up to two lines of a headline before it is taken for a sentence of the text.
    private const int MaxTopHeadingWords = 30;
    private const int MaxHeadingLines = 3;
    // With the full-width marks Chinese and Japanese end sentences with ("。", "？"): a first line of such text ending in
    // one is a sentence (its words are not spaced, so it never counts as long), and was taken for the title, out of the body.
    private const string SentenceEndings = ".!?;,:。！？；，：";
    private const string HeadingEndings = ".;,:。；，：";
    // A writer's top heading (Markdown "#", Word's Title or Heading 1) is the headline even when it is written as a
    // sentence ("Ferry fares rise in May."); only a lower heading ending in a stop is more likely a line of the text.
    private const string TopHeadingEndings = ";,:；，：";
    private static readonly char[] ClosingQuotes = ['"', '\'', '”', '’', '»', ')', '」', '』', '）'];
    private static readonly string[] SiteSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "];

    /// <summary>The title, and whether the first block is that title and so leaves the body.</summary>
    public static (string Title, bool FirstBlockIsTitle) Choose(string metadataTitle, string siteName, NormalizedBlock? first)
    {
        if (metadataTitle.Length == 0 || FileNameTitle.Matches(metadataTitle))
            return first is not null && LooksLikeTitle(first) ? (first.Text, true) : ("", false);
        if (first is null) return (WithoutSiteName(metadataTitle, siteName), false);
        if (string.Equals(first.Text, metadataTitle, StringComparison.OrdinalIgnoreCase)) return (metadataTitle, true);
        // Page titles often carry the site's name ("Headline | Site"); a first heading gives the headline alone.
        if (first.Kind == BlockKind.Heading && SiteSeparators.Any(s => metadataTitle.StartsWith(first.Text + s, StringComparison.OrdinalIgnoreCase)))
            return (first.Text, true);
        return (WithoutSiteName(metadataTitle, siteName), false);
    }

    private static string WithoutSiteName(string title, string siteName)
    {
        if (siteName.Length == 0) return title;
        foreach (var separator in SiteSeparators)
            if (title.EndsWith(separator + siteName, StringComparison.OrdinalIgnoreCase) && title.Length > separator.Length + siteName.Length)
                return title[..^(separator.Length + siteName.Length)];
        return title;
    }

    private static bool LooksLikeTitle(NormalizedBlock block)
    {
        var text = block.Text;
        // Headlines may ask or exclaim ("Why ...?"); a plain first line that does so is more likely a sentence,
        // also when a quotation closes after its stop ("... reads, “#Hamilton show interrupted.”").
        var top = block.Kind == BlockKind.Heading && block.Source.Level == 1;
        var endings = block.Kind != BlockKind.Heading ? SentenceEndings : top ? TopHeadingEndings : HeadingEndings;
        var unquoted = text.TrimEnd(ClosingQuotes);
        // A heading may wrap: a PDF's title centred on two or three lines ("... Headed to ER But Diverted / to Avoid Bad Optics").
        return (block.Lines == 1 || block.Kind == BlockKind.Heading && block.Lines <= MaxHeadingLines)
            && block.Kind is BlockKind.Heading or BlockKind.Paragraph
            && text.Split(' ').Length <= (top ? MaxTopHeadingWords : MaxTitleWords)
            && unquoted.Length > 0 && !endings.Contains(unquoted[^1]);
    }
}
