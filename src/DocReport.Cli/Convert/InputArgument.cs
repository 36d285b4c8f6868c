using DocReport.Pipeline;

namespace DocReport.Cli.Convert;

/// <summary>What an INPUT argument names: "-" is standard input, an http(s) address is downloaded, anything else is a path.</summary>
internal static class InputArgument
{
    public const string StandardInput = "-";

    /// <summary>The name standard input goes by in the dataset, messages and the output folder.</summary>
    private const string StandardInputName = "stdin";

    /// <summary>The address when the argument is an http or https URL; a path never is, so nothing is downloaded unless asked.</summary>
    public static Uri? Url(string argument) =>
        (argument.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(argument, UriKind.Absolute, out var url) ? url : null;

    public static bool IsFile(string argument) => argument != StandardInput && Url(argument) is null;

    public static ConversionResult Convert(DocReportPipeline pipeline, string argument, Stream stdin) =>
        argument == StandardInput ? pipeline.ConvertAsync(stdin, StandardInputName).GetAwaiter().GetResult()
        : Url(argument) is { } url ? pipeline.ConvertAsync(url).GetAwaiter().GetResult()
        : pipeline.Convert(argument);

    /// <summary>The output folder's name before it is made safe: the file's stem, the URL's last path segment or host, or "stdin".</summary>
    public static string Stem(string argument)
    {
        if (argument == StandardInput) return StandardInputName;
        if (Url(argument) is not { } url) return Path.GetFileNameWithoutExtension(argument);
        var segment = url.Segments.Select(s => Uri.UnescapeDataString(s.Trim('/'))).LastOrDefault(s => s.Length > 0);
        return segment is null ? url.Host : Path.GetFileNameWithoutExtension(segment);
    }
}
