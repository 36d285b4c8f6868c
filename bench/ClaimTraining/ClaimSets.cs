namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Every labelled set, encoded: CT24 train + dev split by sentence id into <see cref="Early"/> and <see cref="Late"/>
/// (dev is a random sample of the training debates, while dev-test comes from later ones, so choices are made on the
/// latest debates), CT24 dev-test, the news training sentences with the cross-validation fold of each (by page), and the
/// news evaluation set's dev and test parts. Choices are made on Late, NewsDev and the news training folds held out in
/// turn; DevTest and NewsTest are reported, never chosen on.
/// </summary>
internal sealed record ClaimSets(EncodedSet Early, EncodedSet Late, EncodedSet DevTest, EncodedSet NewsTrain, IReadOnlyList<int> NewsTrainFolds,
    EncodedSet NewsDev, EncodedSet NewsTest)
{
    /// <summary>The share of train+dev, latest sentence ids, held out to choose settings.</summary>
    public const double LateFraction = 0.15;

    /// <summary>Embedding values are multiplied by this in training, so they weigh like the 0/1 features (unit vectors of 384 dimensions).</summary>
    public static readonly double EmbeddingScale = Math.Sqrt(384);

    /// <summary>How many of the first news training sentences were drawn without a pattern (the rest were drawn by
    /// <c>--matching</c> from chosen families); 0 when not told. The out-of-fold score is also reported over these alone, a
    /// sample of news that stays the same when pattern-drawn sentences are added.</summary>
    public int RandomDraws { get; init; }

    /// <summary>How many sentences of the news training file were left out: those of the pages FieldEval's unread gates judge.</summary>
    public int NewsTrainLeftOut { get; init; }

    /// <summary>The page of each news training sentence and of each news dev sentence, in order (a PolNeAR text ends in ".txt", a web page in ".html" or is a Readability folder).</summary>
    public IReadOnlyList<string> NewsTrainPages { get; init; } = [];

    public IReadOnlyList<string> NewsDevPages { get; init; } = [];

    /// <summary>The text of each news training sentence and of each news dev sentence, in the same order (round 41: the scores
    /// files carry it, so errors can be read beside their out-of-fold score).</summary>
    public IReadOnlyList<string> NewsTrainTexts { get; init; } = [];

    public IReadOnlyList<string> NewsDevTexts { get; init; } = [];

    /// <summary>Whether the article calibration is fitted on the news dev part and the random draws' out-of-fold scores only, leaving the pattern-drawn sentences out.</summary>
    public bool CalibrateOnRandomDraws { get; init; }

    /// <summary>The sets, the news files read through <paramref name="gates"/>: the sentences of the pages FieldEval's unread gates
    /// judge never reach a model. <paramref name="randomDraws"/> and <paramref name="rows"/> count the news-train file's lines
    /// (what they meant before round 23) and are turned into what remains of them.</summary>
    public static ClaimSets Load(string data, string newsTrainPath, string newsEvalPath, GatedPages gates, EmbeddingCache? embeddings, NewsContexts? contexts,
        IReadOnlyList<string>? without = null, int randomDraws = 0, double drawnWeight = 1, bool calibrateOnRandomDraws = false, (int From, int To, double Factor)? rows = null,
        PageVectors? pages = null, IReadOnlyList<string>? newsCopies = null)
    {
        var train = Ct24Reader.Read(Path.Combine(data, Ct24Corpus.TrainFile));
        var dev = Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevFile));
        var devTest = Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevTestFile));
        var newsTrain = gates.Read(newsTrainPath, contexts);
        var newsEval = gates.Read(newsEvalPath, contexts);
        if (contexts is not null) Console.WriteLine($"news sentences placed in their article: {contexts.Found}; not found: {contexts.Missing}");
        var keptDraws = newsTrain.Before(randomDraws);
        if (randomDraws > 0) Console.WriteLine($"--random-draws {randomDraws}: {keptDraws} of them trained on");
        // Each sentence's page part (round 22): none for CT24's debate lines, the page's mean vector for news.
        EncodedSet Paged(EncodedSet set, IReadOnlyList<NewsSentence>? news = null) =>
            pages is null ? set : pages.Apply(set, news?.Select(s => ((string, string)?)(s.Page, s.Sentence.Text)).ToList() ?? [.. Enumerable.Repeat<(string, string)?>(null, set.Count)]);
        // A news file's embeddings are looked up whole (the cache is keyed by all its sentences), and the gated rows' vectors dropped before any model sees them.
        EncodedSet Gated(string name, string path, TrainingNews kept) =>
            Paged(EncodedSet.Of([.. kept.Sentences.Select(s => s.Sentence)],
                embeddings?.Of(name, [.. NewsSet.Read(path).Select(s => s.Sentence.Text)]) is { } vectors ? [.. kept.Rows.Select(i => Scaled(vectors[i]))] : null, without)
                .WithNewsCopies(newsCopies ?? []), kept.Sentences);
        var trainDev = Paged(Encode(Stem(Ct24Corpus.TrainFile), train, embeddings, without).Concat(Encode(Stem(Ct24Corpus.DevFile), dev, embeddings, without)));
        var byId = train.Concat(dev).Select((s, i) => (Id: long.Parse(s.Id), Index: i)).OrderBy(x => x.Id).Select(x => x.Index).ToList();
        var lateStart = (int)(byId.Count * (1 - LateFraction));
        var news = Gated("news-eval", newsEvalPath, newsEval);
        IEnumerable<int> Part(string split) => newsEval.Sentences.Select((s, i) => (s, i)).Where(x => x.s.Split == split).Select(x => x.i);
        return new ClaimSets(trainDev.Take(byId[..lateStart]), trainDev.Take(byId[lateStart..]), Paged(Encode(Stem(Ct24Corpus.DevTestFile), devTest, embeddings, without)),
            Gated("news-train", newsTrainPath, newsTrain).WeightedFrom(randomDraws > 0 ? keptDraws : newsTrain.Rows.Count, drawnWeight)
                .WeightedRange(newsTrain.Before(rows?.From ?? 0), newsTrain.Before((rows?.To ?? -2) + 1) - 1, rows?.Factor ?? 1),
            newsTrain.Sentences.Select(s => PageFolds.Of(s.Page)).ToList(),
            news.Take(Part("dev")), news.Take(Part("test"))) { RandomDraws = keptDraws, NewsTrainLeftOut = newsTrain.LeftOut,
                NewsTrainPages = [.. newsTrain.Sentences.Select(s => s.Page)], NewsDevPages = [.. Part("dev").Select(i => newsEval.Sentences[i].Page)],
                NewsTrainTexts = [.. newsTrain.Sentences.Select(s => s.Sentence.Text)], NewsDevTexts = [.. Part("dev").Select(i => newsEval.Sentences[i].Sentence.Text)], CalibrateOnRandomDraws = calibrateOnRandomDraws && randomDraws > 0 };
    }

    private static EncodedSet Encode(string name, IReadOnlyList<LabelledSentence> sentences, EmbeddingCache? embeddings, IReadOnlyList<string>? without) =>
        EncodedSet.Of(sentences, embeddings?.Of(name, sentences.Select(s => s.Text).ToList()).Select(Scaled).ToList(), without);

    private static string Stem(string file) => Path.GetFileNameWithoutExtension(file);

    /// <summary>An encoder's vector scaled as every model of the bench reads it (round 40's opinion curve too).</summary>
    public static float[] Scaled(float[] vector) => vector.Select(v => (float)(v * EmbeddingScale)).ToArray();
}
