using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Claims.Accurate;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Contextual vectors of DocReport's tokens from the encoder of the accurate claim model (snowflake-arctic-embed-xs): each
/// paragraph one sequence (a paragraph of more than 510 pieces cut at token boundaries), each token the last hidden state
/// of its first word piece, or the mean over its pieces; cached as half floats, one file an article and pooling (round 25).
/// </summary>
internal static class TokenVectors
{
    public const int Width = 384;
    private const long Cls = 101, Sep = 102;
    private const int MaxPieces = 510;

    /// <summary>Encodes every document of a split into <paramref name="folder"/> (NAME.first.bin and NAME.mean.bin), skipping those already there.</summary>
    public static void Encode(IReadOnlyList<PolnearDocument> documents, string folder, TextWriter log)
    {
        Directory.CreateDirectory(folder);
        using var encoder = new ArcticEncoder();
        var pieces = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var (done, words, cpu) = (0, 0L, System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime);
        foreach (var document in documents)
        {
            var path = Path.Combine(folder, document.Name);
            if (File.Exists(path + ".mean.bin")) continue;
            var paragraphs = Paragraphs(document);
            var (first, mean) = (new List<Half[]>(), new List<Half[]>());
            foreach (var p in paragraphs)
            {
                var tokenPieces = p.Tokens.Select(t => pieces.TryGetValue(t.Text, out var ids) ? ids : pieces[t.Text] = encoder.Pieces(t.Text)).ToList();
                var (f, m) = (new Half[p.Count * Width], new Half[p.Count * Width]);
                foreach (var (from, to) in Windows(tokenPieces))
                {
                    var sequence = new List<long> { Cls };
                    for (var i = from; i < to; i++) sequence.AddRange(tokenPieces[i]);
                    sequence.Add(Sep);
                    var states = encoder.TokenStates([sequence.ToArray()])[0];
                    var at = 1;
                    for (var i = from; i < to; i++)
                    {
                        var count = tokenPieces[i].Length;
                        for (var d = 0; d < Width; d++)
                        {
                            var sum = 0f;
                            for (var k = 0; k < count; k++) sum += states[(at + k) * Width + d];
                            f[i * Width + d] = (Half)(count > 0 ? states[at * Width + d] : 0);
                            m[i * Width + d] = (Half)(count > 0 ? sum / count : 0);
                        }
                        at += count;
                    }
                }
                first.Add(f);
                mean.Add(m);
            }
            Write(path + ".first.bin", first);
            Write(path + ".mean.bin", mean);
            if (++done % 50 == 0) log.WriteLine($"  {done} articles encoded");
            words += document.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }
        var spent = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        if (words > 0) log.WriteLine($"{done} articles, {words} words: {spent.TotalMilliseconds / words * 800:0} ms CPU per 800 words (encoder load included)");
    }

    /// <summary>The vectors of a document's paragraphs (each tokens x <see cref="Width"/>), as <see cref="Encode"/> wrote them.</summary>
    public static Half[][] Read(string folder, string name, string pooling)
    {
        using var reader = new BinaryReader(File.OpenRead(Path.Combine(folder, $"{name}.{pooling}.bin")));
        var paragraphs = new Half[reader.ReadInt32()][];
        for (var p = 0; p < paragraphs.Length; p++)
        {
            paragraphs[p] = new Half[reader.ReadInt32() * Width];
            for (var i = 0; i < paragraphs[p].Length; i++) paragraphs[p][i] = reader.ReadHalf();
        }
        return paragraphs;
    }

    /// <summary>A document's paragraphs as the tagger tokenizes them, the vectors' paragraphs and tokens.</summary>
    public static List<ParagraphTokens> Paragraphs(PolnearDocument document)
    {
        var article = PlainTextArticle.Build(document.Name, document.Text);
        var quotations = QuotationFinder.Find(article);
        return article.Paragraphs.Select((p, i) => new ParagraphTokens(article.Text, p, i, quotations)).ToList();
    }

    // Runs of tokens of at most MaxPieces pieces.
    private static IEnumerable<(int From, int To)> Windows(List<long[]> tokenPieces)
    {
        var (from, count) = (0, 0);
        for (var i = 0; i < tokenPieces.Count; i++)
        {
            var n = Math.Min(tokenPieces[i].Length, MaxPieces);
            if (count + n > MaxPieces) { yield return (from, i); (from, count) = (i, 0); }
            count += n;
        }
        if (from < tokenPieces.Count) yield return (from, tokenPieces.Count);
    }

    private static void Write(string path, List<Half[]> paragraphs)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            writer.Write(p.Length / Width);
            foreach (var v in p) writer.Write(v);
        }
    }
}
