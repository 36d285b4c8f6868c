using System.Globalization;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Bench;
using DocReport.Bench.PolnearEval;

// PolNeAR attribution bench. Run from the repository root:
//   dotnet run -c Release --project bench/PolnearEval -- eval [--split dev] [--data DIR] [--verbose] [--unlinked FILE]
//   dotnet run -c Release --project bench/PolnearEval -- cv [--runs 5] [--epochs 10,20] [--min-count 1,2] [--max-features N,M] [--margin A,B] [--source-cost A,B] [--seeds N,M] [--bagged 0,1] [--show N] [--misses FILE]
//   dotnet run -c Release --project bench/PolnearEval -- train [--epochs N] [--min-count N] [--max-features N] [--margin A] [--source-cost A] [--seeds N] [--bagged 0|1] [--holdout-fold F --out DIR]
//   dotnet run -c Release --project bench/PolnearEval -- eval --split train --fold F --weights DIR
//   dotnet run -c Release --project bench/PolnearEval -- source-misses [--split train] [--out FILE]
//   dotnet run -c Release --project bench/PolnearEval -- quote-pairs [--split train] [--out FILE]
//   dotnet run -c Release --project bench/PolnearEval -- pronoun-candidates --split train [--out FILE]   (then python3 bench/PolnearEval/pronoun-rank.py FILE [--apply])
//   dotnet run -c Release --project bench/PolnearEval -- tag-eval [--split dev]
//   dotnet run -c Release --project bench/PolnearEval -- cue-words [--min-share S] [--holdout-fold F] [--outside-content] [--by-stem]
//   dotnet run -c Release --project bench/PolnearEval -- cue-rates [--holdout-fold F]
//   dotnet run -c Release --project bench/PolnearEval -- cues --split train [--top N]
//   dotnet run -c Release --project bench/PolnearEval -- cue-frames --split train [--top N] [--frame "verb + that"] [--lemma said]
//   dotnet run -c Release --project bench/PolnearEval -- encode --split train|dev [--out DIR]
//   dotnet run -c Release --project bench/PolnearEval -- listing --split train|dev [--only FILE] --out FILE
//   dotnet run -c Release --project bench/PolnearEval -- listing-table --train FILE --field FILE,FILE [--dev-labels FILE]
//   dotnet run -c Release --project bench/PolnearEval -- vectors-dev --epochs 45 --max-features 90000 --vectors 0,0.3 [--pooling first|mean] [--vector-cache DIR]
//     [--head H --head-epochs E --head-rate R --head-dropout D --head-context --head-with-vectors]   (round 26: a hidden-layer head's tag log-probabilities instead of the vectors; works with cv too)
//   dotnet run -c Release --project bench/PolnearEval -- head-cv --vector-cache DIR --head 64,256 --head-rate 0.001,0.0003 [--head-dropout 0,0.2] [--head-context]
const int Folds = 5;
var line = new CommandLine(args);
var data = line.Value("data") ?? PolnearCorpus.DefaultFolder;
VectorSource? vectorSource = null;
HeadScores? headScores = null;
var command = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "eval";
switch (command)
{
    case "eval":
        Evaluation.Run(Documents(), Tagger(), Console.Out, line.Flag("verbose") ? Console.Out : TextWriter.Null, line.Value("unlinked"));
        return 0;
    case "source-misses":
        // round 34: the gold sources of reports DocReport lists no source for, by why (--split train: check set left out); --out FILE: each
        using (var missLog = line.Value("out") is { } missOut ? new StreamWriter(missOut) : TextWriter.Null)
            SourceMisses.Run(Documents(), Tagger(), Console.Out, missLog);
        return 0;
    case "quote-pairs":
        // round 35: the quotation finder's pairs of marks against PolNeAR's quoted contents (--split train); --out FILE: each case
        using (var pairLog = line.Value("out") is { } pairOut ? new StreamWriter(pairOut) : TextWriter.Null)
            QuotePairs.Run(Documents(), Tagger(), Console.Out, pairLog);
        return 0;
    case "tag-eval":
        var score = new TaggerScore();
        var tagged = Tagger();
        foreach (var document in Documents()) score.Add(tagged, document);
        score.Write(Console.Out, line.Value("weights") ?? "embedded weights");
        return 0;
    case "cv":
        // one jackknifed first pass per first-pass setting (epochs, pruning); each setting retrains only the second pass
        var stackings = new Dictionary<(int, int, int), Stacking>();
        foreach (var group in Grid().GroupBy(s => (s.Epochs, s.MinCount, s.MaxFeatures)))
        foreach (var settings in group)
        {
            stackings.TryGetValue(group.Key, out var stacking);
            stacking ??= stackings[group.Key] = new Stacking(PolnearCorpus.Load(data, "train"), settings, Folds, TextWriter.Null, Vectors("train"));
            using var misses = line.Value("misses") is { } missFile ? new StreamWriter(missFile) : null;
            var (firstPass, secondPass) = stacking.CrossValidate(settings, line.Integers("runs", "5")[0], line.Integers("show", "0")[0], Console.Out, misses);
            firstPass.Write(Console.Out, $"{settings} first");
            secondPass.Write(Console.Out, $"{settings} second");
        }
        return 0;
    case "train":
        var chosen = Grid().Single();
        var train = TrainWithout(HoldoutFold());
        var trained = new Stacking(train, chosen, Folds, Console.Out).Train(chosen);
        var (firstFile, secondFile) = trained.Files(pass =>
        [
            $"Weights of the {pass} pass of DocReport's attribution tagger: an averaged structured perceptron over TokenFeatures features.",
            $"Trained on PolNeAR train ({train.Count} articles, the first annotator of each) with {chosen}; the second pass on first-pass tags jackknifed over 5 folds;",
            "the first pass a single perceptron without margins (the margins and the ensemble apply to the second pass).",
            $"Rerun from the repository root: dotnet run -c Release --project bench/PolnearEval -- train {chosen.Options()}",
        ]);
        foreach (var (path, file) in new[] { (AttributionTagger.FirstPassPath, firstFile), (AttributionTagger.SecondPassPath, secondFile) })
        {
            var full = line.Value("out") is { } folder ? Path.Combine(folder, Path.GetFileName(path)) : Path.Combine("src", "DocReport", path);
            // an --out folder that does not exist yet is made, so that a run of minutes does not end in DirectoryNotFoundException
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(full))!);
            File.WriteAllBytes(full, file);
            Console.WriteLine($"wrote {full}: {file.Length / 1024} KB");
        }
        // dev only reports here: how many spans the 16-bit weights change against the float ones
        var quantized = new AttributionTagger(TaggerWeightsFile.Read(firstFile, "first"), TaggerWeightsFile.Read(secondFile, "second"));
        QuantizationCheck.Run(PolnearCorpus.Load(data, "dev"), trained, quantized, Console.Out);
        return 0;
    case "show":
        // each line of stdin a paragraph: its attributions and sources, for reading the analysis of a few sentences (--spans: the tagger's own spans first)
        var paragraphs = Console.In.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var shownArticle = PlainTextArticle.Build("stdin", string.Join("\n\n", paragraphs));
        var shown = new DocReport.Analysis.ArticleAnalyzer(new DocReport.Pipeline.PipelineOptions { ClaimThreshold = 0 }, Tagger()).Analyze(shownArticle);
        if (line.Flag("spans"))
            foreach (var span in Tagger().Tag(shownArticle, DocReport.Analysis.Attributions.QuotationFinder.Find(shownArticle)))
                Console.WriteLine($"  {span.Role} P{span.Paragraph + 1} [{shownArticle.Text[span.Start..span.End]}]");
        foreach (var a in shown.Attributions) Console.WriteLine($"{a.Id} [{a.Source.Text}] <{a.Cue.Text}> {{{a.Content.Text}}} -> {a.SourceId}");
        foreach (var s in shown.Sources) Console.WriteLine($"{s.Id} {s.Name} ({s.Kind}) mentions {s.Mentions} claims {string.Join(",", s.ClaimIds)}");
        foreach (var c in shown.Claims.Where(c => c.SourceIds.Count > 0)) Console.WriteLine($"{c.SentenceId} -> {string.Join(",", c.SourceIds)}");
        return 0;
    case "speed":
        SpeedProbe.Run(Documents(), Tagger, Console.Out);
        return 0;
    case "cue-words":
        var cueWords = Path.Combine("src", "DocReport", CueWords.Path);
        // --holdout-fold F: from the other folds only, to compare lists by cv without the held-out fold's words
        var share = line.Value("min-share") is { } minShare ? double.Parse(minShare, CultureInfo.InvariantCulture) : CueWords.MinShare;
        File.WriteAllText(cueWords, CueWords.Write(TrainWithout(HoldoutFold()), share, line.Flag("outside-content"), line.Flag("by-stem")));
        Console.WriteLine($"wrote {cueWords}");
        return 0;
    case "cues":
        // round 28: every gold cue span by its head lemma, and how the lexicon reads it (--split train: check set left out)
        CueLemmas.Run(Documents(), Console.Out, line.Integers("top", "80")[0]);
        return 0;
    case "cue-frames":
        // the gold cues missed by lemma and frame, and each lemma's and frame's precision where DocReport tags no cue (--split train: check set left out)
        CueFrames.Run(Documents(), Tagger(), Console.Out, line.Integers("top", "120")[0], line.Value("frame"), line.Value("lemma"));
        return 0;
    case "encode":
        // contextual token vectors of a split, cached for the vectors experiments (round 25)
        TokenVectors.Encode(Documents(), Path.Combine(line.Value("out") ?? "/tmp/vectors25", line.Value("split") ?? "dev"), Console.Out);
        return 0;
    case "vectors-dev":
        // round 25: both passes trained on all of train, the second with each --vectors scale; the tagger's own spans on dev with the float weights
        var allTrain = PolnearCorpus.Load(data, "train");
        var devStacking = new Stacking(allTrain, Grid()[0], Folds, TextWriter.Null, Vectors("train"));
        var devDocuments = Documents();
        var devVectors = devDocuments.ToDictionary(d => d.Name, d => Vectors("dev")?.Invoke(d));
        if (headScores is { Tokens: > 0 } h) Console.WriteLine($"head over dev: {h.Tokens} tokens in {h.Scoring.TotalMilliseconds:0} ms wall, {h.Scoring.TotalMilliseconds / h.Tokens * 800:0.0} ms per 800 tokens");
        foreach (var settings in Grid())
        {
            var devTagger = devStacking.Train(settings);
            var devScore = new TaggerScore();
            foreach (var document in devDocuments) devScore.Add(document, devTagger.Tag(document, devVectors[document.Name]));
            devScore.Write(Console.Out, settings.ToString());
            // the whole analysis with the 16-bit weights, the dense part added to the second pass's scores
            var (firstBytes, secondBytes) = devTagger.Files(_ => ["round 25 experiment"]);
            var secondWeights = TaggerWeightsFile.Read(secondBytes, "second");
            var dense = devTagger.Second.Weights.Dense;
            var quantizedTagger = new AttributionTagger(TaggerWeightsFile.Read(firstBytes, "first"), secondWeights)
            {
                SecondPassScores = dense.Length == 0 ? null : (article, _) => devVectors.GetValueOrDefault(article.Document.Title)?.Select(x => DenseScores(x, dense, secondWeights.Scale)).ToArray(),
            };
            Evaluation.Run(devDocuments, quantizedTagger, Console.Out, TextWriter.Null);
        }
        return 0;
    case "head-cv":
        // round 26: the head alone, trained without fold 0 of train, scored on fold 0 (cross-entropy, token accuracy), per --head size and --head-rate
        foreach (var head in HeadGrid())
        {
            var heads = new HeadScores(vectorSource ??= new VectorSource(line.Value("vector-cache") ?? "/tmp/vectors25", line.Value("pooling") ?? "first", PolnearCorpus.Load(data, "train")),
                PolnearCorpus.Load(data, "train"), Folds, head, line.Value("vector-cache") ?? "/tmp/vectors25", Console.Out);
            var (loss, accuracy) = heads.HeldOut(0);
            Console.WriteLine($"{head}: fold 0 cross-entropy {loss:0.0000}, token accuracy {accuracy:0.0000}");
        }
        return 0;
    case "pronoun-candidates":
        // round 36: each reporting "he"/"she" and each person's name read as one, with its candidates and their features (--split train)
        using (var candidateLog = new StreamWriter(line.Value("out") ?? "/tmp/pronoun-candidates.tsv"))
            PronounCandidates.Run(Documents(), Tagger(), candidateLog, Folds);
        return 0;
    case "listing":
        // round 26: every listed source of a split (--split train: check set left out) with its label and features, to --out FILE
        // --only FILE: just the articles named there, one a line (dev2's, so that no dev3 article is analysed)
        var only = line.Value("only") is { } onlyFile ? File.ReadAllLines(onlyFile).Select(l => l.Trim()).ToHashSet() : null;
        if (only is null && (line.Value("split") ?? "dev") != "train")
        {
            Console.Error.WriteLine("listing: on dev give --only (dev2's articles): dev3's outputs are not to be written out");
            return 2;
        }
        using (var listing = new StreamWriter(line.Value("out") ?? "/tmp/listing26.tsv"))
            ListingLabels.Write(Documents().Where(d => only is null || only.Contains(d.Name)).ToList(), Tagger(), listing);
        return 0;
    case "listing-table":
        // round 26: the learned listing's table (ListingTable.cs); --field FILE,FILE,... from FieldEval's --listing
        ListingTable.Run(line.Value("train") ?? "/tmp/listing26.tsv", (line.Value("field") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), line.Value("dev-labels"), Console.Out);
        return 0;
    case "cue-rates":
        var cueRates = Path.Combine("src", "DocReport", CueRates.Path);
        File.WriteAllText(cueRates, CueRates.Write(TrainWithout(HoldoutFold())));
        Console.WriteLine($"wrote {cueRates}");
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{command}': use eval, source-misses, quote-pairs, pronoun-candidates, tag-eval, cv, train, show, speed, cue-words, cues, cue-frames, cue-rates, encode, vectors-dev, head-cv, listing or listing-table");
        return 2;
}

// --split train --fold F: the documents of fold F of train, to score weights trained with --holdout-fold F.
List<PolnearDocument> Documents()
{
    var documents = PolnearCorpus.Load(data, line.Value("split") ?? "dev");
    return line.Value("fold") is { } fold ? documents.Where((_, i) => i % Folds == int.Parse(fold, CultureInfo.InvariantCulture)).ToList() : documents.ToList();
}

int HoldoutFold() => line.Value("holdout-fold") is { } h ? int.Parse(h, CultureInfo.InvariantCulture) : -1;

List<PolnearDocument> TrainWithout(int fold) => PolnearCorpus.Load(data, "train").Where((_, i) => i % Folds != fold).ToList();

// --weights DIR: weights files written by train --out DIR, instead of the embedded ones.
AttributionTagger Tagger() => line.Value("weights") is { } dir
    ? new AttributionTagger(Load(dir, AttributionTagger.FirstPassPath), Load(dir, AttributionTagger.SecondPassPath))
    : AttributionTagger.Shared;

TaggerWeights Load(string dir, string path) => TaggerWeightsFile.Read(File.ReadAllBytes(Path.Combine(dir, Path.GetFileName(path))), path);

List<TrainingSettings> Grid() =>
    (from e in line.Integers("epochs", "20")
     from m in line.Integers("min-count", "1")
     from x in line.Integers("max-features", "1000000000")
     from margin in line.List("margin", "0", Float)
     from cost in line.List("source-cost", "0", Float)
     from seeds in line.Integers("seeds", "1")
     from bagged in line.Integers("bagged", "0")
     from vectors in line.List("vectors", "0", Float)
     select new TrainingSettings(e, m, x, margin, cost, seeds, bagged, vectors)).ToList();

// tokens x 7 tag scores of a paragraph's vectors (tokens x width) under dense weights (7 x width), times the weights file's scale
static float[] DenseScores(float[] vectors, float[] dense, float scale)
{
    var (k, width) = (Tags.Count, dense.Length / Tags.Count);
    var scores = new float[vectors.Length / width * k];
    for (var i = 0; i < scores.Length; i++)
        scores[i] = scale * System.Numerics.Tensors.TensorPrimitives.Dot(vectors.AsSpan(i / k * width, width), dense.AsSpan(i % k * width, width));
    return scores;
}

// --vectors A,B (round 25): the cached contextual vectors (encode) of a split, for the second pass; --pooling first|mean
Func<PolnearDocument, float[][]>? Vectors(string split)
{
    if (line.Value("vectors") is null) return null;
    var cache = line.Value("vector-cache") ?? "/tmp/vectors25";
    vectorSource ??= new VectorSource(cache, line.Value("pooling") ?? "first", PolnearCorpus.Load(data, "train"));
    if (line.Value("head") is null) return d => vectorSource.Of(d, split);
    // --head H (round 26): the second pass reads a hidden-layer head's tag log-probabilities instead of the vectors
    headScores ??= new HeadScores(vectorSource, PolnearCorpus.Load(data, "train"), Folds, HeadGrid()[0], cache, Console.Out);
    if (!line.Flag("head-with-vectors")) return d => headScores.Of(d, split);
    // --head-with-vectors: each token's vector and then the head's log-probabilities, one dense input
    return d => vectorSource.Of(d, split).Zip(headScores.Of(d, split), (x, h) => Interleave(x, TokenVectors.Width, h, Tags.Count)).ToArray();
}

// --head H --head-epochs E --head-rate R --head-dropout D [--head-context] (round 26); lists in head-cv
List<HeadSettings> HeadGrid() =>
    (from h in line.Integers("head", "64")
     from r in line.List("head-rate", "0.001", Float)
     from d in line.List("head-dropout", "0", Float)
     select new HeadSettings(h, line.Integers("head-epochs", "8")[0], r, d, line.Flag("head-context"))).ToList();

// rows of a (width wa) and of b (width wb), token by token: each token's a then its b
static float[] Interleave(float[] a, int wa, float[] b, int wb)
{
    var joined = new float[a.Length + b.Length];
    for (var t = 0; t < a.Length / wa; t++)
    {
        a.AsSpan(t * wa, wa).CopyTo(joined.AsSpan(t * (wa + wb)));
        b.AsSpan(t * wb, wb).CopyTo(joined.AsSpan(t * (wa + wb) + wa));
    }
    return joined;
}

static float Float(string x) => float.Parse(x, CultureInfo.InvariantCulture);
