using DocReport.Bench;
using DocReport.Bench.ClaimTraining;

var arguments = new CommandLine(args);
var data = arguments.Text("data", "../shared/data/claims/ct24");
var newsTrain = arguments.Text("news-train", Path.Combine(AppContext.BaseDirectory, "news-train.tsv"));
var newsEval = arguments.Text("news-eval", Path.Combine(AppContext.BaseDirectory, "news-eval.tsv"));
// A second news dev (round 42): every sentence of 6 whole PolNeAR dev articles, scored by eval beside news-eval.tsv's dev part.
var newsDev2 = arguments.Text("news-dev2", Path.Combine(AppContext.BaseDirectory, "news-dev2.tsv"));
// Labelled sentences of trafilatura's test-half pages (round 14): a news test set, never trained on.
var newsTestTrafilatura = arguments.Text("news-test", Path.Combine(AppContext.BaseDirectory, "news-test-trafilatura.tsv"));
// Sentences of the families the field articles showed flagged wrongly (round 12): a check set, never trained on.
var newsFamilies = arguments.Text("families", Path.Combine(AppContext.BaseDirectory, "news-families.tsv"));
var trafilatura = arguments.Text("trafilatura", "../data/trafilatura");
var cacheFolder = arguments.Text("cache", "../data/claims/embeddings");
// The sentence encoder of the embeddings: arctic (snowflake-arctic-embed-xs, the accurate model's), minilm (all-MiniLM-L6-v2) or arctic+minilm (round 18).
// Round 20's variants of arctic (arctic-mean, arctic-max, arctic-query) and round 25's arctic-content are cached in their own folder, never in the arctic cache.
EmbeddingCache Embeddings() => new(cacheFolder, arguments.Text("encoder", "arctic"), arguments.Text("variants", "../data/claims/embedding-variants"));
TrainingSettings Settings() => new(
    L2: arguments.Numbers("l2", "1e-3")[0], Epochs: (int)arguments.Number("epochs", 150), LearningRate: arguments.Number("lr", 0.05),
    PositiveWeight: arguments.Number("pos-weight", 1.0), MinimumCount: (int)arguments.Number("min-count", 1), FamilyL2: arguments.Text("l2-family", ""),
    HiddenUnits: (int)arguments.Number("hidden", 0), HiddenL2: arguments.Number("hidden-l2", 1))
{
    BoostRounds = (int)arguments.Number("boost", 0), BoostDepth = (int)arguments.Number("boost-depth", 2), BoostRate = arguments.Number("boost-rate", 0.1),
    BoostL2 = arguments.Number("boost-l2", 1), BoostMinimumHessian = arguments.Number("boost-min-hessian", 5), BoostMinimumCount = (int)arguments.Number("boost-min-count", 30), BoostVectors = arguments.Flag("boost-vectors"),
};
var keep = (int)arguments.Number("keep", 20000);
// Each labelled news sentence's place in its article: as frozen in news-contexts.tsv ("--context frozen", the default), as
// today's pipeline reads the pages in the folders given ("--context live"), or none ("--context off").
var frozenContexts = arguments.Text("contexts-file", Path.Combine(AppContext.BaseDirectory, "news-contexts.tsv"));
const string PageFolders = "../shared/data/readability-pages,../shared/data/attributions/polnear/train/text,../data/trafilatura/eval,../data/trafilatura/cache";
NewsContexts PageContexts() => NewsContexts.Live(arguments.Text("pages-from", PageFolders).Split(','));
NewsContexts? Contexts() => arguments.Text("context", "frozen") switch
{
    "off" => null,
    "live" => PageContexts(),
    _ => NewsContexts.Frozen(frozenContexts),
};
// Feature-name prefixes left out of training, to measure what a family adds ("--without h:shape:credit,h:shape:procedure"); the fast
// weights leave out the letter 4-grams ("--without c:", round 17).
IReadOnlyList<string> Without() => arguments.Text("without", "").Split(',', StringSplitOptions.RemoveEmptyEntries);
// The pages FieldEval's unread gates judge (the lead's held-out pages, the check set, dev3; rgate's Readability pages from round 26; wgate's
// trafilatura test-half pages from round 35): no command that trains, tunes or shows news reads their sentences (round 23).
var gates = GatedPages.Repository();
// Round 28's candidate features of a reported state of mind (ReportedStance; not kept), added to every sentence's.
EncodedSet.WithStance = arguments.Flag("stance");
// Round 30's candidate context features of quoted speech (QuoteContext; see README "Round 30"), added to every sentence's.
EncodedSet.WithQuoteContext = arguments.Flag("quote-context");
// Round 38's candidate features of the writer's own opinion (OpinionPredicate; see README "Round 38"), added to every sentence's.
EncodedSet.WithOpinion = arguments.Flag("opinion");
// Round 39's opinion classifier, trained on news-train-opinion.tsv's labels (OpinionScore; see README "Round 39"): its probability's band
// is added to every sentence's features; --opinion-kinds: the labels counted as opinion; --opinion-l2: its L2.
if (arguments.Text("opinion-labels", "") is { Length: > 0 } opinionLabels)
    EncodedSet.Opinion = OpinionScore.Train(opinionLabels, newsTrain, arguments.Text("opinion-kinds", "opinion").Split(','),
        Settings() with { L2 = arguments.Number("opinion-l2", 1e-2), FamilyL2 = "", HiddenUnits = 0, BoostRounds = 0 });
// Round 45's candidate features of the page's own analysis (AnalysisFeatures; see README "Round 45"), frozen by freeze-analysis.
if (arguments.Text("analysis-file", "") is { Length: > 0 } analysisFile) EncodedSet.Analysis = AnalysisFeatures.Read(analysisFile);
// The first N news training sentences were drawn without a pattern: their out-of-fold score is reported apart; the rest weigh
// --drawn-weight times as much, and --calibrate-on random fits the article calibration without them.
ClaimSets LoadSets(EmbeddingCache? cache, NewsContexts? contexts, IReadOnlyList<string>? without = null) => ClaimSets.Load(data, newsTrain, newsEval, gates, cache, contexts, without,
    (int)arguments.Number("random-draws", 0), arguments.Number("drawn-weight", 1), arguments.Text("calibrate-on", "all") == "random",
    RowsWeight(), cache is null ? null : Pages(), NewsCopies());
// "--news-copies w:,h:" (or "all"): news sentences' features of those families get a copy of their own, "n:" before the name (round 25).
IReadOnlyList<string> NewsCopies() => arguments.Text("news-copies", "") is "all" ? [""] : arguments.Text("news-copies", "").Split(',', StringSplitOptions.RemoveEmptyEntries);
// The sentence against its page (round 22): "--page mean|diff|neighbours" joins each embedding with its page's mean vector,
// takes its difference from it, or joins it with its neighbours' mean, every sentence of the page embedded once into
// --page-cache; pages named in --skip-pages (one a line, with or without the extension) and the gates' pages are never converted.
PageVectors? Pages()
{
    if (arguments.Text("page", "off") is "off") return null;
    var skipped = (arguments.Text("skip-pages", "") is { Length: > 0 } list ? File.ReadAllLines(list) : []).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    var pages = new PageEmbeddings(arguments.Text("page-cache", "../data/claims/page-embeddings"), PageContexts(),
        skipped.Concat(skipped.SelectMany(name => new[] { name + ".html", name + ".txt" })).Concat(gates.Names).ToHashSet(StringComparer.Ordinal));
    return new PageVectors(pages, arguments.Text("page", "off"), arguments.Number("page-scale", 1));
}
// "--rows-weight 3401-4304:0.5": news training lines 3,401 to 4,304 (1-based, as the file's header counts them) weigh 0.5 times as much.
(int, int, double)? RowsWeight() => arguments.Text("rows-weight", "") is { Length: > 0 } text && text.Split(':') is [var range, var factor] && range.Split('-') is [var from, var to]
    ? (int.Parse(from) - 1, int.Parse(to) - 1, double.Parse(factor, System.Globalization.CultureInfo.InvariantCulture)) : null;
DocReport.Pipeline.ClaimDetection Detection() => Enum.Parse<DocReport.Pipeline.ClaimDetection>(arguments.Text("claims", "fast"), ignoreCase: true);

switch (arguments.Command)
{
    case "tune":
    {
        var embeddings = arguments.Text("embeddings", "off").Split(',').Select(e => e == "on").ToList();
        var sets = LoadSets(embeddings.Contains(true) ? Embeddings() : null, Contexts(), Without());
        Commands.Tune(sets, embeddings, arguments.Numbers("news-weight", "1"), arguments.Numbers("l2", "1e-3"), Settings(), keep,
            arguments.Text("scores", "") is { Length: > 0 } scores ? scores : null);
        break;
    }
    case "train":
    {
        // Refused before the sets are embedded and the model trained, not after: the runtime's weights file holds no hidden layer.
        if (Settings().HiddenUnits > 0) throw new ArgumentException("--hidden is for tune only: the runtime's weights file holds no hidden layer (round 18)");
        if (Settings().BoostRounds > 0) throw new ArgumentException("--boost is for tune only: the runtime's weights file holds no trees (round 25)");
        if (Pages() is not null) throw new ArgumentException("--page is for tune only: the runtime's detector reads no page part (round 22)");
        var embeddings = arguments.Flag("embeddings");
        var sets = LoadSets(embeddings ? Embeddings() : null, Contexts(), Without());
        // The header names the news sentences trained on: the bench's news-train.tsv, or the file --news-train gave.
        Commands.Train(sets, Settings(), arguments.Number("news-weight", 1), arguments.Text("news-train", "bench/ClaimTraining/news-train.tsv"), keep, embeddings,
            arguments.Text("out", "src/DocReport/Analysis/Claims/Data/claim-weights.tsv"), string.Join(' ', args));
        break;
    }
    case "embed":
    {
        var pages = Pages();
        ClaimSets.Load(data, newsTrain, newsEval, gates, Embeddings(), null, pages: pages);
        if (pages is not null) Console.WriteLine($"page sentences embedded in this run: {pages.Pages.Embedded}");
        break;
    }
    case "eval":
        Commands.Evaluate(data, gates, newsEval, newsDev2, newsTestTrafilatura, Detection(), Contexts(), arguments.Flag("dev-only"));
        break;
    case "judgements":
    {
        JudgementRule.Run(data, [.. new[] { ("news-train", newsTrain), ("news-dev", newsEval), ("families", newsFamilies) }
            .Select(x => (x.Item1, (IReadOnlyList<LabelledSentence>)gates.Read(x.Item2, Contexts()).Sentences.Where(s => s.Split != "test").Select(s => s.Sentence).ToList()))], Detection(),
            arguments.Text("scores", "") is { Length: > 0 } outOfFold ? outOfFold : null, arguments.Text("rule", "judgement"));
        break;
    }
    case "fires":
        EncodedSet.WithStance = true;
        FeatureFires.Run(data, arguments.Text("feature", "h:stance:"), [.. new[] { ("news-train", newsTrain), ("news-dev", newsEval), ("families", newsFamilies) }
            .Select(x => (x.Item1, (IReadOnlyList<LabelledSentence>)gates.Read(x.Item2, Contexts()).Sentences.Where(s => s.Split != "test").Select(s => s.Sentence).ToList()))]);
        break;
    case "errors":
        Commands.Errors(gates, newsEval, Detection(), Contexts(), arguments.Text("threshold", "") is { Length: > 0 } ? arguments.Number("threshold", 0) : null);
        break;
    case "speed":
        DetectorSpeed.Run(data, newsEval, Detection(), (int)arguments.Number("sentences", 3000));
        break;
    case "encoder-speed":
        DetectorSpeed.Encoder(data, newsEval, arguments.Text("encoder", "arctic"), (int)arguments.Number("sentences", 600));
        break;
    case "types":
        TypeAccuracy.Run(arguments.Text("types", Path.Combine(AppContext.BaseDirectory, "news-types.tsv")), gates.TextsOn(newsEval));
        break;
    case "flagged":
        FlaggedShare.Run(arguments.Inputs(), Detection());
        break;
    case "news-sample":
        NewsSampling.Evaluation(arguments.Text("pages", "../shared/data/readability-pages"), (int)arguments.Number("per-page", 6), arguments.Text("out", "news-eval.tsv"));
        break;
    case "news-train-sample":
        NewsSampling.Training(arguments.Text("from", "../shared/data/attributions/polnear/train/text"), (int)arguments.Number("pages", 50),
            (int)arguments.Number("per-page", 3), arguments.Text("out", "news-train-new.tsv"), [newsTrain, newsEval, newsDev2, newsTestTrafilatura, newsFamilies], arguments.Text("pages-eval", "../shared/data/readability-pages"),
            TrafilaturaHalves.Load(trafilatura), gates, arguments.Text("half", "") is { Length: > 0 } half ? half : null,
            arguments.Text("matching", "") is { Length: > 0 } pattern ? new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase) : null,
            arguments.Flag("english"));
        break;
    case "resample":
        PairedResampling.Run(gates.Read(newsTrain), arguments.Text("first", ""), arguments.Text("second", ""), (int)arguments.Number("random-draws", 2552));
        break;
    case "pools":
        CalibrationPools.Run(arguments.Text("scores", ""), arguments.Text("second", "") is { Length: > 0 } other ? other : null);
        break;
    case "contexts":
        ContextShares.Run(gates, newsTrain, newsEval, Contexts() ?? PageContexts());
        break;
    case "freeze-contexts":
    {
        var live = PageContexts();
        NewsContexts.Write(arguments.Text("out", "bench/ClaimTraining/news-contexts.tsv"), NewsSet.Read(newsTrain, live).Concat(NewsSet.Read(newsEval, live)).Concat(NewsSet.Read(newsTestTrafilatura, live)),
            $"Each labelled news sentence's place in its article, as DocReport's pipeline read the pages on {DateTime.UtcNow:yyyy-MM-dd} (freeze-contexts); {live.Found} found, {live.Missing} not.");
        break;
    }
    case "halves":
    {
        var halves = TrafilaturaHalves.Load(trafilatura);
        if (arguments.Text("list", "") == "test")
            foreach (var file in halves.TestFiles) Console.WriteLine(file);
        else
            TrafilaturaShares.Run(arguments.Inputs() is { Count: > 0 } files ? files : [.. new[] { "news-train", "news-train-second", "news-families", "news-contexts", "news-eval", "news-dev-second",
                "news-test-trafilatura", "news-test-trafilatura-second" }.Select(n => Path.Combine(AppContext.BaseDirectory, n + ".tsv"))], halves, trafilatura);
        break;
    }
    case "agreement":
        LabelAgreement.Run(gates, newsEval, arguments.Text("second", Path.Combine(AppContext.BaseDirectory, "news-dev-second.tsv")), (int)arguments.Number("random-draws", 0));
        break;
    case "readable":
        // The rows of a news file that training and tuning may read: what a relabelling may read (round 29).
        File.WriteAllLines(arguments.Text("out", "readable.tsv"), gates.ReadableLines(arguments.Text("file", newsTrain)));
        break;
    case "page-profiles":
        // news dev's second and third parts and news-dev2 are PolNeAR dev articles (rounds 27, 33 and 42)
        PageProfiles.Run([newsTrain, newsEval, newsDev2], gates, arguments.Text("pages-from", PageFolders + ",../shared/data/attributions/polnear/dev/text").Split(','),
            arguments.Text("out", "page-profiles.tsv"));
        break;
    case "freeze-analysis":
        // Round 45: every labelled news sentence's analysis features (AnalysisFeatures), the train and dev parts' pages converted once.
        AnalysisFeatures.Freeze([newsTrain, newsEval, newsDev2], gates, arguments.Text("pages-from", PageFolders + ",../shared/data/attributions/polnear/dev/text").Split(','),
            arguments.Text("out", "news-analysis.tsv"));
        break;
    case "opinion-curve":
    {
        // Round 40: the opinion classifier's out-of-fold AUC trained on shares of its labels (OpinionCurve; see README "Round 40").
        var labels = OpinionLabel.Read(arguments.Text("labels", "bench/ClaimTraining/news-train-opinion.tsv"), arguments.Text("opinion-kinds", "opinion").Split(','));
        var reader = arguments.Text("reader", "words");
        OpinionCurve.Run(labels, reader, reader is "words" ? null : [.. Embeddings().Of("news-train-opinion", [.. labels.Select(l => l.Text)]).Select(ClaimSets.Scaled)],
            arguments.Numbers("shares", "0.25,0.5,0.75,1"), (int)arguments.Number("repeats", 5), Settings() with { L2 = arguments.Number("opinion-l2", 1e-2) },
            arguments.Text("also", "") is { Length: > 0 } also ? OpinionLabel.Read(also, []).Select(l => l.Text).ToHashSet(StringComparer.Ordinal) : null);
        break;
    }
    case "assess":
        Commands.Assess(Console.In);
        break;
    default:
        Console.WriteLine("""
            Run from the repository root. DIR defaults to ../shared/data/claims/ct24; embeddings are cached in ../data/claims/embeddings (--cache DIR).
            dotnet run -c Release --project bench/ClaimTraining -- tune  [--embeddings off,on] [--encoder arctic|minilm|arctic-mean|arctic-max|arctic-query|arctic-content|arctic-news|two joined by +] [--hidden N] [--hidden-l2 X] [--boost N] [--boost-depth D] [--boost-rate X] [--boost-l2 X] [--boost-min-hessian X] [--boost-min-count N] [--boost-vectors] [--news-copies PREFIX,..|all] [--page off|mean|diff|neighbours] [--page-scale X] [--news-weight X,Y..] [--l2 X,Y..] [--epochs N] [--keep N] [--without PREFIX,..] [--stance] [--quote-context] [--opinion] [--opinion-labels FILE [--opinion-kinds opinion,mixed] [--opinion-l2 X]] [--analysis-file FILE] [--scores FILE]
            dotnet run -c Release --project bench/ClaimTraining -- train [--embeddings] [--news-weight X] [--l2 X] [--epochs N] [--keep N] [--without PREFIX,..] [--out FILE]
            dotnet run -c Release --project bench/ClaimTraining -- embed [--encoder arctic|minilm|arctic-mean|arctic-max|arctic-query|arctic-content|arctic-news] [--variants DIR]    (computes the embedding cache; round 20's arctic variants go to DIR, ../data/claims/embedding-variants; --page mean [--page-cache DIR] [--skip-pages FILE]: every sentence of each news page too, round 22)
            dotnet run -c Release --project bench/ClaimTraining -- eval  [--claims fast|accurate] [--dev-only]   (the committed detector on CT24 dev, dev-test, the news dev and test parts and news-test-trafilatura.tsv; --dev-only: CT24 dev and news dev alone)
            dotnet run -c Release --project bench/ClaimTraining -- judgements [--claims fast|accurate] [--scores FILE] [--families FILE] [--rule judgement|stance|bare]   (the reported-judgement rule (stance: also a person's bare stance, round 28; bare: also any report or belief frame with nothing checkable, round 37) on CT24 train+dev, news-train (out of fold from tune's --scores), news dev and news-families.tsv)
            dotnet run -c Release --project bench/ClaimTraining -- fires [--feature PREFIX]   (how many sentences of CT24 train+dev, news-train, news dev and news-families.tsv have a feature starting with PREFIX (round 28's --stance features included), h:stance: by default, and their share check-worthy; round 28)
            dotnet run -c Release --project bench/ClaimTraining -- errors [--claims fast|accurate] [--threshold T]   (the news dev part's misses and false claims, at the article threshold or T; never the test part)
            dotnet run -c Release --project bench/ClaimTraining -- speed [--claims fast|accurate] [--sentences N]   (time and memory per 1,000 sentences)
            dotnet run -c Release --project bench/ClaimTraining -- encoder-speed [--encoder arctic|minilm] [--sentences N]   (one sentence encoder alone: time and memory per 1,000 sentences)
            dotnet run -c Release --project bench/ClaimTraining -- opinion-curve [--labels FILE] [--opinion-kinds opinion,mixed] [--reader words|vector|both] [--shares 0.25,0.5,0.75,1] [--repeats N] [--opinion-l2 X] [--cache DIR] [--also FILE]   (the opinion classifier's out-of-fold AUC by news-cv page folds, trained on shares of the other folds' pages; round 40)
            dotnet run -c Release --project bench/ClaimTraining -- types     (claim types against news-types.tsv)
            dotnet run -c Release --project bench/ClaimTraining -- flagged [--claims fast|accurate] FILE|DIR...   (share of sentences flagged per document)
            dotnet run -c Release --project bench/ClaimTraining -- resample --first SCORES --second SCORES [--random-draws N]   (two tune --scores files on samples of 248 sentences)
            dotnet run -c Release --project bench/ClaimTraining -- pools --scores SCORES [--second SCORES]   (the article threshold chosen on web pages, PolNeAR or news dev alone, scored on pages left out; round 26)
            dotnet run -c Release --project bench/ClaimTraining -- contexts   (share check-worthy per context feature, news-train and news dev)
            dotnet run -c Release --project bench/ClaimTraining -- page-profiles [--out FILE]   (every sentence of each labelled news page, train and dev parts, with the library's score and flag; round 36)
            dotnet run -c Release --project bench/ClaimTraining -- freeze-analysis [--news-train FILE] [--out FILE]   (every labelled news sentence's analysis features, the train and dev parts' pages converted once, for tune --analysis-file; round 45)
            dotnet run -c Release --project bench/ClaimTraining -- agreement [--news-eval FILE] [--second FILE] [--random-draws N]   (two labellings: agreement, Cohen's kappa, F1; by default the dev part's)
            dotnet run -c Release --project bench/ClaimTraining -- news-sample [--pages DIR] [--per-page N] [--out FILE]
            dotnet run -c Release --project bench/ClaimTraining -- news-train-sample --from DIR [--pages N] [--per-page N] [--out FILE] [--pages-eval DIR] [--half dev-a|dev-b] [--matching REGEX] [--english]   (sentences not yet labelled nor in news-families.tsv, none of trafilatura's test half, none sharing a sentence with a Readability page; only pages of one dev half; only sentences matching REGEX; --english: the folder is known English, no function-word test)
            dotnet run -c Release --project bench/ClaimTraining -- halves [--list test] [FILE...]   (sentences and pages of each news file from trafilatura's test half, dev half, elsewhere)
            dotnet run -c Release --project bench/ClaimTraining -- assess < sentences.txt   (one sentence a line: score, types, evidence)
            Common: [--data DIR] [--news-train FILE] [--news-eval FILE] [--news-test FILE] [--trafilatura DIR (the unpacked set, ../data/trafilatura)] [--lr X] [--pos-weight X] [--min-count N]
            tune and train: [--random-draws N] (news-cv also over the first N news training sentences) [--drawn-weight X] (the others weigh X times) [--calibrate-on all|random] [--rows-weight FROM-TO:X] (news training lines FROM to TO weigh X times) [--l2-family PREFIX=X,..] (the L2 of the features whose names start so, times X)
            """);
        break;
}
