using System.CommandLine;
using DocReport.Pipeline;

namespace DocReport.Cli.Convert;

/// <summary>The resource limits a run can change: <c>--max-input-mib</c>, <c>--max-docx-mib</c>, <c>--max-html-depth</c>, <c>--max-paragraphs</c>, <c>--max-brief-pages</c>.</summary>
internal sealed class LimitOptions
{
    private const long Mebibyte = 1024 * 1024;
    private static readonly PipelineOptions Defaults = new();

    private readonly Option<int> inputMib = Limit("--max-input-mib", "Inputs larger than this many MiB are refused.", (int)(Defaults.MaxInputBytes / Mebibyte));
    private readonly Option<int> docxMib = Limit("--max-docx-mib", "A DOCX whose XML expands past this many MiB (a zip bomb) is refused.", (int)(Defaults.MaxDocxExpandedBytes / Mebibyte));
    private readonly Option<int> htmlDepth = Limit("--max-html-depth", "HTML nested deeper than this is flattened before parsing.", Defaults.MaxHtmlDepth);
    private readonly Option<int> paragraphs = Limit("--max-paragraphs", "A document of more paragraphs than this is refused.", Defaults.MaxParagraphs);
    private readonly Option<int> briefPages = Limit("--max-brief-pages", "A longer brief shows the first paragraphs of its outline and says so.", Defaults.MaxBriefPages);

    public IEnumerable<Option> All => [inputMib, docxMib, htmlDepth, paragraphs, briefPages];

    /// <summary>The first limit below 1, as a message, or null.</summary>
    public string? Problem(ParseResult parsed) =>
        All.OfType<Option<int>>().FirstOrDefault(o => parsed.GetValue(o) < 1) is { } bad ? $"{bad.Name} must be at least 1" : null;

    /// <summary><paramref name="options"/> with the limits given on the command line.</summary>
    public PipelineOptions Apply(PipelineOptions options, ParseResult parsed) => options with
    {
        MaxInputBytes = parsed.GetValue(inputMib) * Mebibyte,
        MaxDocxExpandedBytes = parsed.GetValue(docxMib) * Mebibyte,
        MaxHtmlDepth = parsed.GetValue(htmlDepth),
        MaxParagraphs = parsed.GetValue(paragraphs),
        MaxBriefPages = parsed.GetValue(briefPages),
    };

    private static Option<int> Limit(string name, string description, int value) =>
        new(name) { Description = description, DefaultValueFactory = _ => value, HelpName = "N" };
}
