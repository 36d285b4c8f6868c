using DocReport.Bench.PolnearEval;

// PolNeAR attribution bench. Run from the repository root:
//   dotnet run -c Release --project bench/PolnearEval -- eval [--split dev] [--data DIR] [--verbose]
var data = Option("--data") ?? PolnearCorpus.DefaultFolder;
var split = Option("--split") ?? "dev";
var command = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "eval";
switch (command)
{
    case "eval":
        Evaluation.Run(PolnearCorpus.Load(data, split), Console.Out, args.Contains("--verbose") ? Console.Out : TextWriter.Null);
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{command}': use eval");
        return 2;
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
