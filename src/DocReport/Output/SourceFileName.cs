using System.Text.RegularExpressions;

namespace DocReport.Output;

/// <summary>
/// The input's file name as the outputs show it (the batch sheets' fileName, the brief's "Source file"): a shell's
/// process substitution ("&lt;(command)") passes a descriptor, "/dev/fd/63", whose number says nothing of the article,
/// so such a path goes by "pipe", as its output folder does.
/// </summary>
internal static partial class SourceFileName
{
    public const string Descriptor = "pipe";

    public static string Of(string sourcePath) => IsDescriptor(sourcePath) ? Descriptor : Path.GetFileName(sourcePath);

    public static bool IsDescriptor(string path) => DescriptorPath().IsMatch(path);

    [GeneratedRegex(@"^/(?:dev|proc/(?:self|\d+))/fd/\d+$")]
    private static partial Regex DescriptorPath();
}
