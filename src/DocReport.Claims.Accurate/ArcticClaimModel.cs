using DocReport.Analysis.Claims;

namespace DocReport.Claims.Accurate;

/// <summary>
/// The accurate claim model: snowflake-arctic-embed-xs sentence embeddings (384 dimensions) and the weights trained by
/// bench/ClaimTraining with them. DocReport shares one among the pipelines that use it, and disposes it after the last; the
/// encoder loads on the first document.
/// </summary>
public sealed class ArcticClaimModel : IEmbeddingClaimModel, IDisposable
{
    private readonly Lazy<ArcticEncoder> encoder = new(() => new ArcticEncoder());
    private bool disposed;

    /// <summary>Frees the encoder's ONNX session, if it was loaded; the model embeds no more.</summary>
    public void Dispose()
    {
        disposed = true;
        if (encoder.IsValueCreated) encoder.Value.Dispose();
    }

    /// <inheritdoc />
    public string Weights { get; } = ReadWeights();

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The model was disposed.</exception>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences) => Embed(sentences, null);

    /// <inheritdoc />
    /// <remarks>Told after each batch of <see cref="ArcticEncoder.BatchSize"/> sentences (taken shortest first).</remarks>
    /// <exception cref="ObjectDisposedException">The model was disposed.</exception>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences, Action<int>? embedded)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return encoder.Value.Embed(sentences, [ArcticPooling.First], embedded: embedded)[0];
    }

    private static string ReadWeights()
    {
        using var stream = typeof(ArcticClaimModel).Assembly.GetManifestResourceStream("claim-weights-accurate.tsv")
            ?? throw new InvalidOperationException("claim-weights-accurate.tsv is missing from DocReport.Claims.Accurate: train it with bench/ClaimTraining (train --embeddings).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
