using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Analysis.Claims;
using DocReport.Analysis.Linking;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Analysis;

/// <summary>Finds claims, attributions and sources, and links claims to sources.</summary>
/// <remarks>
/// With the accurate claim model (<see cref="ClaimDetection.Accurate"/>), the analyzer holds that model, which it shares with
/// every other analyzer holding it, until it is disposed: the model, with its ONNX session (about 0.4 GB), is freed when the
/// last analyzer holding it is. A pipeline disposes the analyzer it made.
/// </remarks>
public sealed class ArticleAnalyzer : IArticleAnalyzer, IDisposable
{
    private readonly PipelineOptions options;
    private readonly AttributionTagger tagger;
    private readonly AccurateClaimModel.ModelLease? accurate;

    /// <summary>An analyzer with the attribution tagger embedded in the library.</summary>
    /// <exception cref="InvalidOperationException">The accurate claim model is asked for and cannot be loaded (<see cref="AccurateClaimModel.Unavailable"/> says why).</exception>
    public ArticleAnalyzer(PipelineOptions options) : this(options, AttributionTagger.Shared) { }

    /// <summary>An analyzer with other tagger weights (bench/PolnearEval scores held-out folds with them).</summary>
    internal ArticleAnalyzer(PipelineOptions options, AttributionTagger tagger)
    {
        (this.options, this.tagger) = (options, tagger);
        if (options.Claims == ClaimDetection.Accurate) accurate = AccurateClaimModel.Lease(options.AccurateClaimModelPath);
    }

    /// <summary>Lets the accurate claim model go (see the remarks); the analyzer must not be used afterwards.</summary>
    public void Dispose() => accurate?.Dispose();

    /// <summary>The article's dataset: scored sentences, claims C1.., attributions A1.. and sources S1.., deterministic for a given article.</summary>
    public ArticleDataset Analyze(Article article) => Analyze(article, null);

    /// <summary>
    /// The same dataset, telling <paramref name="reached"/> the paragraphs each step has got through: the claims scored and
    /// the attributions tagged (side by side, so a paragraph is through once both are), then the sources resolved in reading order.
    /// </summary>
    internal ArticleDataset Analyze(Article article, Action<AnalysisStep, int>? reached)
    {
        var detector = new ClaimDetector(options, accurate is null ? null : (accurate.Embedder, accurate.Model));
        IReadOnlyList<FoundAttribution> found = [];
        IReadOnlyList<SentenceAssessment> assessed = [];
        // Claims and attributions are found apart, so a long article uses a second core for them; one call for the
        // whole article, so that a detector that embeds sentences can batch them.
        var both = reached is null ? null : new LeastThrough(2, done => reached(AnalysisStep.ClaimsAndAttributions, done));
        Concurrently.Run(() => found = AttributionExtractor.Extract(article, tagger, both?.Step(0)),
            () => assessed = detector.AssessAll(article, both?.Step(1)));
        var (sources, resolved, read) = SourceResolution.Resolve(article, found, reached is null ? null : ParagraphsThrough(article, done => reached(AnalysisStep.Sources, done)));
        // the names are all looked up: the text's word index (built by the attributions' and sources' scanners) is let go
        Sources.TextWords.Release(article.Text);
        found = read.Select(f => f.Moved).ToList();
        var links = new ClaimSourceLinks(article, found, resolved);
        var claims = new List<Claim>();
        var assessments = new Queue<SentenceAssessment>(assessed);
        var paragraphs = article.Paragraphs.Select(p => p with
        {
            Sentences = p.Sentences.Select(s => Assess(assessments.Dequeue(), p, s, links, sources, claims)).ToList(),
        }).ToList();
        var claimsBySource = claims.SelectMany(c => c.SourceIds.Select(id => (id, c.Id))).ToLookup(x => x.id, x => x.Item2);
        return ArticleDataset.From(article) with
        {
            Paragraphs = paragraphs,
            Claims = claims,
            Attributions = found.Select((f, i) => new Attribution($"A{i + 1}", f.Sentence.Id, f.Source, f.Cue, f.Content) { SourceId = resolved[i].FirstOrDefault()?.Id, Kind = f.Kind })
                .Concat(ContinuedSpeakers.Rows(article.Text, found, resolved, links, found.Count + 1)).ToList(),
            Sources = sources.Select(e => new Source(e.Id, e.Name, e.ListedKind) { Mentions = e.Mentions, Url = e.Url, ClaimIds = claimsBySource[e.Id].ToList() }).ToList(),
        };
    }

    // Paragraphs got through once the text up to an offset is: paragraphs follow each other in the text.
    private static Action<int> ParagraphsThrough(Article article, Action<int> reached)
    {
        var ends = article.Paragraphs.Select(p => p.End).ToArray();
        return offset =>
        {
            var index = Array.BinarySearch(ends, offset);
            reached(index >= 0 ? index : ~index);
        };
    }

    private static Sentence Assess(SentenceAssessment assessment, Paragraph paragraph, Sentence sentence, ClaimSourceLinks links, IReadOnlyList<Sources.SourceEntry> sources, List<Claim> claims)
    {
        if (assessment.IsClaim)
        {
            var types = new SortedSet<ClaimType>(assessment.Types);
            if (links.IsAttributed(sentence.Id)) types.Add(ClaimType.Attribution);
            if (links.IsQuoted(sentence.Id)) types.Add(ClaimType.Quote);
            if (types.Count == 0) types.Add(ClaimType.Other);
            claims.Add(new Claim($"C{claims.Count + 1}", sentence.Id, paragraph.Id, sentence.Text, sentence.Start, sentence.End)
            {
                Types = types.ToList(),
                Score = assessment.Score,
                SourceIds = links.SourcesOf(sentence.Id).Select(i => sources[i].Id).ToList(),
                Evidence = assessment.Evidence.Select(e => e with { Start = e.Start + sentence.Start, End = e.End + sentence.Start }).ToList(),
            });
        }
        return sentence with { Score = assessment.Score, IsClaim = assessment.IsClaim };
    }
}
