using DocReport.Output;
using DocReport.Pipeline;

namespace DocReport.Batch;

/// <summary>What an input argument names: "-" is standard input, an http(s) address is downloaded, anything else is a path.</summary>
internal static class InputArgument
{
    /// <summary>The name standard input goes by in the dataset, messages and the output folder.</summary>
    private const string StandardInputName = "stdin";

    /// <summary>The address when the argument is an http or https URL; a path never is, so nothing is downloaded unless asked.</summary>
    public static Uri? Url(string argument) =>
        (argument.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(argument, UriKind.Absolute, out var url) ? url : null;

    public static bool IsFile(string argument) => argument != BatchPlan.StandardInput && Url(argument) is null;

    /// <summary>Converts a download or standard input; files go through the runner, which can keep an earlier run's outputs.</summary>
    public static ConversionResult Convert(DocReportPipeline pipeline, string argument, Stream? stdin) =>
        argument != BatchPlan.StandardInput ? pipeline.ConvertAsync(Url(argument)!).GetAwaiter().GetResult()
        : stdin is null ? new ConversionResult(argument, null, "no standard input was given to the batch") { FailedStage = ConversionStage.Loading }
        : pipeline.ConvertAsync(stdin, StandardInputName).GetAwaiter().GetResult();

    /// <summary>The output folder's name before it is made safe: the file's stem, the URL's last path segment or host, "stdin" or "pipe".</summary>
    public static string Stem(string argument)
    {
        if (argument == BatchPlan.StandardInput) return StandardInputName;
        if (SourceFileName.IsDescriptor(argument)) return SourceFileName.Descriptor;
        if (Url(argument) is not { } url) return Path.GetFileNameWithoutExtension(argument);
        var segment = url.Segments.Select(s => Uri.UnescapeDataString(s.Trim('/'))).LastOrDefault(s => s.Length > 0);
        return segment is null ? url.Host : Path.GetFileNameWithoutExtension(segment);
    }
}
