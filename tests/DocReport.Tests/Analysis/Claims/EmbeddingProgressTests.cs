using DocReport.Analysis.Claims;
using DocReport.Pipeline;
using DocReport.Reading;
using DocReport.Structure;

namespace DocReport.Tests.Analysis.Claims;

/// <summary>
/// With the accurate model nearly all of the scoring is the sentence embedding: the paragraphs scored are counted up while
/// the sentences are embedded, batch by batch, not left at 0 until every sentence is.
/// </summary>
public class EmbeddingProgressTests
{
    // Embeds in batches of two and, after each, notes how many paragraph counts the detector has told so far.
    private sealed class BatchedEmbedder : IEmbeddingClaimModel
    {
        public List<int> Told { get; } = [];
        public List<int> ToldAtEachBatch { get; } = [];

        public string Weights => "";

        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences) => Embed(sentences, null);

        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences, Action<int>? embedded)
        {
            for (var done = 2; done < sentences.Count + 2; done += 2)
            {
                embedded?.Invoke(Math.Min(done, sentences.Count));
                ToldAtEachBatch.Add(Told.Count);
            }
            return sentences.Select(_ => new float[4]).ToList();
        }
    }

    [Fact]
    public void The_paragraphs_scored_move_while_the_sentences_are_embedded()
    {
        var text = "Library Hours Change in the New Year\n\n" + string.Join("\n\n", Enumerable.Range(1, 12).Select(n =>
            $"Branch {n} will open at {n + 7} in the morning from January. The council expects {n * 40} more visitors a week there."));
        var raw = new FormatDetectingReader().Read(new SourceFile("hours.txt", System.Text.Encoding.UTF8.GetBytes(text))).Value!;
        var article = new ArticleBuilder().Build(raw).Value!;
        var embedder = new BatchedEmbedder();
        var detector = new ClaimDetector(new PipelineOptions(), (embedder, ClaimModel.Shared));

        var assessed = detector.AssessAll(article, embedder.Told.Add);

        Assert.Equal(article.Paragraphs.Sum(p => p.Sentences.Count), assessed.Count);
        // told before the embedding is over, and growing to every paragraph
        Assert.True(embedder.ToldAtEachBatch.Count > 2);
        Assert.True(embedder.ToldAtEachBatch[^2] > 0, "no paragraph was counted while the sentences were embedded");
        Assert.Equal(embedder.Told.Order(), embedder.Told);
        Assert.Equal(article.Paragraphs.Count, embedder.Told[^1]);
    }
}
