using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Analysis.Claims;

/// <summary>
/// Scores a sentence's check-worthiness and names the kinds of fact it asserts. The score is a calibrated probability:
/// of the sentences scored about 0.7, about seven in ten are check-worthy (bench/ClaimTraining gives the reliability table).
/// In an article, a report of only a judgement, a feeling or speculation (<see cref="ReportedJudgement"/>), a date, contributor
/// or picture-credit line (<see cref="FurnitureSentence"/>) and a study's procedure (<see cref="StudyProcedure"/>) are not claims,
/// whatever their score.
/// </summary>
public sealed class ClaimDetector
{
    // A calibrated model is never certain: a score of 1 (or 0) would say more than the training data can.
    private const double LeastScore = 0.001, MostScore = 0.999;

    private readonly ClaimModel model;
    private readonly IEmbeddingClaimModel? embedder;
    private readonly ClaimCalibration calibration;
    // news-guideline.md counts a reported judgement, page furniture and a study's procedure as no claims; CT24's debate labels
    // count what a rival said as one, and debates have neither furniture nor studies.
    private readonly bool readsArticle;

    /// <summary>A detector with the claim model and threshold the options name; the accurate model must be available (<see cref="AccurateClaimModel.Unavailable"/>).</summary>
    public ClaimDetector(PipelineOptions options)
        : this(options, ClaimGenre.Article)
    {
    }

    /// <summary>A detector calibrated for sentences of <paramref name="genre"/> (bench/ClaimTraining scores CT24's debate lines as debates).</summary>
    internal ClaimDetector(PipelineOptions options, ClaimGenre genre)
        : this(options, genre, options.Claims == ClaimDetection.Accurate ? AccurateClaimModel.Load(options.AccurateClaimModelPath) : null)
    {
    }

    /// <summary>A detector of articles with the accurate model a caller holds (<see cref="AccurateClaimModel.Lease"/>), or the fast one when null.</summary>
    internal ClaimDetector(PipelineOptions options, (IEmbeddingClaimModel Embedder, ClaimModel Model)? accurate)
        : this(options, ClaimGenre.Article, accurate)
    {
    }

    private ClaimDetector(PipelineOptions options, ClaimGenre genre, (IEmbeddingClaimModel Embedder, ClaimModel Model)? accurate)
    {
        (embedder, model) = accurate is { } held ? (held.Embedder, held.Model) : (null, ClaimModel.Shared);
        var chosen = model.For(genre);
        calibration = options.ClaimThreshold is { } threshold ? chosen with { Threshold = threshold } : chosen;
        readsArticle = genre == ClaimGenre.Article;
    }

    /// <summary>
    /// The threshold a detector of articles uses when <see cref="PipelineOptions.ClaimThreshold"/> is not set: the one chosen
    /// in training, read from the model's weights (the accurate model's from <paramref name="accurateModelFolder"/>, or, when
    /// null, from the application's folder).
    /// </summary>
    /// <exception cref="InvalidOperationException">The accurate model is asked for and cannot be loaded (<see cref="AccurateClaimModel.Unavailable"/> says why).</exception>
    public static double DefaultThreshold(ClaimDetection claims, string? accurateModelFolder = null)
    {
        if (claims != ClaimDetection.Accurate) return ClaimModel.Shared.For(ClaimGenre.Article).Threshold;
        using var lease = AccurateClaimModel.Lease(accurateModelFolder);
        return lease.Model.For(ClaimGenre.Article).Threshold;
    }

    /// <summary>Assesses one sentence; evidence offsets are relative to <paramref name="sentence"/>.</summary>
    public SentenceAssessment Assess(string sentence) => AssessAll([sentence])[0];

    /// <summary>
    /// Assesses the sentences of a document together, in order (the accurate model embeds them in one call). Each is read
    /// on its own, without its place in an article (the analyzer adds that), as the debate sentences of training were.
    /// </summary>
    public IReadOnlyList<SentenceAssessment> AssessAll(IReadOnlyList<string> sentences) => AssessAll(sentences, null);

    /// <summary>
    /// Assesses the sentences of an article in reading order, each with its place in the article; a headline left in the
    /// body and a reference entry (<see cref="ReferenceEntry"/>) are scored but never claims.
    /// </summary>
    /// <param name="article">The article whose sentences are assessed.</param>
    /// <param name="through">When given, told the paragraphs whose sentences are all assessed, in order.</param>
    internal IReadOnlyList<SentenceAssessment> AssessAll(Article article, Action<int>? through = null)
    {
        var assessed = AssessAll(article.Paragraphs.SelectMany(p => p.Sentences).Select(s => s.Text).ToList(), SentenceContext.Of(article.Paragraphs),
            through is null ? null : ParagraphsThrough(article, through));
        if (StrayHeadline.Opens(article)) assessed[0] = assessed[0] with { IsClaim = false };
        var first = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            if (ReferenceEntry.Is(paragraph.Text))
                for (var i = first; i < first + paragraph.Sentences.Count; i++) assessed[i] = assessed[i] with { IsClaim = false };
            first += paragraph.Sentences.Count;
        }
        return assessed;
    }

    /// <summary>Assesses sentences with their places in the article, where known (bench/ClaimTraining scores labelled sentences so).</summary>
    internal SentenceAssessment[] AssessAll(IReadOnlyList<string> sentences, IReadOnlyList<SentenceContext?>? contexts, Action<int>? assessedThrough = null)
    {
        var texts = sentences.Select(s => s ?? "").ToList();
        // The embedding is nearly all of the accurate model's time: its sentences count as assessed as they are embedded
        // (shortest first, so the count runs ahead of the reading order; the loop below only confirms it).
        var embeddings = embedder?.Embed(texts, assessedThrough);
        var assessments = new SentenceAssessment[texts.Count];
        var weightSum = model.NewWeightSum();
        for (var i = 0; i < texts.Count; i++)
        {
            var signals = SentenceSignals.Read(texts[i]);
            var logit = model.Logit(weightSum.Of(signals, contexts?[i]), embeddings is null ? default : embeddings[i]);
            var score = Math.Clamp(calibration.Score(logit), LeastScore, MostScore);
            var isClaim = score >= calibration.Threshold && !(readsArticle && NoClaimInArticle(signals, texts[i]));
            assessments[i] = new SentenceAssessment(score, isClaim, ClaimTyper.Types(signals), signals.Evidence);
            assessedThrough?.Invoke(i + 1);
        }
        return assessments;
    }

    // Sentences assessed, in reading order, as paragraphs through: a paragraph is once its last sentence is (one with none, once those before it are).
    private static Action<int> ParagraphsThrough(Article article, Action<int> through)
    {
        var ends = new int[article.Paragraphs.Count];
        var sentences = 0;
        for (var p = 0; p < ends.Length; p++) ends[p] = sentences += article.Paragraphs[p].Sentences.Count;
        var done = 0;
        return assessed =>
        {
            while (done < ends.Length && ends[done] <= assessed) done++;
            through(done);
        };
    }

    private static bool NoClaimInArticle(SentenceSignals signals, string text) =>
        ReportedJudgement.Holds(signals) || FurnitureSentence.Is(text) || StudyProcedure.Is(text);
}
