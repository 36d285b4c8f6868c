using DocReport.Model;

namespace DocReport.Output.Brief;

/// <summary>What a section draws from: the dataset, lookups over it, and the brief's styles.</summary>
internal sealed class BriefContent(ArticleDataset dataset, BriefStyles styles, int outlineLimit = int.MaxValue)
{
    public ArticleDataset Dataset { get; } = dataset;

    /// <summary>The paragraphs the outline shows: all of them, or the first ones when the brief would pass its page limit.</summary>
    public IReadOnlyList<Paragraph> OutlineParagraphs { get; } = dataset.Paragraphs.Take(outlineLimit).ToList();

    public BriefStyles Styles { get; } = styles;
    public IReadOnlyDictionary<string, Source> SourcesById { get; } = dataset.Sources.ToDictionary(s => s.Id);
    public IReadOnlyDictionary<string, Paragraph> ParagraphsById { get; } = dataset.Paragraphs.ToDictionary(p => p.Id);
    public IReadOnlyDictionary<string, Claim> ClaimsBySentence { get; } =
        dataset.Claims.GroupBy(c => c.SentenceId).ToDictionary(g => g.Key, g => g.First());

    public int SentenceCount => Dataset.Paragraphs.Sum(p => p.Sentences.Count);

    /// <summary>The claims the brief's sections list, chosen by score.</summary>
    public BriefClaims Claims { get; } = new(dataset);

    public IEnumerable<Source> ClaimSources(Claim claim) =>
        claim.SourceIds.Select(id => SourcesById.GetValueOrDefault(id)).OfType<Source>();

    /// <summary>The named destination of a source's row in the sources table.</summary>
    public static string SourceAnchor(string sourceId) => "source-" + sourceId;
}
