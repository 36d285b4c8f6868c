namespace DocReport.Analysis.Claims;

/// <summary>
/// The accurate claim model: a sentence embedding added to the fast model's features in one calibrated logistic
/// regression. It ships apart from the library (the DocReport.Claims.Accurate package, about 90 MB), which implements
/// this interface; <see cref="AccurateClaimModel"/> finds it. An implementation that holds native resources (an ONNX
/// session) also implements <see cref="IDisposable"/>: it is disposed when the last pipeline using it is.
/// </summary>
public interface IEmbeddingClaimModel
{
    /// <summary>The weights: "feature TAB weight" lines as in the fast model's file, and "e:N TAB weight" for embedding dimension N.</summary>
    string Weights { get; }

    /// <summary>One embedding per sentence, in order. Called with all the sentences of a document at once, from several threads.</summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences);

    /// <summary>
    /// The same embeddings, telling <paramref name="embedded"/> how many of the sentences are embedded so far, a growing
    /// count, as the work goes (an implementation that embeds in batches tells it after each); by default once, at the end.
    /// </summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences, Action<int>? embedded)
    {
        var vectors = Embed(sentences);
        embedded?.Invoke(sentences.Count);
        return vectors;
    }
}
