using System.Runtime.InteropServices;
using DocReport.Model;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>A span the tagger found: a source, cue or content, <c>[Start,End)</c> in the article text, within one paragraph.</summary>
internal sealed record TaggedSpan(SpanRole Role, int Start, int End, int Paragraph);

/// <summary>
/// Tags each paragraph's tokens as source, cue, content or outside with two linear models (averaged structured
/// perceptrons trained on PolNeAR by bench/PolnearEval) and Viterbi decoding: the second pass reads the first
/// pass's tags of the whole article as features. The spans are read off the second pass's tags.
/// </summary>
internal sealed class AttributionTagger(TaggerWeights first, TaggerWeights second)
{
    public const string FirstPassPath = "Analysis/Attributions/Data/attribution-tagger-1.bin";
    public const string SecondPassPath = "Analysis/Attributions/Data/attribution-tagger-2.bin";

    private static readonly Lazy<AttributionTagger> Embedded = new(() => new(TaggerWeights.Load(FirstPassPath), TaggerWeights.Load(SecondPassPath)));

    /// <summary>The tagger with the weights embedded in the library.</summary>
    public static AttributionTagger Shared => Embedded.Value;

    /// <summary>The most tokens of a paragraph whose feature hashes are kept from the first pass for the second (~400 bytes a token);
    /// a longer paragraph's are hashed again, so a huge paragraph's memory stays bounded.</summary>
    internal const int KeptTokens = 200_000;

    /// <remarks>
    /// A paragraph's second pass reads its own first pass and whether the paragraph before ended inside a content, so each
    /// paragraph is tokenised, tagged twice and let go before the next: the tokens of a whole document are never held at once
    /// (a 30,000-paragraph document's were most of its peak memory). <see cref="SecondPassScores"/> reads them all, first.
    /// </remarks>
    /// <param name="article">The article to tag, paragraph by paragraph.</param>
    /// <param name="quotations">The article's quotations, which mark the tokens inside them.</param>
    /// <param name="keptTokens">The most tokens of a paragraph whose feature hashes are kept from the first pass for the second.</param>
    /// <param name="through">When given, told the paragraphs got through.</param>
    public IReadOnlyList<TaggedSpan> Tag(Article article, IReadOnlyList<Quotation> quotations, int keptTokens = KeptTokens, Action<int>? through = null)
    {
        if (SecondPassScores is not null)
        {
            var together = TagTogether(article, quotations, keptTokens);
            through?.Invoke(article.Paragraphs.Count);
            return together;
        }
        var spans = new List<TaggedSpan>();
        Tag[]? before = null;
        // one buffer for every paragraph's hashes, each paragraph's replacing the one's before; likewise the decoding's arrays
        var shared = new TokenHashes();
        var decoding = new Decoding();
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            var p = new ParagraphTokens(article.Text, article.Paragraphs[i], i, quotations);
            // both passes read each token's own features: hashed once, looked up in each pass's weights; past the budget
            // they are hashed again in each pass, straight into its scores
            var hashes = p.Count <= keptTokens ? shared.Fill(p) : null;
            var firstTags = Decode(first, p, hashes, null, decoding: decoding);
            var pass = new FirstPass(p, firstTags, FirstPass.EndsInContent(before));
            spans.AddRange(SpansOf(p, Decode(second, p, hashes, pass, decoding: decoding), i));
            before = firstTags;
            through?.Invoke(i + 1);
        }
        return spans;
    }

    // Every paragraph's tokens at once, for the contextual scores.
    private List<TaggedSpan> TagTogether(Article article, IReadOnlyList<Quotation> quotations, int keptTokens)
    {
        var paragraphs = article.Paragraphs.Select((p, i) => new ParagraphTokens(article.Text, p, i, quotations)).ToList();
        var hashes = paragraphs.Select(p => p.Count <= keptTokens ? TokenHashes.Of(p) : null).ToList();
        var firstTags = paragraphs.Select((p, i) => Decode(first, p, hashes[i], null)).ToList();
        var passes = FirstPass.Of(paragraphs, firstTags);
        var contextual = SecondPassScores!.Invoke(article, paragraphs);
        return paragraphs.SelectMany((p, i) => SpansOf(p, Decode(second, p, hashes[i], passes[i], contextual?[i]), i)).ToList();
    }

    /// <summary>
    /// Scores the second pass adds to each token's tag scores, in its weights' units (<see cref="TaggerWeights.Scale"/>):
    /// for each paragraph, tokens x <see cref="Tags.Count"/> ("outside" first); the contextual token vectors' part (round 25).
    /// </summary>
    internal Func<Article, IReadOnlyList<ParagraphTokens>, float[][]?>? SecondPassScores { get; init; }

    /// <summary>The best tags of a paragraph under one pass's weights.</summary>
    public static Tag[] Decode(TaggerWeights weights, ParagraphTokens tokens, FirstPass? firstPass) => Decode(weights, tokens, null, firstPass);

    private static Tag[] Decode(TaggerWeights weights, ParagraphTokens tokens, TokenHashes? hashes, FirstPass? firstPass, float[]? added = null, Decoding? decoding = null)
    {
        var sink = (decoding ?? new Decoding()).Start(weights, tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            sink.At = i * TaggerWeights.RowWidth;
            if (hashes is null) TokenFeatures.EmitOwn(tokens, i, sink);
            else weights.AddAll(hashes.Of(i), sink.Scores, sink.At);
            if (firstPass is not null) TokenFeatures.EmitStacked(tokens, i, sink, firstPass);
            sink.Flush();
        }
        var emissions = TaggerWeights.Emissions(sink.Scores, tokens.Count, sink.Emissions);
        if (added is not null)
            for (var i = 0; i < tokens.Count * Tags.Count; i++) emissions[i] += added[i] - added[i - i % Tags.Count];
        return ViterbiDecoder.Decode(emissions, tokens.Count, weights.Transitions, weights.Start, sink.Best, sink.Back);
    }

    /// <summary>The spans of a tag sequence: each beginning tag with the inside tags after it.</summary>
    public static IEnumerable<TaggedSpan> SpansOf(ParagraphTokens tokens, Tag[] tags, int paragraph)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            if (Tags.RoleOf(tags[i]) is not { } role || tags[i] != Tags.Begin(role)) continue;
            var last = i;
            while (last + 1 < tags.Length && tags[last + 1] == Tags.Inside(role)) last++;
            // a cue or content never ends on a comma or semicolon (the annotation guidelines' rule; a source may, closing an apposition)
            while (last > i && role != SpanRole.Source && tokens.Tokens[last].Text is "," or ";") last--;
            yield return new TaggedSpan(role, tokens.Tokens[i].Start, tokens.Tokens[last].End, paragraph);
        }
    }

    // Sums each token's feature weights into its row of tag scores, the token's features looked up together; its arrays (scores,
    // emissions, Viterbi's) are kept from one paragraph's decoding for the next, grown to the longest paragraph so far.
    private sealed class Decoding : IFeatureSink
    {
        private readonly List<ulong> features = [];
        private TaggerWeights weights = null!;

        public int[] Scores { get; private set; } = [];
        public float[] Emissions { get; private set; } = [];
        public float[] Best { get; private set; } = [];
        public int[] Back { get; private set; } = [];
        public int At;

        /// <summary>This, ready to score <paramref name="tokens"/> tokens under <paramref name="with"/>: their rows of scores zero.</summary>
        public Decoding Start(TaggerWeights with, int tokens)
        {
            weights = with;
            features.Clear();
            if (Scores.Length < tokens * TaggerWeights.RowWidth)
            {
                var room = Math.Max(tokens, Scores.Length / TaggerWeights.RowWidth * 2);
                (Scores, Emissions) = (new int[room * TaggerWeights.RowWidth], new float[room * Tags.Count]);
                (Best, Back) = (new float[room * Tags.Count], new int[room * Tags.Count]);
            }
            else Array.Clear(Scores, 0, tokens * TaggerWeights.RowWidth);
            return this;
        }

        public void Add(FeaturePart template, FeaturePart value) => features.Add(FeatureHash.Of(template, value));

        public void Add(FeaturePart template, FeaturePart first, FeaturePart second) => features.Add(FeatureHash.Of(template, first, second));

        /// <summary>Adds the features received since the last call to the row at <see cref="At"/>.</summary>
        public void Flush()
        {
            weights.AddAll(CollectionsMarshal.AsSpan(features), Scores, At);
            features.Clear();
        }
    }
}
