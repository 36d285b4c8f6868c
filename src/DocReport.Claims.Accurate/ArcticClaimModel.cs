using DocReport.Analysis.Claims;

namespace DocReport.Claims.Accurate;

/// <summary>
/// The accurate claim model: snowflake-arctic-embed-xs sentence embeddings (384 dimensions) and the weights trained by
/// bench/ClaimTraining with them. DocReport makes one per process; the encoder loads on the first document.
/// </summary>
public sealed class ArcticClaimModel : IEmbeddingClaimModel
{
    private readonly Lazy<ArcticEncoder> encoder = new(() => new ArcticEncoder());

    /// <inheritdoc />
    public string Weights { get; } = ReadWeights();

    /// <inheritdoc />
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences) => encoder.Value.Embed(sentences);

    private static string ReadWeights()
    {
        using var stream = typeof(ArcticClaimModel).Assembly.GetManifestResourceStream("claim-weights-accurate.tsv")
            ?? throw new InvalidOperationException("claim-weights-accurate.tsv is missing from DocReport.Claims.Accurate: train it with bench/ClaimTraining (train --embeddings).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
