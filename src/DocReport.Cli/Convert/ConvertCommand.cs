using System.CommandLine;
using DocReport.Analysis.Claims;
using DocReport.Output;
using DocReport.Output.Brief;
using DocReport.Pipeline;

namespace DocReport.Cli.Convert;

/// <summary><c>docreport convert INPUT... [-o DIR] [--format pdf,xlsx,json,csv]</c>.</summary>
internal static class ConvertCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Article files or folders of them (.txt, .md, .html, .docx, .pdf).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Output folder; one sub-folder per input.",
            DefaultValueFactory = _ => "output",
        };
        var formats = new Option<string>("--format", "-f")
        {
            Description = "Comma-separated outputs among pdf, xlsx, json, csv.",
            DefaultValueFactory = _ => string.Join(',', OutputFormats.Default),
        };
        var threshold = new Option<double?>("--threshold")
        {
            Description = "Check-worthiness score from which a sentence counts as a claim, in [0,1]; by default the claim model's own.",
        };
        var claims = new Option<ClaimDetection>("--claims")
        {
            Description = "Claim model: fast (built in) or accurate (adds a sentence embedding; needs DocReport.Claims.Accurate, see --claims-model).",
            DefaultValueFactory = _ => ClaimDetection.Fast,
        };
        var claimsModel = new Option<string?>("--claims-model")
        {
            Description = "Folder the accurate claim model was published into (dotnet publish src/DocReport.Claims.Accurate -o DIR).",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents converted at once.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var template = new Option<string>("--template", "-t")
        {
            Description = $"Brief template: {string.Join(" or ", BriefTemplateLoader.BuiltIn)}, or the path of a JSON template.",
            DefaultValueFactory = _ => BriefTemplateLoader.BuiltIn[0],
        };
        var command = new Command("convert", "Convert articles into brief.pdf, dataset.xlsx, dataset.json and CSV.")
        {
            inputs, output, formats, threshold, claims, claimsModel, jobs, template,
        };
        command.SetAction(parsed =>
        {
            var chosen = ParseFormats(parsed.GetValue(formats)!, out var formatError);
            var problem = formatError
                ?? (parsed.GetValue(threshold) is < 0 or > 1 ? "--threshold must be between 0 and 1" : null)
                ?? (parsed.GetValue(jobs) < 1 ? "--jobs must be at least 1" : null)
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
            var options = new PipelineOptions
            {
                ClaimThreshold = parsed.GetValue(threshold), Claims = parsed.GetValue(claims), AccurateClaimModelPath = parsed.GetValue(claimsModel), Template = parsed.GetValue(template),
            };
            var run = new BatchRun(new PipelineBuilder().UseOptions(options).Build(), chosen, parsed.GetValue(jobs), stdout, stderr);
            return run.Execute(parsed.GetValue(inputs)!, parsed.GetValue(output)!);
        });
        return command;
    }

    private static string[] ParseFormats(string value, out string? error)
    {
        var chosen = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant()).Distinct().ToArray();
        var unknown = chosen.Except(OutputFormats.All).ToList();
        error = chosen.Length == 0 ? "--format needs at least one of pdf, xlsx, json, csv"
            : unknown.Count > 0 ? $"unknown format '{unknown[0]}' (choose among pdf, xlsx, json, csv)"
            : null;
        return chosen;
    }
}
