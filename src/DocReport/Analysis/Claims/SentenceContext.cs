using DocReport.Model;

namespace DocReport.Analysis.Claims;

/// <summary>
/// Where a sentence stands in its article: the kind and size of its block, its place in the block and in the article.
/// Captions, credits and page furniture come as short one-sentence blocks and gather at an article's two ends, while
/// reported fact fills the longer paragraphs of its body; these hold on any site, so the model may weigh them.
/// </summary>
internal sealed record SentenceContext(BlockKind Kind, int Index, int SentenceCount, int BlockLength, double Position, bool QuoteOnly)
{
    private static readonly char[] OpeningQuotes = ['"', '“', '«', '„', '\''];
    private static readonly char[] ClosingQuotes = ['"', '”', '»', '\'', '’'];
    private static readonly string[] KindNames = Enum.GetNames<BlockKind>();

    /// <summary>The context of every sentence of <paramref name="paragraphs"/>, in reading order.</summary>
    public static IReadOnlyList<SentenceContext> Of(IReadOnlyList<Paragraph> paragraphs) =>
        paragraphs.SelectMany((p, i) => p.Sentences.Select((_, s) =>
            new SentenceContext(p.Kind, s, p.Sentences.Count, p.Text.Length, paragraphs.Count == 1 ? 0.5 : (double)i / (paragraphs.Count - 1), IsQuoteOnly(p.Text))))
        .ToList();

    /// <summary>The model's context features: "x:" and what they say.</summary>
    public IReadOnlyList<string> Features()
    {
        var list = new FeatureList();
        Write(list);
        return list.Features;
    }

    /// <summary>Writes the context features to <paramref name="sink"/>.</summary>
    public void Write(FeatureSink sink)
    {
        sink.Add("x:kind:", KindNames[(int)Kind]);
        sink.Add("x:sentences:", SentenceCount switch { 1 => "1", 2 => "2", <= 4 => "3-4", _ => "5+" });
        sink.Add("x:at:", SentenceCount == 1 ? "alone" : Index == 0 ? "first" : Index == SentenceCount - 1 ? "last" : "middle");
        sink.Add("x:length:", BlockLength switch { < 60 => "short", < 150 => "medium", < 400 => "long", _ => "longer" });
        sink.Add("x:position:", Position switch { < 0.1 => "start", > 0.9 => "end", _ => "body" });
        if (QuoteOnly) sink.Add("x:quote-only");
    }

    // A block that is one quotation and nothing else: speech set apart, whose speaker is named in another block.
    private static bool IsQuoteOnly(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', ',');
        return trimmed.Length > 2 && OpeningQuotes.Contains(trimmed[0]) && ClosingQuotes.Contains(trimmed[^1]);
    }
}
