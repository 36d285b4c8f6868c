using DocReport.Bench.ClaimTraining;

var arguments = new BenchArguments(args);
var data = arguments.Text("data", "../shared/data/claims/ct24");
TrainingSettings Settings() => new(
    L2: arguments.Number("l2", 1e-3), Epochs: (int)arguments.Number("epochs", 150), LearningRate: arguments.Number("lr", 0.05),
    PositiveWeight: arguments.Number("pos-weight", 1.0), MinimumCount: (int)arguments.Number("min-count", 1));

switch (arguments.Command)
{
    case "tune":
        Commands.Tune(data, new TuningGrid(arguments.Numbers("l2", "3e-4,1e-3,3e-3"), arguments.Numbers("epochs", "150").Select(e => (int)e).ToList(),
            arguments.Numbers("pos-weight", "1"), arguments.Number("lr", 0.05), (int)arguments.Number("min-count", 1)), (int)arguments.Number("keep", 20000));
        break;
    case "train":
        Commands.Train(data, Settings(), (int)arguments.Number("keep", 20000), arguments.Flag("with-dev"),
            arguments.Text("out", "src/DocReport/Analysis/Claims/Data/claim-weights.tsv"), arguments.Text("dump", "") is { Length: > 0 } dump ? dump : null, string.Join(' ', args));
        break;
    case "tune-rule":
        RuleTuning.Run(data, 0.15, Settings(), (int)arguments.Number("keep", 20000), arguments.Text("news", Path.Combine(AppContext.BaseDirectory, "news-sentences.tsv")),
            arguments.Numbers("shift", "0,-0.3,-0.6,-1"), arguments.Numbers("ceiling", "0,0.5,1,1.5,2,3,1e9"));
        break;
    case "eval":
        Commands.Evaluate(data, arguments.Text("news", Path.Combine(AppContext.BaseDirectory, "news-sentences.tsv")),
            arguments.Text("news-eval", Path.Combine(AppContext.BaseDirectory, "news-eval.tsv")));
        break;
    case "news-sample":
        NewsSampling.Run(arguments.Text("pages", "../shared/data/readability-pages"), (int)arguments.Number("per-article", 6), arguments.Text("out", "news-eval.tsv"));
        break;
    case "flagged":
        FlaggedShare.Run(arguments.Inputs());
        break;
    case "assess":
        Commands.Assess(Console.In);
        break;
    default:
        Console.WriteLine("""
            dotnet run -c Release --project bench/ClaimTraining -- tune  [--data DIR] [--keep N] [--l2 X,Y..] [--epochs N,M..] [--pos-weight X,Y..] [--lr X] [--min-count N]
            dotnet run -c Release --project bench/ClaimTraining -- train [--data DIR] [--l2 X] [--epochs N] [--lr X] [--pos-weight X] [--min-count N] [--keep N] [--with-dev] [--out FILE] [--dump FILE (dev-test probabilities)]
            dotnet run -c Release --project bench/ClaimTraining -- eval  [--data DIR] [--news FILE]
            dotnet run -c Release --project bench/ClaimTraining -- assess < sentences.txt   (one sentence a line: score, types, evidence)
            DIR defaults to ../shared/data/claims/ct24 (run from the repository root).
            """);
        break;
}
