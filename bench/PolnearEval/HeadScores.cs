using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// The <see cref="TokenHead"/>'s tag log-probabilities of PolNeAR articles, the second pass's dense input (round 26):
/// stacked, so that each train article's come from a head trained on the other folds (as the second pass will see them on
/// new text), and dev's from a head trained on all of train. Each head holds out every tenth of its training articles to
/// stop on. Cached in <c>FOLDER/HEAD/SPLIT/NAME.bin</c> (HEAD the settings), so that cv and dev runs share the out-of-fold heads.
/// </summary>
internal sealed class HeadScores(VectorSource vectors, IReadOnlyList<PolnearDocument> train, int folds, HeadSettings settings, string folder, TextWriter log)
{
    private const float Floor = -10;
    private readonly string cache = Path.Combine(folder, settings.ToString());
    private readonly Dictionary<int, TokenHead> heads = [];

    /// <summary>The time spent running heads over vectors (not training them nor reading vectors), and over how many tokens.</summary>
    public TimeSpan Scoring { get; private set; }
    public long Tokens { get; private set; }

    /// <summary>Each paragraph's log-probabilities, tokens x 7, of a document of <paramref name="split"/>.</summary>
    public float[][] Of(PolnearDocument document, string split)
    {
        var path = Path.Combine(cache, split, document.Name + ".bin");
        if (File.Exists(path)) return Read(path);
        var fold = split == "train" ? IndexOf(document) % folds : -1;
        var head = Head(fold);
        var input = vectors.Of(document, split);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var scores = input.Select(p => head.LogProbabilities(p, Floor)).ToArray();
        Scoring += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Tokens += scores.Sum(p => p.Length / Tags.Count);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(scores.Length);
        foreach (var p in scores)
        {
            writer.Write(p.Length);
            foreach (var x in p) writer.Write(x);
        }
        return scores;
    }

    /// <summary>Cross-entropy and token accuracy on fold <paramref name="fold"/> of train of the head trained without it.</summary>
    public (double Loss, double Accuracy) HeldOut(int fold)
    {
        var paragraphs = train.Where((_, i) => i % folds == fold).SelectMany(Paragraphs).ToList();
        return Head(fold).Score(paragraphs);
    }

    private int IndexOf(PolnearDocument document)
    {
        for (var i = 0; i < train.Count; i++) if (train[i].Name == document.Name) return i;
        throw new ArgumentException($"{document.Name} is not in train");
    }

    // the head trained without fold F of train (-1: on all of train)
    private TokenHead Head(int fold)
    {
        if (heads.TryGetValue(fold, out var head)) return head;
        var used = train.Where((_, i) => i % folds != fold).ToList();
        var paragraphs = used.Select(d => Paragraphs(d).ToList()).ToList();
        log.WriteLine($"  head without fold {fold}: {used.Count} articles, {paragraphs.Sum(d => d.Sum(p => p.Gold.Length))} tokens, {settings}");
        var started = DateTime.UtcNow;
        head = TokenHead.Train(paragraphs.Where((_, i) => i % 10 != 9).SelectMany(d => d).ToList(), paragraphs.Where((_, i) => i % 10 == 9).SelectMany(d => d).ToList(),
            TokenVectors.Width, settings, log);
        log.WriteLine($"  head without fold {fold} trained in {(DateTime.UtcNow - started).TotalMinutes:0.0} min");
        return heads[fold] = head;
    }

    private IEnumerable<TokenHead.Paragraph> Paragraphs(PolnearDocument document)
    {
        var tokens = TokenVectors.Paragraphs(document);
        var x = vectors.Of(document, "train");
        return tokens.Select((p, i) => new TokenHead.Paragraph(x[i], GoldTags.Of(p, document.Attributions)));
    }

    private static float[][] Read(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var scores = new float[reader.ReadInt32()][];
        for (var p = 0; p < scores.Length; p++)
        {
            scores[p] = new float[reader.ReadInt32()];
            for (var i = 0; i < scores[p].Length; i++) scores[p][i] = reader.ReadSingle();
        }
        return scores;
    }
}
