using System.CommandLine;
using DocReport.Analysis.Claims;
using DocReport.Batch;
using DocReport.Output;
using DocReport.Output.Brief;
using DocReport.Pipeline;

namespace DocReport.Cli.Convert;

/// <summary><c>docreport convert INPUT... [-o DIR] [--format pdf,xlsx,json,csv,parquet]</c>.</summary>
internal static class ConvertCommand
{
    private const string ConvertDescription =
        "Convert articles into DIR/<name>/brief.pdf, dataset.xlsx and dataset.json (CSV and Parquet with --format), " +
        "and one batch.xlsx for several inputs.\n" +
        "Example: docreport convert articles/ -o out -f pdf,xlsx,json,csv\n" +
        "Exit codes: 0 every input written; 1 some input failed (each named, the others written); 2 bad arguments; " +
        "130 Ctrl-C; 143 SIGTERM.";

    public static Command Create(Stream stdin, TextWriter stdout, TextWriter stderr, Func<SignalCancellation> signals)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Article files or folders of them (.txt, .md, .html, .docx, .pdf), http(s) URLs to download, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Output folder; one sub-folder per input.",
            HelpName = "DIR",
            DefaultValueFactory = _ => "output",
        };
        var formats = new Option<string>("--format", "-f")
        {
            Description = $"Comma-separated outputs among {string.Join(", ", OutputFormats.All)} (parquet: the whole batch, one file per table).",
            DefaultValueFactory = _ => string.Join(',', OutputFormats.Default),
            HelpName = "LIST",
        };
        var threshold = new Option<double?>("--threshold")
        {
            // the defaults are read from the models when help is asked for (ShowDefaults): loading them costs every other run
            Description = ThresholdHelp(null, null),
            HelpName = "X",
        };
        var claims = new Option<ClaimDetection>("--claims")
        {
            // no DefaultValueFactory: help would print the enum's name ("[default: Fast]"); Fast is the enum's default value
            Description = "Claim model: fast (built in) or accurate (adds a sentence embedding; needs DocReport.Claims.Accurate, see --claims-model). [default: fast]",
            HelpName = "fast|accurate",
        };
        var claimsModel = new Option<string?>("--claims-model")
        {
            Description = "Folder the accurate claim model was published into (dotnet publish src/DocReport.Claims.Accurate -o DIR). [default: docreport's own folder]",
            HelpName = "DIR",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents converted at once.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        var template = new Option<string>("--template", "-t")
        {
            Description = $"Brief template: {string.Join(" or ", BriefTemplateLoader.BuiltIn)}, or the path of a JSON template.",
            DefaultValueFactory = _ => BriefTemplateLoader.BuiltIn[0],
            HelpName = "NAME|FILE",
        };
        var shard = new Option<string>("--shard")
        {
            Description = "Convert only share I of N of the inputs (I from 0), or 'auto' from a Slurm array or Kubernetes Indexed Job; then 'docreport merge'. [default: the whole batch]",
            HelpName = "I/N|auto",
        };
        var command = new Command("convert", ConvertDescription)
        {
            inputs, output, formats, threshold, claims, claimsModel, jobs, template, shard,
        };
        var limits = new LimitOptions();
        foreach (var limit in limits.All) command.Options.Add(limit);
        command.SetAction(parsed =>
        {
            var chosen = FormatList.Parse(parsed.GetValue(formats)!, OutputFormats.All, out var formatError);
            string? shardError = null;
            var share = parsed.GetValue(shard) is { } text ? BatchShard.Parse(text, Environment.GetEnvironmentVariable, out shardError) : BatchShard.Whole;
            var problem = formatError ?? shardError
                ?? UnknownOption.Find(parsed, inputs, "an input")
                ?? (parsed.GetValue(threshold) is < 0 or > 1 ? "--threshold must be between 0 and 1" : null)
                ?? (parsed.GetValue(jobs) < 1 ? "--jobs must be at least 1" : null)
                ?? (parsed.GetValue(inputs)!.Count(i => i == BatchPlan.StandardInput) > 1 ? "standard input (-) can be read only once" : null)
                ?? limits.Problem(parsed)
                ?? (File.Exists(parsed.GetValue(output)) ? $"--output '{parsed.GetValue(output)}' is a file, not a folder" : null)
                ?? (parsed.GetValue(claims) == ClaimDetection.Accurate ? AccurateClaimModel.Unavailable(parsed.GetValue(claimsModel)) : null);
            if (problem is not null)
            {
                stderr.WriteLine($"docreport: {problem}");
                return ExitCodes.BadArguments;
            }
            var loaded = BriefTemplateLoader.Load(parsed.GetValue(template));
            if (loaded.Error is not null)
            {
                stderr.WriteLine($"docreport: {loaded.Error}");
                return ExitCodes.BadArguments;
            }
            var options = limits.Apply(new PipelineOptions
            {
                ClaimThreshold = parsed.GetValue(threshold), Claims = parsed.GetValue(claims), AccurateClaimModelPath = parsed.GetValue(claimsModel), Template = parsed.GetValue(template),
            }, parsed);
            DocReportPipeline built;
            try
            {
                built = new PipelineBuilder().UseOptions(options).Build();
            }
            catch (Exception e) when (e is OutOfMemoryException or TypeInitializationException { InnerException: OutOfMemoryException })
            {
                // The models are loaded before any document: a memory limit this small fails every one, so one line says so.
                stderr.WriteLine($"docreport: out of memory loading the claim and source models (this process may use "
                    + $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >> 20} MB); run it where more memory is available");
                return ExitCodes.SomeFailed;
            }
            using var pipeline = built;
            var runner = new BatchRunner(pipeline,
                new BatchOptions { Formats = chosen, Jobs = parsed.GetValue(jobs), StandardInput = stdin });
            return new BatchConsole(runner, stdout, stderr, signals).Execute(parsed.GetValue(inputs)!, parsed.GetValue(output)!, share!);
        });
        return command;
    }

    /// <summary>Before <c>convert --help</c> is printed: the --threshold defaults as the models give them, the accurate model's from --claims-model when given.</summary>
    public static void ShowDefaults(ParseResult parsed)
    {
        var options = parsed.CommandResult.Command.Options;
        if (options.FirstOrDefault(o => o.Name == "--threshold") is not { } threshold) return;
        var folder = options.OfType<Option<string?>>().FirstOrDefault(o => o.Name == "--claims-model") is { } model ? parsed.GetValue(model) : null;
        threshold.Description = ThresholdHelp(ClaimDetector.DefaultThreshold(ClaimDetection.Fast),
            AccurateClaimModel.Unavailable(folder) is null ? ClaimDetector.DefaultThreshold(ClaimDetection.Accurate, folder) : null);
    }

    /// <summary>The --threshold entry of the help, with each model's threshold where known.</summary>
    internal static string ThresholdHelp(double? fast, double? accurate) =>
        "Check-worthiness score from which a sentence counts as a claim, in [0,1]. [default: the claim model's own, chosen in training"
        + (fast is null ? "]" : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $": {fast:0.00} fast{(accurate is { } a ? $", {a:0.00} accurate" : "; the accurate model is not installed")}]"));
}
